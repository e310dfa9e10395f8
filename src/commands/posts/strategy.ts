// The strategy a command on posts works with (new, export), found as plan validate finds a post's
// (posts/load.ts: `--strategy FILE`, `.planrc.yaml`, else the nearest strategy file up from the
// post's folder). It must pass its schema: platform and pillar ids come from it.
import { relative, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import { resolveLang, translator, type Lang } from '../../i18n/index.js';
import { coreCatalog } from '../../i18n/core.js';
import { draftsCatalog } from '../../i18n/drafts.js';
import type { CommandIO, GlobalOptions } from '../../io/context.js';
import { DEFAULT_MAX_BYTES } from '../../io/read.js';
import { readStrategyInput, validateCommand } from '../../io/strategy-input.js';
import type { Strategy } from '../../strategy/types.js';
import { checkBytes } from '../../validate/check.js';
import { locateStrategy } from '../../posts/load.js';
import { createRunContext } from '../../run-context.js';

export interface PostStrategy {
  strategy: Strategy;
  /** The strategy's language unless --lang says otherwise. */
  lang: Lang;
  /** Absolute path. */
  path: string;
}

/** Where the strategy of the post at `postPath` (absolute) is; an input error when none or several. */
export async function postStrategyPath(postPath: string, options: { strategy?: string; config?: string }, io: CommandIO, envLang: Lang): Promise<string> {
  const words = translator(draftsCatalog, envLang);
  const config = await createRunContext({ lang: envLang, env: io.env, cwd: io.cwd, ...(options.config !== undefined ? { config: options.config } : {}) }).config(postPath);
  const located = locateStrategy(postPath, { ...(options.strategy !== undefined ? { flag: resolve(io.cwd, options.strategy) } : {}), ...(config ? { config } : {}) });
  if ('path' in located) return located.path;
  if (located.problem === 'several') throw new InputError(words('strategy.several', { folder: relative(io.cwd, located.folder) || '.', files: located.files.join(', ') }));
  throw new InputError(words('new.error.noStrategy'));
}

export async function readPostStrategy(postPath: string, options: GlobalOptions & { strategy?: string; config?: string }, io: CommandIO, envLang: Lang): Promise<PostStrategy> {
  return readStrategyAt(await postStrategyPath(postPath, options, io, envLang), options, io, envLang);
}

export async function readStrategyAt(path: string, options: GlobalOptions, io: CommandIO, envLang: Lang): Promise<PostStrategy> {
  const words = translator(draftsCatalog, envLang);
  const core = translator(coreCatalog, envLang);
  const name = relative(io.cwd, path) || path;
  const { input, bytes } = await readStrategyInput(name, { cwd: io.cwd, stdin: () => io.stdin, maxBytes: DEFAULT_MAX_BYTES, missingDefault: words('new.error.noStrategy'), lang: envLang }, core);
  const result = checkBytes(bytes, name, { lang: options.lang });
  if (!result.schemaValid || result.parsed?.data === undefined) throw new InputError(words('strategy.invalid', { file: name, validate: validateCommand(input) }));
  const strategy = result.parsed.data as Strategy;
  return { strategy, lang: resolveLang(options.lang, strategy.organization.language, io.env), path };
}
