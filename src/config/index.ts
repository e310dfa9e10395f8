// Rule configuration: `.planrc.yaml`, found by walking up from each strategy file (or `--config FILE`).
//   rules:      { rule-id: off | info | warn | error }
//   overrides:  [{ files: [globs], rules: { ... } }]   later entries win; globs are relative to the config file
// A bad config is an input error (exit 2) that names file:line. Parsing is pure; I/O is in loadConfig/findConfig.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { isSeverity, type Severity } from '../diagnostics.js';
import { InputError } from '../errors.js';
import type { Translate } from '../i18n/index.js';
import type { RulesKey } from '../i18n/rules.js';
import { closest } from '../text/suggest.js';
import { matchesGlob } from './glob.js';

export type Level = Severity | 'off';
export const CONFIG_NAMES = ['.planrc.yaml', '.planrc.yml'];

export interface RuleConfig {
  /** Absolute path of the config file. */
  file: string;
  rules: Map<string, Level>;
  overrides: { files: string[]; rules: Map<string, Level> }[];
}

/** Rule ids a config may name: the registry's, plus the built-in families (schema/*, yaml/*). */
export function isConfigurableId(id: string, knownIds: readonly string[]): boolean {
  return knownIds.includes(id) || /^(schema|yaml|input|suppress)\/[a-z0-9-]+$/.test(id);
}

export function parseConfig(text: string, file: string, shownAs: string, knownIds: readonly string[], t: Translate<RulesKey>): RuleConfig {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  const lineOf = (node: Node | Pair | null | undefined): number => {
    const range = node && 'range' in node ? node.range : node && 'key' in node && isScalar(node.key) ? node.key.range : undefined;
    return range ? lc.linePos(range[0]).line : 1;
  };
  const fail = (key: RulesKey, node: Node | Pair | null | undefined, params: Record<string, string | number> = {}): never => {
    throw new InputError(t(key, { file: shownAs, line: lineOf(node), ...params }));
  };
  const firstError = doc.errors[0];
  if (firstError) {
    throw new InputError(t('config.yaml', { file: shownAs, line: firstError.linePos?.[0]?.line ?? 1, detail: firstError.message.split('\n')[0] ?? '' }));
  }
  const config: RuleConfig = { file, rules: new Map(), overrides: [] };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) return config;
  if (!isMap(root)) return fail('config.notMap', root);

  const readRules = (node: unknown, holder: Pair): Map<string, Level> => {
    const rules = new Map<string, Level>();
    if (node === null || (isScalar(node) && node.value === null)) return rules;
    if (!isMap(node)) return fail('config.rulesNotMap', holder);
    for (const pair of node.items) {
      const id = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!isConfigurableId(id, knownIds)) {
        const suggestion = closest(id, knownIds);
        fail('config.unknownRule', pair.key as Node, { id, suggestion: suggestion ? t('config.didYouMean', { suggestion }) : '' });
      }
      const value = isScalar(pair.value) ? String(pair.value.value) : '';
      if (value !== 'off' && !isSeverity(value)) fail('config.badSeverity', (pair.value ?? pair.key) as Node, { id, value: value || '(empty)' });
      rules.set(id, value as Level);
    }
    return rules;
  };

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (key === 'rules') {
      config.rules = readRules(pair.value, pair);
    } else if (key === 'overrides') {
      if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) continue;
      if (!isSeq(pair.value)) fail('config.overridesNotList', pair.key as Node);
      for (const item of (pair.value as { items: unknown[] }).items) {
        if (!isMap(item)) fail('config.overridesNotList', item as Node);
        const entry = { files: [] as string[], rules: new Map<string, Level>() };
        for (const inner of (item as { items: Pair[] }).items) {
          const innerKey = isScalar(inner.key) ? String(inner.key.value) : String(inner.key);
          if (innerKey === 'files') {
            const files = isSeq(inner.value) ? inner.value.items : isScalar(inner.value) ? [inner.value] : [];
            for (const f of files) if (isScalar(f) && typeof f.value === 'string' && f.value) entry.files.push(f.value);
          } else if (innerKey === 'rules') {
            entry.rules = readRules(inner.value, inner);
          } else {
            const suggestion = closest(innerKey, ['files', 'rules']);
            fail('config.unknownOverrideKey', inner.key as Node, { key: innerKey, suggestion: suggestion ? t('config.didYouMean', { suggestion }) : '' });
          }
        }
        if (entry.files.length === 0) fail('config.overrideFiles', item as Node);
        config.overrides.push(entry);
      }
    } else {
      const suggestion = closest(key, ['rules', 'overrides']);
      fail('config.unknownKey', pair.key as Node, { key, suggestion: suggestion ? t('config.didYouMean', { suggestion }) : '' });
    }
  }
  return config;
}

/** The level a config sets for a rule on a file (absolute path, or undefined for stdin). */
export function levelFor(config: RuleConfig, ruleId: string, file: string | undefined): Level | undefined {
  let level = config.rules.get(ruleId);
  if (file !== undefined) {
    const rel = relative(dirname(config.file), file).split('\\').join('/');
    for (const override of config.overrides) {
      if (override.rules.has(ruleId) && override.files.some((glob) => matchesGlob(rel, glob))) level = override.rules.get(ruleId);
    }
  }
  return level;
}

export async function loadConfig(path: string, shownAs: string, knownIds: readonly string[], t: Translate<RulesKey>): Promise<RuleConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(t('config.read', { file: shownAs, reason: code === 'ENOENT' ? 'no such file' : code ?? (error as Error).message }));
  }
  return parseConfig(text, resolve(path), shownAs, knownIds, t);
}

/** The nearest `.planrc.yaml` (or .yml) in `dir` or its parents. */
export async function findConfig(dir: string): Promise<string | undefined> {
  for (let current = resolve(dir); ; current = dirname(current)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(current, name);
      const info = await stat(candidate).catch(() => undefined);
      if (info?.isFile()) return candidate;
    }
    if (dirname(current) === current) return undefined;
  }
}

/**
 * For a run: which config applies to each input. `--config FILE` applies to every input; otherwise
 * each file gets the nearest config above it (stdin: above the working directory). Cached per folder.
 */
export function configResolver(cwd: string, explicit: string | undefined, knownIds: readonly string[], t: Translate<RulesKey>) {
  const byPath = new Map<string, Promise<RuleConfig>>();
  const byDir = new Map<string, Promise<string | undefined>>();
  const load = (path: string) => {
    let found = byPath.get(path);
    if (!found) {
      found = loadConfig(path, relative(cwd, path) || path, knownIds, t);
      byPath.set(path, found);
    }
    return found;
  };
  return async (file: string | undefined): Promise<RuleConfig | undefined> => {
    if (explicit !== undefined) return load(resolve(cwd, explicit));
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
