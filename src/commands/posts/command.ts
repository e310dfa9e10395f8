import { Option } from 'commander';
import type { HelpKey } from '../../i18n/help.js';
import { optionsOf, type DefineCommand } from '../../cli/types.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `plan posts new` and `plan posts export`: flags and help; the implementations are imported lazily. */
export const definePosts: DefineCommand = (program, run, { t, flags }) => {
  const posts = program.command('posts').description(t('posts.description')).addHelpText('after', t('posts.after'));
  const answers = t('posts.new.group.answers');
  const answer = (spec: string, key: HelpKey, choices?: string[]) => {
    const option = new Option(flags(spec), t(key)).helpGroup(answers);
    return choices ? option.choices(choices) : option;
  };
  posts
    .command('new')
    .description(t('posts.new.description'))
    .argument(flags('[file]'), t('posts.new.arg.file'))
    .option('-y, --yes', t('posts.new.opt.yes'))
    .option(flags('--strategy <file>'), t('posts.new.opt.strategy'))
    .option(flags('--now <date>'), t('posts.new.opt.now'))
    .addOption(answer('-p, --platform <ids>', 'posts.new.opt.platform'))
    .addOption(answer('--date <date>', 'posts.new.opt.date'))
    .addOption(answer('--time <time>', 'posts.new.opt.time'))
    .addOption(answer('--pillar <id>', 'posts.new.opt.pillar'))
    .addOption(answer('--text <text>', 'posts.new.opt.text'))
    .addOption(answer('--objective <id>', 'posts.new.opt.objective'))
    .addOption(answer('--audience <id>', 'posts.new.opt.audience'))
    .addOption(answer('--campaign <name>', 'posts.new.opt.campaign'))
    .addOption(answer('--status <status>', 'posts.new.opt.status', ['draft', 'ready', 'scheduled', 'published']))
    .addOption(answer('--sponsored', 'posts.new.opt.sponsored'))
    .addOption(answer('--partner <name>', 'posts.new.opt.partner'))
    .addOption(answer('--author <name>', 'posts.new.opt.author'))
    .addOption(answer('--approved-by <name>', 'posts.new.opt.approvedBy'))
    .addOption(answer('--humour <level>', 'posts.new.opt.humour', ['none', 'light', 'edgy']))
    .addOption(answer('--variant <variant>', 'posts.new.opt.variant').argParser(collect))
    .addHelpText('after', t('posts.new.after'))
    .action((file: string | undefined, _options, command) => run(async (io) => (await import('./new.js')).runPostsNew(file, optionsOf(command), io)));
  posts
    .command('export')
    .description(t('posts.export.description'))
    .argument(flags('[paths...]'), t('posts.export.arg.paths'))
    .addOption(new Option(flags('-f, --format <name>'), t('posts.export.opt.format')).choices(['hootsuite', 'csv', 'ics']).makeOptionMandatory())
    .option(flags('-o, --out <file>'), t('posts.export.opt.out'))
    .option('--force', t('posts.export.opt.force'))
    .option(flags('-p, --platform <ids>'), t('posts.export.opt.platform'))
    .option(flags('--from <date>'), t('posts.export.opt.from'))
    .option(flags('--to <date>'), t('posts.export.opt.to'))
    .option('--allow-errors', t('posts.export.opt.allowErrors'))
    .option(flags('--strategy <file>'), t('posts.export.opt.strategy'))
    .option(flags('--config <file>'), t('common.opt.config'))
    .option(flags('--now <date>'), t('posts.export.opt.now'))
    .addHelpText('after', t('posts.export.after'))
    .action((paths: string[], _options, command) => run(async (io) => (await import('./export.js')).runPostsExport(paths, optionsOf(command), io)));
  for (const sub of posts.commands) {
    sub
      .exitOverride()
      .showSuggestionAfterError(true)
      .showHelpAfterError(t('error.seeHelp', { command: `plan posts ${sub.name()}` }));
  }
};
