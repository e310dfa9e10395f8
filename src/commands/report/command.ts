import { Option } from 'commander';
import { optionsOf, type DefineCommand } from '../../cli/types.js';

/** `plan report`: flags and help; the implementation is ./run.ts, imported lazily. */
export const defineReport: DefineCommand = (program, run, { t, flags }) => {
  program
    .command('report')
    .description(t('report.description'))
    .argument(flags('[strategy]'), t('common.arg.strategy'))
    .option(flags('-d, --data <path>'), t('report.opt.data'), (value: string, previous: string[] = []) => [...previous, value])
    .addOption(new Option(flags('-f, --format <format>'), t('report.opt.format')).choices(['text', 'md', 'markdown', 'json', 'html']))
    .option(flags('-o, --out <file>'), t('report.opt.out'))
    .option('--force', t('report.opt.force'))
    .option(flags('--since <date>'), t('report.opt.since'))
    .addOption(new Option(flags('--fail-on <status>'), t('report.opt.failOn')).choices(['behind', 'at-risk']))
    .option(flags('--now <date>'), t('report.opt.now'))
    .option(flags('--max-size <size>'), t('report.opt.maxSize'), '1MB')
    .option(flags('--config <file>'), t('common.opt.config'))
    .addHelpText('after', t('report.after'))
    .action((strategy: string | undefined, _options, command) =>
      run(async (io) => (await import('./run.js')).runReport(strategy, optionsOf(command), io)),
    );
};
