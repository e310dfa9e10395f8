import { Option } from 'commander';
import { optionsOf, type DefineCommand } from './types.js';

/** `plan platforms`: flags and help; the implementation is src/commands/platforms.ts, imported lazily. */
export const definePlatforms: DefineCommand = (program, run) => {
  program
    .command('platforms')
    .description('show the platform catalogue: cadence, active minimum, text limit, formats, reach by age, with sources')
    .argument('[platform-id]', 'a platform to show in full, with its sources, e.g. instagram')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', `
Examples:
  plan platforms
  plan platforms instagram --lang fr
  plan platforms --format json

The data lives in src/knowledge/platforms.yaml, with a source and a date for every fact.

Exit codes:
  0  printed
  2  unknown platform id or bad flag`)
    .action((platformId: string | undefined, _options, command) =>
      run(async (io) => (await import('../commands/platforms.js')).runPlatforms(platformId, optionsOf(command), io)),
    );
};
