// The promise of src/validate/yaml-subset.ts, as the tests check it: when the subset parser returns
// data, the full path (src/strategy/load.ts: `yaml` 1.2 core, plus our duplicate-key and depth
// checks) reports nothing about the text and gives the very same data.
import { translator } from '../../src/i18n/index.js';
import { coreCatalog } from '../../src/i18n/core.js';
import { parseStrategyText } from '../../src/strategy/load.js';
import { parseYamlSubset } from '../../src/validate/yaml-subset.js';

const t = translator(coreCatalog, 'en');

/** Deep equality that also compares key order, prototypes, -0 and NaN. */
export function sameData(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((key, i) => key !== kb[i])) return false;
  return ka.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

export interface Outcome {
  /** The subset parser returned data. */
  accepted: boolean;
  /** When accepted: the full path found no problem and gave the same data. */
  agrees: boolean;
  /** The full path's findings (rule ids), for failure messages. */
  findings: string[];
}

/** Run both parsers on `text` and compare. */
export function compareWithYaml(text: string): Outcome {
  const mine = parseYamlSubset(text);
  if (mine === undefined) return { accepted: false, agrees: true, findings: [] };
  const full = parseStrategyText(text, 'case.yaml', t);
  const findings = full.findings.map((f) => `${f.ruleId}: ${f.message}`);
  return { accepted: true, agrees: findings.length === 0 && sameData(mine, full.data), findings };
}
