import { Option } from 'commander';
import { optionsOf, type DefineCommand } from '../../cli/types.js';

/** `plan platforms`: flags and help; the implementation is ./run.ts, imported lazily. */
export const definePlatforms: DefineCommand = (program, run, { t, flags }) => {
  program
    .command('platforms')
    .description(t('platforms.description'))
    .argument(flags('[platform-id]'), t('platforms.arg.id'))
    .addOption(new Option(flags('-f, --format <name>'), t('common.opt.format')).choices(['text', 'json']).default('text'))
    .addHelpText('after', t('platforms.after'))
    .action((platformId: string | undefined, _options, command) =>
      run(async (io) => (await import('./run.js')).runPlatforms(platformId, optionsOf(command), io)),
    );
};
