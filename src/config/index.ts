// Rule configuration: `.planrc.yaml`, found by walking up from each strategy file (or `--config FILE`).
//   rules:      { rule-id: off | info | warn | error }
//   overrides:  [{ files: [globs], rules: { ... } }]   later entries win; globs are relative to the config file
//   files:      [paths or globs]   the strategies a command reads when it is given none
// A bad config is an input error (exit 2) that names file:line. Parsing (parse.ts) is pure; I/O is in loadConfig/findConfig.
import { statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { translator, type Lang, type Translate } from '../i18n/index.js';
import { coreCatalog, type CoreKey } from '../i18n/core.js';
import { DEFAULT_MAX_BYTES, ReadFailure, readSmallFile } from '../io/read.js';
import type { RulesKey } from '../i18n/rules.js';
import type { Level, RuleConfig } from './types.js';

/** The rule ids a config may name, or how to get them (loaded only when a config is read). */
export type KnownIds = readonly string[] | (() => Promise<readonly string[]>);

export type { Level, RuleConfig } from './types.js';

export const CONFIG_NAMES = ['.planrc.yaml', '.planrc.yml'];

/** The level a config sets for a rule on a file (absolute path, or undefined for stdin). */
export function levelFor(config: RuleConfig, ruleId: string, file: string | undefined): Level | undefined {
  let level = config.rules.get(ruleId);
  if (file !== undefined) {
    const rel = relative(dirname(config.file), file).split('\\').join('/');
    for (const override of config.overrides) {
      if (override.rules.has(ruleId) && override.matches(rel)) level = override.rules.get(ruleId);
    }
  }
  return level;
}

export async function loadConfig(path: string, shownAs: string, knownIds: KnownIds, t: Translate<RulesKey>, core: Translate<CoreKey> = translator(coreCatalog, 'en'), lang: Lang = 'en'): Promise<RuleConfig> {
  let text: string;
  try {
    // The same guards as a strategy: no FIFO or device (never blocks), no more than the size limit.
    text = new TextDecoder().decode(readSmallFile(path, DEFAULT_MAX_BYTES, core, lang));
  } catch (error) {
    if (!(error instanceof ReadFailure)) throw error;
    throw new InputError(t('config.read', { file: shownAs, reason: error.message }));
  }
  // The `yaml` document model (for file:line in config errors) is loaded only when a config exists.
  const { parseConfig } = await import('./parse.js');
  return parseConfig(text, resolve(path), shownAs, typeof knownIds === 'function' ? await knownIds() : knownIds, t, lang);
}

/** A synchronous stat: two per parent folder, each a thread-pool round trip when asynchronous. */
function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** The nearest `.planrc.yaml` (or .yml) in `dir` or its parents. */
export async function findConfig(dir: string): Promise<string | undefined> {
  for (let current = resolve(dir); ; current = dirname(current)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(current, name);
      if (isFile(candidate)) return candidate;
    }
    if (dirname(current) === current) return undefined;
  }
}

/**
 * For a run: which config applies to each input. `--config FILE` applies to every input; otherwise
 * each file gets the nearest config above it (stdin: above the working directory). Cached per folder.
 */
export function configResolver(cwd: string, explicit: string | undefined, knownIds: KnownIds, t: Translate<RulesKey>, core?: Translate<CoreKey>, lang: Lang = 'en') {
  const byPath = new Map<string, Promise<RuleConfig>>();
  const byDir = new Map<string, Promise<string | undefined>>();
  const load = (path: string, shown = relative(cwd, path) || path) => {
    let found = byPath.get(path);
    if (!found) {
      found = loadConfig(path, shown, knownIds, t, core, lang);
      byPath.set(path, found);
    }
    return found;
  };
  return async (file: string | undefined): Promise<RuleConfig | undefined> => {
    if (explicit !== undefined) return load(resolve(cwd, explicit), explicit);
    const dir = file ? dirname(file) : cwd;
    let path = byDir.get(dir);
    if (!path) {
      path = findConfig(dir);
      byDir.set(dir, path);
    }
    const found = await path;
    return found ? load(found) : undefined;
  };
}
