import type { Command } from 'commander';
import type { CommandIO } from '../io/context.js';
import type { HelpWords } from '../i18n/help.js';

/** Runs a command's implementation (lazily imported) and records its exit code. */
export type RunCommand = (task: (io: CommandIO) => Promise<number>) => Promise<void>;

/**
 * Each command declares its flags and help in its own small file under src/cli/; every description
 * comes from src/i18n/help.ts through `words` (flags and choices stay the same in both languages).
 */
export type DefineCommand = (program: Command, run: RunCommand, words: HelpWords) => void;

/**
 * The command's options merged with the global ones. Commander gives `--no-color` a default of true;
 * only an explicit --color / --no-color should count, so a default is reported as undefined.
 */
export function optionsOf<T extends object>(command: Command): T & { color?: boolean } {
  const options = command.optsWithGlobals() as T & { color?: boolean };
  let source: string | undefined;
  for (let c: Command | null = command; c; c = c.parent) source ??= c.getOptionValueSource('color') as string | undefined;
  if (source === undefined || source === 'default') delete options.color;
  return options;
}
