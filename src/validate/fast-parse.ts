// A fast first pass for files that turn out clean: the subset parser (yaml-subset.ts), then js-yaml
// for what it declines, both without positions, are 10 to 50 times faster than the `yaml` document
// model, and most files in a batch have no finding. The caller reparses
// with `yaml` (positions, every YAML-level check) as soon as anything is off, so this pass only has
// to be right about ONE thing: when it returns data, that data equals what `yaml` would give, and
// `yaml` would report no problem about the text itself.
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { CORE_SCALARS, parseYamlSubset } from './yaml-subset.js';

// The YAML 1.2 core schema exactly as the `yaml` package resolves plain scalars (same tests, same
// conversions, same order), so both parsers give the same data. js-yaml's own core schema differs
// (`1_000`, `0b1`, `-.5`...). js-yaml keeps one type per tag, hence one resolver per tag.
const scalar = (tag: keyof typeof CORE_SCALARS) =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (s: string | null) => CORE_SCALARS[tag].test(s ?? ''),
    construct: (s: string | null) => CORE_SCALARS[tag].make(s ?? ''),
  });

// Order matters as in `yaml`: null, bool, then ints before floats.
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [scalar('null'), scalar('bool'), scalar('int'), scalar('float')] });

// Text the fast pass leaves to the full parser, because the two parsers may differ on it or because
// only the full parser reports it: tabs, directives, document markers, a tag / anchor / alias / complex
// key where a node may start, and a possibly over-long implicit key (`yaml` limits them to 1,024 characters).
// Matching too much only costs speed; matching too little would cost correctness.
const LEAVE_TO_FULL_PARSE = /\t|^%|^(?:---|\.\.\.)|(?:^|[-:?[\]{},])[ ]*[!&*?]/m;
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
export function fastParse(text: string): { data: unknown } | undefined {
  // Strategy files as people and `yaml` write them: the hand-written subset parser, ~5 times faster.
  const subset = parseYamlSubset(text);
  if (subset !== undefined) return { data: subset };
  if (LEAVE_TO_FULL_PARSE.test(text) || mayHaveLongKey(text)) return undefined;
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
