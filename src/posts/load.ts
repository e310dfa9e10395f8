// Post files on disk: which files are posts, which strategy a post belongs to, and reading posts
// for the commands that need them (validate, export, report). Parsing itself is parse.ts (pure).
import { dirname, join, resolve } from 'node:path';
import type { RuleConfig } from '../config/types.js';
import type { Lang, Translate } from '../i18n/index.js';
import type { CoreKey } from '../i18n/core.js';
import { expandInputs } from '../io/inputs.js';
import { DEFAULT_MAX_BYTES, readRegularFile } from '../io/read.js';
import { decodeStrategyBytes } from '../strategy/decode.js';
import { isPostFile, strategyNamesIn } from './files.js';
import { parsePost, type ParsedPost } from './parse.js';

export { isPostFile } from './files.js';


/** Where a post's strategy is, or why none was found. `path` is absolute. */
export type StrategyLocation =
  | { path: string; via: 'flag' | 'config' | 'nearest' }
  | { problem: 'none' }
  | { problem: 'several'; folder: string; files: string[] };

/**
 * The strategy of the post at `postPath` (absolute): `--strategy FILE` (`flag`, absolute), else the
 * `strategy:` of its `.planrc.yaml` (or its `files:` when they name one YAML file), else the nearest
 * strategy file walking up from the post's folder (`strategy.yaml` first, else the only one).
 */
export function locateStrategy(postPath: string, options: { flag?: string; config?: RuleConfig } = {}): StrategyLocation {
  if (options.flag !== undefined) return { path: options.flag, via: 'flag' };
  const config = options.config;
  if (config) {
    const base = dirname(config.file);
    if (config.strategy !== undefined) return { path: resolve(base, config.strategy), via: 'config' };
    // `files: [strategy.yaml, posts]`: the one YAML file named (not a glob) is the posts' strategy.
    const named = (config.files ?? []).filter((file) => !/[*?[\]{}!]/.test(file) && /\.ya?ml$/.test(file));
    if (named.length === 1) return { path: resolve(base, named[0]!), via: 'config' };
  }
  for (let folder = dirname(resolve(postPath)); ; folder = dirname(folder)) {
    const found = strategyNamesIn(folder);
    if (found.includes('strategy.yaml')) return { path: join(folder, 'strategy.yaml'), via: 'nearest' };
    if (found.length === 1) return { path: join(folder, found[0]!), via: 'nearest' };
    if (found.length > 1) return { problem: 'several', folder, files: found };
    if (dirname(folder) === folder) return { problem: 'none' };
  }
}

/**
 * `locateStrategy` once per folder: the posts of a folder share their strategy, and looking again
 * for each of 500 posts in one folder cost ~1.5 s over 1,000 posts (bench/posts-corpus.mjs).
 */
export function strategyLocator(config: (file: string) => Promise<RuleConfig | undefined>, flag?: string): (postPath: string) => Promise<StrategyLocation> {
  const byFolder = new Map<string, StrategyLocation>();
  return async (postPath) => {
    const folder = dirname(resolve(postPath));
    let located = byFolder.get(folder);
    if (!located) byFolder.set(folder, (located = locateStrategy(postPath, { ...(flag !== undefined ? { flag } : {}), config: await config(postPath) })));
    return located;
  };
}

export interface LoadedPosts {
  posts: ParsedPost[];
  /** Files that could not be read or decoded, with why (the caller decides: skip, or fail). */
  unreadable: { file: string; reason: string }[];
}

/**
 * The posts of files and folders (folders: the `*.md` under a `posts` folder), parsed, in path
 * order. For commands that read posts (export, report); `plan validate` checks them one by one.
 */
export async function loadPosts(paths: readonly string[], cwd: string, t: Translate<CoreKey>, lang: Lang = 'en'): Promise<LoadedPosts> {
  const inputs = await expandInputs(paths, cwd, t);
  const loaded: LoadedPosts = { posts: [], unreadable: [] };
  for (const input of inputs) {
    if (input.kind !== 'file' || !isPostFile(input.name)) continue;
    let bytes: Uint8Array;
    try {
      bytes = readRegularFile(input, DEFAULT_MAX_BYTES, t);
    } catch (error) {
      loaded.unreadable.push({ file: input.name, reason: (error as Error).message });
      continue;
    }
    const decoded = decodeStrategyBytes(bytes);
    if (!('text' in decoded)) {
      loaded.unreadable.push({ file: input.name, reason: t(decoded.problem, { offset: decoded.offset ?? 0 }) });
      continue;
    }
    loaded.posts.push(parsePost(decoded.text, input.name, lang));
  }
  return loaded;
}
