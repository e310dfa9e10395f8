import { Option } from 'commander';
import { optionsOf, type DefineCommand } from '../../cli/types.js';

/** `plan calendar`: flags and help; the implementation is ./run.ts, imported lazily. */
export const defineCalendar: DefineCommand = (program, run, { t, flags }) => {
  program
    .command('calendar')
    .description(t('calendar.description'))
    .argument(flags('[strategy]'), t('common.arg.strategy'))
    .option(flags('--from <date>'), t('calendar.opt.from'))
    .option(flags('-w, --weeks <n>'), t('calendar.opt.weeks'), '4')
    .addOption(new Option(flags('-f, --format <name>'), t('calendar.opt.format')).choices(['md', 'markdown', 'csv', 'hootsuite', 'ics', 'posts']).default('md'))
    .option(flags('-o, --out <file>'), t('calendar.opt.out'))
    .option('--force', t('calendar.opt.force'))
    .option(flags('-p, --platform <ids>'), t('calendar.opt.platform'))
    .option(flags('--now <date>'), t('calendar.opt.now'))
    .option(flags('--max-size <size>'), t('calendar.opt.maxSize'), '1MB')
    .option(flags('--config <file>'), t('common.opt.config'))
    .addHelpText('after', t('calendar.after'))
    .action((strategy: string | undefined, _options, command) =>
      run(async (io) => (await import('./run.js')).runCalendar(strategy, optionsOf(command), io)),
    );
};
