// Parsing `.planrc.yaml` (pure): in its own module so that runs without a config never load `yaml`.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { isSeverity } from '../diagnostics.js';
import { InputError } from '../errors.js';
import { translator, type Lang, type Translate } from '../i18n/index.js';
import { yamlCatalog } from '../i18n/yaml.js';
import { LineIndex } from '../strategy/load.js';
import { causesFirst, explainYamlProblem, placeOf } from '../strategy/yaml-errors.js';
import type { RulesKey } from '../i18n/rules.js';
import { closest } from '../text/suggest.js';
import type { Level, RuleConfig } from './types.js';
import { compileGlob, globProblem } from './glob.js';

/** Rule ids a config may name: the registry's, plus the built-in families (schema/*, yaml/*). */
export function isConfigurableId(id: string, knownIds: readonly string[]): boolean {
  return knownIds.includes(id) || /^(schema|yaml|input|suppress)\/[a-z0-9-]+$/.test(id);
}

export function parseConfig(text: string, file: string, shownAs: string, knownIds: readonly string[], t: Translate<RulesKey>, lang: Lang = 'en'): RuleConfig {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  const lineOf = (node: Node | Pair | null | undefined): number => {
    const range = node && 'range' in node ? node.range : node && 'key' in node && isScalar(node.key) ? node.key.range : undefined;
    return range ? lc.linePos(range[0]).line : 1;
  };
  const fail = (key: RulesKey, node: Node | Pair | null | undefined, params: Record<string, string | number> = {}): never => {
    throw new InputError(t(key, { file: shownAs, line: lineOf(node), ...params }));
  };
  const firstError = causesFirst(doc, doc.errors)[0];
  if (firstError) {
    // The same words as for a strategy's YAML errors, in the run's language.
    const lines = new LineIndex(text);
    const range = lines.range(...placeOf(doc, firstError));
    const explained = explainYamlProblem(firstError, range, lines, translator(yamlCatalog, lang), false);
    const line = (explained.range ?? range).start.line;
    throw new InputError(t('config.yaml', { file: shownAs, line, detail: explained.message }));
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
            for (const f of files) {
              if (!isScalar(f) || typeof f.value !== 'string' || !f.value) continue;
              // Checked now, not when a file is matched: picomatch would read `{a` as plain text.
              const problem = globProblem(f.value);
              if (problem) fail(problem.kind === 'unclosed' ? 'config.globUnclosed' : 'config.globUnopened', f as Node, { glob: f.value, char: problem.char, column: problem.column });
              entry.files.push(f.value);
            }
          } else if (innerKey === 'rules') {
            entry.rules = readRules(inner.value, inner);
          } else {
            const suggestion = closest(innerKey, ['files', 'rules']);
            fail('config.unknownOverrideKey', inner.key as Node, { key: innerKey, suggestion: suggestion ? t('config.didYouMean', { suggestion }) : '' });
          }
        }
        if (entry.files.length === 0) fail('config.overrideFiles', item as Node);
        const matchers = entry.files.map(compileGlob);
        config.overrides.push({ ...entry, matches: (path) => matchers.some((match) => match(path)) });
      }
    } else if (key === 'files') {
      const items = isSeq(pair.value) ? pair.value.items : [pair.value];
      const files: string[] = [];
      for (const item of items) {
        if (!isScalar(item) || typeof item.value !== 'string' || !item.value.trim()) fail('config.files', (item ?? pair.key) as Node);
        files.push(((item as { value: string }).value).trim());
      }
      config.files = files;
    } else if (key === 'strategy') {
      const value = isScalar(pair.value) ? pair.value.value : undefined;
      if (typeof value !== 'string' || !value.trim()) fail('config.strategy', (pair.value ?? pair.key) as Node);
      config.strategy = (value as string).trim();
    } else if (key === 'mix') {
      config.mix = readMix(pair, fail);
    } else {
      const suggestion = closest(key, ['rules', 'overrides', 'files', 'strategy', 'mix']);
      fail('config.unknownKey', pair.key as Node, { key, suggestion: suggestion ? t('config.didYouMean', { suggestion }) : '' });
    }
  }
  return config;
}

/** `mix: { weeks, from, tolerance, cadence_tolerance }`: every value checked, anything else refused. */
function readMix(pair: Pair, fail: (key: RulesKey, node: Node | Pair | null | undefined) => never): NonNullable<RuleConfig['mix']> {
  const mix: NonNullable<RuleConfig['mix']> = {};
  if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) return mix;
  if (!isMap(pair.value)) return fail('config.mix', pair);
  for (const item of pair.value.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    const value = isScalar(item.value) ? item.value.value : undefined;
    const at = (item.value ?? item.key) as Node;
    const number = typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    if (key === 'weeks' && number !== undefined && Number.isInteger(number) && number >= 1 && number <= 53) mix.weeks = number;
    else if (key === 'from' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) mix.from = value;
    else if (key === 'tolerance' && number !== undefined && number >= 0 && number <= 100) mix.tolerance = number;
    else if (key === 'cadence_tolerance' && number !== undefined && number >= 0) mix.cadenceTolerance = number;
    else fail('config.mix', at);
  }
  return mix;
}
