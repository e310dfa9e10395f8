import { Option } from 'commander';
import { optionsOf, type DefineCommand } from '../../cli/types.js';

/** `plan diff`: flags and help; the implementation is ./run.ts, imported lazily. */
export const defineDiff: DefineCommand = (program, run, { t, flags }) => {
  program
    .command('diff')
    .description(t('diff.description'))
    .argument(flags('<old>'), t('diff.arg.old'))
    .argument(flags('[new...]'), t('diff.arg.files'))
    .addOption(new Option(flags('-f, --format <name>'), t('diff.opt.format')).choices(['text', 'markdown', 'json']).default('text'))
    .addOption(new Option(flags('--fail-on-new <level>'), t('diff.opt.failOnNew')).choices(['error', 'warn']))
    .option(flags('--ignore-order'), t('diff.opt.ignoreOrder'))
    .option(flags('-o, --output <file>'), t('diff.opt.output'))
    .option(flags('--now <date>'), t('validate.opt.now'))
    .option(flags('--max-size <size>'), t('validate.opt.maxSize'))
    .option(flags('--config <file>'), t('common.opt.config'))
    .addHelpText('after', t('diff.after'))
    .action((first: string, rest: string[], _options, command) =>
      run(async (io) => (await import('./run.js')).runDiff([first, ...rest], optionsOf(command), io)),
    );
};
