import { Option } from 'commander';
import { optionsOf, type DefineCommand } from '../../cli/types.js';

/** `plan brief`: flags and help; the implementation is ./run.ts, imported lazily. */
export const defineBrief: DefineCommand = (program, run, { t, flags }) => {
  program
    .command('brief')
    .description(t('brief.description'))
    .argument(flags('[strategy]'), t('common.arg.strategy'))
    .addOption(new Option(flags('-f, --format <format>'), t('brief.opt.format')).choices(['md', 'markdown', 'html']))
    .option(flags('-o, --out <file>'), t('brief.opt.out'))
    .addOption(new Option(flags('--output <file>'), t('brief.opt.output')).hideHelp())
    .option(flags('--template <file>'), t('brief.opt.template'))
    .option(flags('-d, --data <path>'), t('brief.opt.data'), (value: string, previous: string[] = []) => [...previous, value])
    .option(flags('--posts <path>'), t('brief.opt.posts'), (value: string, previous: string[] | boolean = []) => [...(Array.isArray(previous) ? previous : []), value])
    .option('--no-posts', t('brief.opt.noPosts'))
    .option('--force', t('brief.opt.force'))
    .option(flags('--now <date>'), t('brief.opt.now'))
    .option(flags('--max-size <size>'), t('brief.opt.maxSize'), '1MB')
    .option(flags('--config <file>'), t('common.opt.config'))
    .addHelpText('after', t('brief.after'))
    .action((strategy: string | undefined, _options, command) =>
      run(async (io) => (await import('./run.js')).runBrief(strategy, optionsOf(command), io)),
    );
};
