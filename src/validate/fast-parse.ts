// A fast first pass for files that turn out clean: js-yaml without positions is ~10 times faster
// than the `yaml` document model, and most files in a batch have no finding. The caller reparses
// with `yaml` (positions, every YAML-level check) as soon as anything is off, so this pass only has
// to be right about ONE thing: when it returns data, that data equals what `yaml` would give, and
// `yaml` would report no problem about the text itself.
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';

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

function toInt(s: string): number {
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  return parseInt(s, 10);
}

function toFloat(s: string): number {
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return parseFloat(s);
}

const scalar = (tag: string, test: (s: string) => boolean, construct: (s: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (s: string | null) => test(s ?? ''), construct: (s: string | null) => construct(s ?? '') });

// Order matters as in `yaml`: null, bool, then ints before floats.
const SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', (s) => NULL.test(s), () => null),
    scalar('bool', (s) => BOOL.test(s), (s) => s[0] === 't' || s[0] === 'T'),
    scalar('int', (s) => INT_OCT.test(s) || INT.test(s) || INT_HEX.test(s), toInt),
    scalar('float', (s) => FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s), toFloat),
  ],
});

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
