import { Argument } from 'commander';
import type { DefineCommand } from '../../cli/types.js';
import type { CompletionSpec } from './run.js';

/** `plan completion bash|zsh|fish`: prints a completion script built from the real command tree. */
export const defineCompletion: DefineCommand = (program, run, { t, flags }) => {
  program
    .command('completion')
    .description(t('completion.description'))
    .addArgument(new Argument(flags('<shell>'), t('completion.arg.shell')).choices(['bash', 'zsh', 'fish']))
    .addHelpText('after', t('completion.after'))
    .action((shell: 'bash' | 'zsh' | 'fish') => {
      // Read the tree at run time, when every command is registered.
      const spec: CompletionSpec = {
        globalOptions: program.options.map((o) => o.long).filter((o): o is string => Boolean(o)),
        commands: program.commands.map((c) => ({
          name: c.name(),
          description: c.description(),
          options: c.options.map((o) => o.long).filter((o): o is string => Boolean(o)),
        })),
      };
      return run(async (io) => (await import('./run.js')).runCompletion(shell, spec, io));
    });
};
