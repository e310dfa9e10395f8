// The first pass of every check (src/validate/check-file.ts chooses the road): js-yaml without
// positions, then the schema and the rules. Most files have no finding, and this reads them several
// times faster than the `yaml` document model (docs/bench.md). Anything off, or any doubt, and the
// caller checks the text again with `yaml` (positions, every YAML-level check), so this pass only has
// to be right about ONE thing: when it returns data, that data equals what `yaml` would give, and
// `yaml` would report no problem about the text itself.
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import validateStrategy from '../generated/validate-strategy.js';
import { ITEM_SCAN_FROM } from '../strategy/limits.js';
import type { Strategy } from '../strategy/types.js';
import { RULES } from '../rules/index.js';
import { applySuppressions, mayHaveDirectives } from './suppress.js';
import { checkLanguage, checkMessages } from './messages.js';
import { rulesToRun, runRule } from './run-rule.js';
import type { CheckOptions, CheckResult } from './types.js';

// The YAML 1.2 core schema exactly as the `yaml` package resolves plain scalars (same tests, same
// conversions, same order), so both parsers give the same data. js-yaml's own core schema differs
// (`1_000`, `0b1`, `-.5`...). js-yaml keeps one type per tag, hence one resolver per tag.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

// js-yaml asks every type about every plain scalar, and most scalars are words: a look at the
// length or the first character rules a type out before its regular expressions run.
const mayBeNumber = (s: string) => {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46; // 0-9 + - .
};

const CORE_SCALARS = {
  null: { test: (s: string) => s.length <= 4 && NULL.test(s), make: () => null },
  bool: { test: (s: string) => (s.length === 4 || s.length === 5) && BOOL.test(s), make: (s: string) => s[0] === 't' || s[0] === 'T' },
  int: {
    test: (s: string) => mayBeNumber(s) && (INT_OCT.test(s) || INT.test(s) || INT_HEX.test(s)),
    make: (s: string) => (INT_OCT.test(s) ? parseInt(s.substring(2), 8) : INT_HEX.test(s) ? parseInt(s.substring(2), 16) : parseInt(s, 10)),
  },
  float: {
    test: (s: string) => mayBeNumber(s) && (FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s)),
    make: (s: string) => {
      if (!FLOAT_NAN.test(s)) return parseFloat(s);
      if (s.slice(-3).toLowerCase() === 'nan') return NaN;
      return s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    },
  },
};

const scalar = (tag: keyof typeof CORE_SCALARS) =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (s: string | null) => CORE_SCALARS[tag].test(s ?? ''),
    construct: (s: string | null) => CORE_SCALARS[tag].make(s ?? ''),
  });

// Order matters as in `yaml`: null, bool, then ints before floats.
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [scalar('null'), scalar('bool'), scalar('int'), scalar('float')] });

// Text the first pass leaves to the full parser, because the two parsers may differ on it or because
// only the full parser reports it: tabs, directives, document markers, a tag / anchor / alias / complex
// key where a node may start, and a possibly over-long implicit key (`yaml` limits them to 1,024 characters).
// Matching too much only costs speed; matching too little would cost correctness.
const MARKER_LINE = /^(?:%|---|\.\.\.)/m;
const NODE_INDICATOR = /[!&*?]/g;
const NODE_START = new Set(['-', ':', '?', '[', ']', '{', '}', ',', '\n', '\r', '\u2028', '\u2029']);

/** A tag, anchor, alias or complex key where a node may start: after spaces that follow a line start or an indicator. */
function mayHaveNodeProperty(text: string): boolean {
  NODE_INDICATOR.lastIndex = 0;
  for (let found; (found = NODE_INDICATOR.exec(text)); ) {
    let i = found.index - 1;
    while (i >= 0 && text.charCodeAt(i) === 32) i--;
    if (i < 0 || NODE_START.has(text[i]!)) return true;
  }
  return false;
}
const LONG_LINE = 1000;

/** A line where a `:` comes 1,000 or more characters in: it may close an implicit key that is too long. */
function mayHaveLongKey(text: string): boolean {
  if (text.length < LONG_LINE) return false;
  let start = 0;
  for (;;) {
    const found = text.indexOf('\n', start);
    const end = found === -1 ? text.length : found;
    if (end - start >= LONG_LINE && text.lastIndexOf(':', end) >= start + LONG_LINE) return true;
    if (found === -1) return false;
    start = found + 1;
  }
}

/**
 * The data of a plain single-document YAML text, or undefined when the text needs the full parser
 * (it uses a feature left to it, or js-yaml finds any problem at all).
 */
export function firstPassParse(text: string): { data: unknown } | undefined {
  if (text.includes('\t') || MARKER_LINE.test(text) || mayHaveNodeProperty(text) || mayHaveLongKey(text)) return undefined;
  let warned = false;
  try {
    const data = load(text, { schema: SCHEMA, json: false, onWarning: () => (warned = true) });
    if (warned) return undefined;
    // Empty files, bare scalars and lists are reported by the full path.
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
    return { data };
  } catch {
    return undefined;
  }
}

/** The result of a file with no finding at all, with its data (the same data `yaml` gives); else undefined. */
export function firstPassCheck(text: string, file: string, options: CheckOptions): { result: CheckResult; data: unknown } | undefined {
  // A text long enough to hold more entries than a strategy may is counted by the full path (src/strategy/items.ts).
  if (text.length >= ITEM_SCAN_FROM) return undefined;
  const parsed = firstPassParse(text);
  if (!parsed) return undefined;
  const lang = checkLanguage(options, parsed.data);
  // checkSchema(data) is empty exactly when the generated validator accepts the data.
  if (!validateStrategy(parsed.data)) return undefined;
  const now = options.now ?? new Date();
  const rules = options.rules ?? RULES;
  for (const rule of rulesToRun(options, file)) if (runRule(rule, parsed.data as Strategy, lang, now, true).length > 0) return undefined;
  // No finding to silence: only a directive's own problems (unknown id, no reason, unused) count.
  if (mayHaveDirectives(text)) {
    const suppressed = applySuppressions(text, file, [], rules.map((rule) => rule.id), checkMessages(lang).rules);
    if (suppressed.findings.length > 0 || suppressed.problems.length > 0) return undefined;
  }
  return { result: { file, findings: [], schemaValid: true, lang }, data: parsed.data };
}
