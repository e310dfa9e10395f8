import { Option } from 'commander';
import { optionsOf, type DefineCommand } from './types.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `plan init`: flags and help; the implementation is src/commands/init.ts, imported lazily. */
export const defineInit: DefineCommand = (program, run) => {
  program
    .command('init')
    .description('create strategy.yaml and brief.md with a guided wizard that follows the article’s steps')
    .option('-y, --yes', 'take the default for every question not answered by a flag (no prompts)')
    .option('--quick', 'ask only steps 0 to 3 (organization, platforms, audience, editorial line)')
    .option('--answers <file>', 'pre-answer questions from a YAML or JSON file (keys as in docs/init.md; - for stdin)')
    .option('-t, --template <name>', 'start from a starter strategy: product-launch, political-campaign, nonprofit-cause, local-business, b2b')
    .option('-o, --out <dir>', 'folder to write strategy.yaml and brief.md in (default: the current folder)')
    .option('--strategy <file>', 'where to write the strategy (default: <out>/strategy.yaml)')
    .option('--brief <file>', 'where to write the brief (default: next to the strategy, brief.md)')
    .option('--edit', 'update the existing strategy: its values become the defaults, its comments are kept')
    .option('-f, --force', 'replace an existing strategy.yaml / brief.md')
    .option('--now <date>', 'today’s date for computed dates (YYYY-MM-DD), for reproducible runs')
    .addOption(new Option('--name <name>', 'step 0: name of the organization').helpGroup('Answers:'))
    .addOption(new Option('--sector <text>', 'step 0: sector, in a few words').helpGroup('Answers:'))
    .addOption(new Option('--region <code>', 'step 0: ISO 3166 region, e.g. CA-QC').helpGroup('Answers:'))
    .addOption(new Option('--context <context>', 'step 0: why this plan now').choices(['product-launch', 'political-campaign', 'ongoing-presence', 'event', 'cause', 'recruitment', 'rebrand', 'other']).helpGroup('Answers:'))
    .addOption(new Option('--owner <name>', 'step 0: the person accountable for the strategy').helpGroup('Answers:'))
    .addOption(new Option('--platforms <ids>', 'step 1: platforms, comma-separated, e.g. instagram,linkedin').helpGroup('Answers:'))
    .addOption(new Option('--role <pairs>', 'step 1: role per platform, e.g. instagram=primary,linkedin=secondary').helpGroup('Answers:'))
    .addOption(new Option('--cadence <pairs>', 'step 1: cadence per platform, e.g. instagram=3/week,linkedin=2/week').helpGroup('Answers:'))
    .addOption(new Option('--audience <persona>', 'step 2: a persona "Name:25-40" or "Name:65+@facebook" (repeatable)').argParser(collect).helpGroup('Answers:'))
    .addOption(new Option('--positioning <text>', 'step 3: the angle that guides every post').helpGroup('Answers:'))
    .addOption(new Option('--voice <words>', 'step 3: three to five words, comma-separated').helpGroup('Answers:'))
    .addOption(new Option('--address <form>', 'step 3: tu or vous (fr), informal or formal (en)').choices(['tu', 'vous', 'informal', 'formal']).helpGroup('Answers:'))
    .addOption(new Option('--humour <level>', 'step 3: humour level').choices(['none', 'light', 'playful', 'edgy']).helpGroup('Answers:'))
    .addOption(new Option('--emoji <use>', 'step 3: emoji use').choices(['none', 'sparing', 'frequent']).helpGroup('Answers:'))
    .addOption(new Option('--mix <rule>', 'step 3: content mix rule').choices(['80-20', 'thirds', '4-1-1', 'custom']).helpGroup('Answers:'))
    .addOption(new Option('--pillars <list>', 'step 3: pillars and shares summing to 100, e.g. "Tips 50, Behind the scenes 30, Offers 20"').helpGroup('Answers:'))
    .addOption(new Option('--do <list>', 'step 3: what you always do (commas, or semicolons if items hold commas)').helpGroup('Answers:'))
    .addOption(new Option('--dont <list>', 'step 3: what you never do').helpGroup('Answers:'))
    .addOption(new Option('--objective <statement>', 'an objective, in one sentence (repeatable)').argParser(collect).helpGroup('Answers:'))
    .addOption(new Option('--skip <sections>', 'leave sections for later: objectives, community, crisis, policy, measurement').helpGroup('Answers:'))
    .addHelpText('after', `
Examples:
  plan init                                   # the wizard, in a terminal
  plan init --lang fr --template local-business
  plan init --yes --name "Café Boréal" --platforms instagram,facebook --audience "Familles:25-44"
  plan init --answers answers.yaml --out plan/
  plan init --edit                            # update strategy.yaml, keeping its comments

Without a terminal (CI, pipes), every question must be answered by a flag or --answers, or
--yes takes the defaults; otherwise plan init exits 2 and names the missing flags.
The language of the plan and of the questions is --lang (default: LANG).

Exit codes:
  0    files written
  2    usage or input error (missing answers without a terminal, existing file without --force)
  130  cancelled (Ctrl-C, or declined at the confirmation): nothing written`)
    .action((_options, command) => run(async (io) => (await import('../commands/init.js')).runInit(optionsOf(command), io)));
};
