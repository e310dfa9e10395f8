import { Option } from 'commander';
import type { HelpKey } from '../../i18n/help.js';
import { optionsOf, type DefineCommand } from '../../cli/types.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `plan init`: flags and help; the implementation is ./run.ts, imported lazily. */
export const defineInit: DefineCommand = (program, run, { t, flags }) => {
  const answers = t('init.group.answers');
  // A wizard answer given as a flag, listed under its own heading.
  const answer = (spec: string, key: HelpKey, choices?: string[]) => {
    const option = new Option(flags(spec), t(key)).helpGroup(answers);
    return choices ? option.choices(choices) : option;
  };
  program
    .command('init')
    .description(t('init.description'))
    .option('-y, --yes', t('init.opt.yes'))
    .option('--quick', t('init.opt.quick'))
    .option(flags('--answers <file>'), t('init.opt.answers'))
    .option(flags('-t, --template <name>'), t('init.opt.template'))
    .option(flags('-o, --out <dir>'), t('init.opt.out'))
    .option(flags('--strategy <file>'), t('init.opt.strategy'))
    .option(flags('--brief <file>'), t('init.opt.brief'))
    .option(flags('--edit [file]'), t('init.opt.edit'))
    .option('-f, --force', t('init.opt.force'))
    .option(flags('--now <date>'), t('init.opt.now'))
    .addOption(answer('--name <name>', 'init.opt.name'))
    .addOption(answer('--sector <text>', 'init.opt.sector'))
    .addOption(answer('--region <code>', 'init.opt.region'))
    .addOption(answer('--context <context>', 'init.opt.context', ['product-launch', 'political-campaign', 'ongoing-presence', 'event', 'cause', 'recruitment', 'rebrand', 'other']))
    .addOption(answer('--owner <name>', 'init.opt.owner'))
    .addOption(answer('--platforms <ids>', 'init.opt.platforms'))
    .addOption(answer('--role <pairs>', 'init.opt.role'))
    .addOption(answer('--cadence <pairs>', 'init.opt.cadence'))
    .addOption(answer('--audience <persona>', 'init.opt.audience').argParser(collect))
    .addOption(answer('--positioning <text>', 'init.opt.positioning'))
    .addOption(answer('--voice <words>', 'init.opt.voice'))
    .addOption(answer('--address <form>', 'init.opt.address', ['tu', 'vous', 'informal', 'formal']))
    .addOption(answer('--humour <level>', 'init.opt.humour', ['none', 'light', 'playful', 'edgy']))
    .addOption(answer('--emoji <use>', 'init.opt.emoji', ['none', 'sparing', 'frequent']))
    .addOption(answer('--mix <rule>', 'init.opt.mix', ['80-20', 'thirds', '4-1-1', 'custom']))
    .addOption(answer('--pillars <list>', 'init.opt.pillars'))
    .addOption(answer('--purpose <pairs>', 'init.opt.purpose'))
    .addOption(answer('--ideas <pillar=ideas>', 'init.opt.ideas').argParser(collect))
    .addOption(answer('--key-dates <rules>', 'init.opt.keyDates'))
    .addOption(answer('--promo-free <rules>', 'init.opt.promoFree'))
    .addOption(answer('--do <list>', 'init.opt.do'))
    .addOption(answer('--dont <list>', 'init.opt.dont'))
    .addOption(answer('--objective <statement>', 'init.opt.objective').argParser(collect))
    .addOption(answer('--measure <spec>', 'init.opt.measure').argParser(collect))
    .addOption(answer('--skip <sections>', 'init.opt.skip'))
    .addHelpText('after', t('init.after'))
    .action((_options, command) => run(async (io) => (await import('./run.js')).runInit(optionsOf(command), io)));
};
