// The strategy a command works on (brief, calendar): a path, `-` for stdin, or by default the one
// strategy here (default-strategies.ts). One place for the default, the size limit and their messages.
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Lang, Translate } from '../i18n/index.js';
import type { CoreKey } from '../i18n/core.js';
import type { Input } from './inputs.js';
import { formatBytes, readInput, TooLargeError } from './read.js';
import { fileExists } from './write.js';
import { DEFAULT_STRATEGY, defaultStrategy } from './default-strategies.js';

export { DEFAULT_STRATEGY };

/** The path the user named, else the one default strategy here, else `strategy.yaml` (then reported missing). */
export async function strategyArgument(path: string | undefined, cwd: string, command: string, lang: Lang, t: Translate<CoreKey>, config?: string): Promise<string> {
  return path ?? (await defaultStrategy(cwd, command, lang, t, config)) ?? DEFAULT_STRATEGY;
}

export function strategyInputFor(path: string | undefined, cwd: string): Input {
  const name = path ?? DEFAULT_STRATEGY;
  return name === '-' ? { kind: 'stdin', name: '<stdin>' } : { kind: 'file', path: resolve(cwd, name), name };
}

export interface StrategyReadOptions {
  cwd: string;
  /** Called only for `-` (see readInput). */
  stdin: () => NodeJS.ReadableStream;
  maxBytes: number;
  /** The command's own hint when there is no strategy.yaml here. */
  missingDefault: string;
  /** The language of `t` (sizes are written in it: 4,9 Mio). */
  lang: Lang;
}

export async function readStrategyInput(path: string | undefined, options: StrategyReadOptions, t: Translate<CoreKey>): Promise<{ input: Input; bytes: Uint8Array }> {
  const input = strategyInputFor(path, options.cwd);
  // Also when commander filled in the default: either way the user named no file.
  if (input.kind === 'file' && input.name === DEFAULT_STRATEGY && !(await fileExists(input.path))) throw new InputError(options.missingDefault);
  try {
    return { input, bytes: await readInput(input, options.stdin, options.maxBytes, t) };
  } catch (error) {
    if (!(error instanceof TooLargeError)) throw error;
    throw new InputError(`${input.name}: ${t('yaml.tooLarge', { size: formatBytes(error.size, options.lang), limit: formatBytes(error.limit, options.lang) })}`);
  }
}

/**
 * The command that shows the findings of this input, to quote in a hint: `plan validate -` for
 * standard input (fed the same way again), the path quoted for a shell when it needs it.
 */
export function validateCommand(input: Input): string {
  if (input.kind === 'stdin') return 'plan validate -';
  const name = input.name;
  return `plan validate ${/^[\w./@%+=:,-]+$/.test(name) ? name : `'${name.replace(/'/g, "'\\''")}'`}`;
}
