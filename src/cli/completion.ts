import { Argument } from 'commander';
import type { DefineCommand } from './types.js';
import type { CompletionSpec } from '../commands/completion.js';

/** `plan completion bash|zsh|fish`: prints a completion script built from the real command tree. */
export const defineCompletion: DefineCommand = (program, run) => {
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .addHelpText('after', `
Install:
  bash  plan completion bash > ~/.local/share/bash-completion/completions/plan
  zsh   plan completion zsh > "\${fpath[1]}/_plan"
  fish  plan completion fish > ~/.config/fish/completions/plan.fish`)
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
      return run(async (io) => (await import('../commands/completion.js')).runCompletion(shell, spec, io));
    });
};
