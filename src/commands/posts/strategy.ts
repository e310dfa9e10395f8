// The strategy a command on posts works with (new, export): `--strategy FILE`, else the nearest
// strategy file up from the post's folder. It must pass its schema: platform and pillar ids come
// from it.
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import { resolveLang, translator, type Lang } from '../../i18n/index.js';
import { coreCatalog } from '../../i18n/core.js';
import { draftsCatalog } from '../../i18n/drafts.js';
import type { CommandIO, GlobalOptions } from '../../io/context.js';
import { DEFAULT_MAX_BYTES } from '../../io/read.js';
import { readStrategyInput, validateCommand } from '../../io/strategy-input.js';
import type { Strategy } from '../../strategy/types.js';
import { checkBytes } from '../../validate/check.js';

export interface PostStrategy {
  strategy: Strategy;
  /** The strategy's language unless --lang says otherwise. */
  lang: Lang;
  /** Absolute path. */
  path: string;
}

const STRATEGY_NAME = /^(?:.+\.)?strategy\.ya?ml$/;

/** `strategy.yaml` in the folder or above, else the only `*.strategy.yaml` of the nearest folder that has one. */
function nearestStrategy(folder: string, envLang: Lang): string | undefined {
  for (let at = resolve(folder); ; at = dirname(at)) {
    let names: string[] = [];
    try {
      names = readdirSync(at, { withFileTypes: true }).filter((e) => !e.isDirectory() && STRATEGY_NAME.test(e.name)).map((e) => e.name).sort();
    } catch {
      // A folder not made yet (posts/ before the first post): look above it.
    }
    if (names.includes('strategy.yaml')) return join(at, 'strategy.yaml');
    if (names.length === 1) return join(at, names[0]!);
    if (names.length > 1) throw new InputError(translator(draftsCatalog, envLang)('strategy.several', { folder: at, files: names.join(', ') }));
    if (dirname(at) === at) return undefined;
  }
}

export async function readPostStrategy(postPath: string, options: GlobalOptions & { strategy?: string }, io: CommandIO, envLang: Lang): Promise<PostStrategy> {
  const words = translator(draftsCatalog, envLang);
  const core = translator(coreCatalog, envLang);
  const path = options.strategy !== undefined ? resolve(io.cwd, options.strategy) : nearestStrategy(dirname(postPath), envLang);
  if (path === undefined) throw new InputError(words('new.error.noStrategy'));
  const name = relative(io.cwd, path) || path;
  const { input, bytes } = await readStrategyInput(name, { cwd: io.cwd, stdin: () => io.stdin, maxBytes: DEFAULT_MAX_BYTES, missingDefault: words('new.error.noStrategy') }, core);
  const result = checkBytes(bytes, name, { lang: options.lang });
  if (!result.schemaValid || result.parsed?.data === undefined) throw new InputError(words('strategy.invalid', { file: name, validate: validateCommand(input) }));
  const strategy = result.parsed.data as Strategy;
  return { strategy, lang: resolveLang(options.lang, strategy.organization.language, io.env), path };
}
