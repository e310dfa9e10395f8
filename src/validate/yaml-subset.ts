// A small, fast parser for the YAML that strategy files are made of: block mappings and sequences,
// comments, plain scalars (also folded over several lines), quoted scalars, `>`/`|` block scalars
// and flow collections. It is the first pass of `plan validate` (and `plan brief`): on the bench
// corpus, from a cold start, about 3 times faster than js-yaml and 20 times faster than `yaml`.
//
// Its one promise: when it returns data, `yaml` (version 1.2, core schema, as in src/strategy/load.ts)
// reads the text to the same data and reports nothing about it. Anything else, or anything doubtful,
// makes it DECLINE (return undefined) and the caller uses a full parser. Declining costs only time,
// so every rule below errs on the side of declining; test/unit/validate/yaml-subset.test.ts and
// test/property/yaml-subset.property.test.ts check the promise against `yaml` itself.

// ---- Plain scalars: the YAML 1.2 core schema exactly as `yaml` resolves it (same tests, same order).

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The core schema's tests and conversions, one per tag, in `yaml`'s order (fast-parse.ts reuses them). */
export const CORE_SCALARS = {
  null: { test: (s: string) => NULL.test(s), make: () => null },
  bool: { test: (s: string) => BOOL.test(s), make: (s: string) => s[0] === 't' || s[0] === 'T' },
  int: {
    test: (s: string) => INT_OCT.test(s) || INT.test(s) || INT_HEX.test(s),
    make: (s: string) => (INT_OCT.test(s) ? parseInt(s.substring(2), 8) : INT_HEX.test(s) ? parseInt(s.substring(2), 16) : parseInt(s, 10)),
  },
  float: {
    test: (s: string) => FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s),
    make: (s: string) => {
      if (!FLOAT_NAN.test(s)) return parseFloat(s);
      if (s.slice(-3).toLowerCase() === 'nan') return NaN;
      return s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    },
  },
};

/** A non-empty plain scalar's value. Most are words: their first character rules out every other type cheaply. */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    if (s.length < 16) {
      // Plain digits: what the int tag gives (parseInt), computed in the same pass that checks them.
      let n = 0;
      let i = 0;
      for (; i < s.length; i++) {
        const d = s.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        n = n * 10 + d;
      }
      if (i === s.length) return n;
    }
    if (CORE_SCALARS.int.test(s)) return CORE_SCALARS.int.make(s);
    if (CORE_SCALARS.float.test(s)) return CORE_SCALARS.float.make(s);
    return s;
  }
  if (s.length === 1) return c === 126 ? null : s;
  // null, Null, NULL, true, True, TRUE, false, False, FALSE
  if ((s.length === 4 || s.length === 5) && (c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70)) {
    if (CORE_SCALARS.null.test(s)) return null;
    if (CORE_SCALARS.bool.test(s)) return CORE_SCALARS.bool.make(s);
  }
  return s;
}

// ---- The parser. State lives in module variables: one parse at a time, and no closures to allocate.

const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** Far below load.ts's MAX_DEPTH (100) and the stack; real strategies nest about 6 levels. */
const MAX_DEPTH = 50;
/** `yaml` refuses implicit keys over 1,024 characters; schema keys are short words. */
const MAX_KEY = 64;

const DECLINED = Symbol('declined');

/** Indentations, to check a line's indent with one native comparison rather than a loop. */
const INDENTS: string[] = Array.from({ length: 33 }, (_, i) => ' '.repeat(i));

/** ASCII characters that start a word (letters, digits); every non-ASCII character does too. */
const WORD_START = new Uint8Array(128);
/** ASCII characters a plain scalar resolvePlain may not keep as a string starts with. */
const MAY_RESOLVE = new Uint8Array(128);
WORD_START.fill(1, 48, 58).fill(1, 65, 91).fill(1, 97, 123);
for (const c of '0123456789+-.~nNtTfF') MAY_RESOLVE[c.charCodeAt(0)] = 1;

let src = '';
let len = 0;
/** The offset the parse has reached; in block context always the start of a line between nodes. */
let pos = 0;
let depth = 0;
/** A line start whose indent is already known (a content line), to save counting it again. */
let knownLine = -1;
let knownIndent = 0;

function decline(): never {
  throw DECLINED;
}

/**
 * The data of a strategy-like YAML text (a mapping at the top), or undefined when the text uses
 * something outside the subset (tabs, CR, directives, document markers, anchors, aliases, tags,
 * complex or quoted keys, duplicate keys, keep-chomping block scalars...) or is not valid YAML.
 */
export function parseYamlSubset(text: string): Record<string, unknown> | undefined {
  // `yaml` treats tabs and CRs apart (trimmed, or errors) and a BOM inside as a marker: leave them.
  if (text.indexOf('\t') !== -1 || text.indexOf('\r') !== -1 || text.indexOf('\uFEFF') !== -1) return undefined;
  src = text;
  len = text.length;
  pos = 0;
  depth = 0;
  knownLine = -1;
  if (mappings > 0x3fffffff) {
    slotOwner.fill(0);
    mappings = 0;
  }
  try {
    if (nextContentLine() !== 0) return undefined;
    // A top-level mapping ends only at the end of the text: any other line is declined inside.
    return parseBlockMap(0, pos);
  } catch {
    // DECLINED, or a bug: either way the full parser decides.
    return undefined;
  } finally {
    src = '';
  }
}

// Reading past the end of the text (charCodeAt gives NaN) would throw optimized code away at the
// end of nearly every file, so every read that may reach the end checks `len` first.

/** The first offset from `p` that is not a space. */
function skipSpaces(p: number): number {
  while (p < len && src.charCodeAt(p) === SPACE) p++;
  return p;
}

/** From a line start, skip blank and comment lines: the indent of the next content line (pos at its start), or -1 at the end. */
function nextContentLine(): number {
  if (pos === knownLine) return knownIndent;
  for (;;) {
    let p = skipSpaces(pos);
    if (p >= len) {
      pos = len;
      return -1;
    }
    const c = src.charCodeAt(p);
    if (c === NEWLINE) {
      pos = p + 1;
    } else if (c === HASH) {
      const end = src.indexOf('\n', p);
      pos = end === -1 ? len : end + 1;
    } else {
      return p - pos;
    }
  }
}

/** nextContentLine for a caller that expects indent `col`, which most lines have: one comparison instead of a loop. */
function lineIndent(col: number): number {
  if (pos === knownLine) return knownIndent;
  const at = pos + col;
  if (at < len && col < INDENTS.length && (col === 0 || src.startsWith(INDENTS[col]!, pos))) {
    const c = src.charCodeAt(at);
    if (c !== SPACE && c !== NEWLINE && c !== HASH) return col;
  }
  return nextContentLine();
}

/** After a node on a line: only spaces and a comment may follow. Moves pos to the next line. */
function finishLine(p: number): void {
  const start = p;
  p = skipSpaces(p);
  if (p >= len) {
    pos = len;
    return;
  }
  const c = src.charCodeAt(p);
  if (c === NEWLINE) {
    pos = p + 1;
  } else if (c === HASH && (p > start || src.charCodeAt(p - 1) === SPACE)) {
    const end = src.indexOf('\n', p);
    pos = end === -1 ? len : end + 1;
  } else {
    decline();
  }
}

/** A space, a line end or the end of the text: what must follow `-` and `:` indicators in block context. */
function blankAt(p: number): boolean {
  if (p >= len) return true;
  const c = src.charCodeAt(p);
  return c === SPACE || c === NEWLINE;
}

// Sticky regexes skip runs of ordinary characters natively: fast even before the JIT warms up,
// which matters because most runs of `plan` are short.
/** Simple keys only: a letter or `_`, then letters, digits, `_` and `-` (every schema key). */
const KEY = /[A-Za-z_][A-Za-z0-9_-]*/y;
const PLAIN_BLOCK_RUN = /[^\n:#]*/y;
const PLAIN_FLOW_RUN = /[^\n:#,[\]{}]*/y;
const DOUBLE_QUOTED_RUN = /[^"\\\n]*/y;
const SINGLE_QUOTED_RUN = /[^'\n]*/y;

/** Where `run` stops matching from `p`. */
function skipRun(run: RegExp, p: number): number {
  run.lastIndex = p;
  run.test(src);
  return run.lastIndex;
}

/**
 * Keys already checked, by a hash of their length, first two and last characters: the schema's keys
 * all land in different slots, so a hit costs one comparison.
 */
const keyCache: (string | undefined)[] = new Array(4096).fill(undefined);
/** The offset of the colon after the key readKey returned. */
let keyColon = 0;

/**
 * Keys come in the same order in every strategy: the key that followed each key last time (by the
 * slot of the earlier one), and its slot. A guess is checked against the text, so a wrong one costs
 * only the check.
 */
const nextKey: (string | undefined)[] = new Array(4096).fill(undefined);
const nextSlot = new Uint16Array(4096);
/** The slot of the key readKey returned last. */
let lastSlot = 0;

/**
 * The simple key at `p` if a colon follows it (keyColon is then its offset), or undefined. Keys the
 * core schema reads as null or bool, and `__proto__`, are not simple.
 */
function readKey(p: number): string | undefined {
  const guess = nextKey[lastSlot];
  if (guess !== undefined) {
    // Keys hold no colon: when the guess is followed by one, it is the key readKey would find.
    const colon = p + guess.length;
    if (colon < len && src.charCodeAt(colon) === COLON && src.startsWith(guess, p)) {
      keyColon = colon;
      lastSlot = nextSlot[lastSlot]!;
      return guess;
    }
  }
  const colon = src.indexOf(':', p);
  const length = colon - p;
  if (length <= 0 || length >= MAX_KEY) return undefined;
  keyColon = colon;
  // Reads p + 1 even for a one-character key: the colon.
  const slot = ((src.charCodeAt(p) * 61 + src.charCodeAt(p + 1)) * 41 + src.charCodeAt(colon - 1) + length * 1009) & 4095;
  let key = keyCache[slot];
  if (key === undefined || key.length !== length || !src.startsWith(key, p)) key = newKey(p, colon, slot);
  if (key !== undefined) {
    nextKey[lastSlot] = key;
    nextSlot[lastSlot] = slot;
    lastSlot = slot;
  }
  return key;
}

/** readKey for a key not in the cache. */
function newKey(p: number, colon: number, slot: number): string | undefined {
  KEY.lastIndex = p;
  if (!KEY.test(src) || KEY.lastIndex !== colon) return undefined;
  const key = src.slice(p, colon);
  if (resolvePlain(key) !== key || key === '__proto__') return undefined;
  keyCache[slot] = key;
  return key;
}

/**
 * Repeated keys, found without listing each mapping's keys: every mapping gets a number, larger
 * than those of the mappings around it, and each key slot remembers the last mapping that took a
 * key of that slot. A mapping may hold the key only when the slot names it, or names a mapping
 * opened since (one inside it): then the mapping itself is asked.
 */
const slotOwner = new Int32Array(4096);
let mappings = 0;

const hasOwn = (map: Record<string, unknown>, key: string): boolean => Object.prototype.hasOwnProperty.call(map, key);

function enter(): void {
  if (++depth > MAX_DEPTH) decline();
}

/** A block mapping whose keys sit at column `col`; the first key starts at `keyAt`. */
function parseBlockMap(col: number, keyAt: number): Record<string, unknown> {
  enter();
  const map: Record<string, unknown> = {};
  const id = ++mappings;
  for (;;) {
    const key = readKey(keyAt);
    if (key === undefined) decline();
    // A repeated key (see slotOwner).
    if (slotOwner[lastSlot]! >= id && hasOwn(map, key)) decline();
    slotOwner[lastSlot] = id;
    const p = keyColon + 1;
    // Most entries are `key: words`: the short road, else the general one.
    let value = p + 1 < len && src.charCodeAt(p) === SPACE ? oneLinePlain(col, p + 1) : NOT_ONE_LINE;
    if (value === NOT_ONE_LINE) value = parseMapValue(col, p);
    map[key] = value;
    const indent = lineIndent(col);
    if (indent < col) break;
    if (indent > col) decline();
    keyAt = pos + col;
  }
  depth--;
  return map;
}

/** The value after `key:` (p just after the colon), for a mapping at column `col`. */
function parseMapValue(col: number, p: number): unknown {
  if (p < len && src.charCodeAt(p) === SPACE) {
    const q = skipSpaces(p + 1);
    if (q < len) {
      const c = src.charCodeAt(q);
      if (c !== NEWLINE && c !== HASH) return parseInlineValue(col, q);
    }
  } else if (!blankAt(p)) {
    decline();
  }
  finishLine(p);
  return parseNodeBelow(col, true);
}

/**
 * A node on the lines below an indicator with nothing after it: a more indented mapping, sequence or
 * flow collection, a sequence at the same column as a mapping's keys, or else null.
 */
function parseNodeBelow(col: number, inMap: boolean): unknown {
  const indent = nextContentLine();
  if (indent === -1) return null;
  const at = pos + indent;
  const c = src.charCodeAt(at);
  const isDash = c === DASH && blankAt(at + 1);
  if (indent > col) {
    if (isDash) return parseBlockSeq(indent, at);
    if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      const value = c === OPEN_BRACKET ? parseFlowSeq(col, at) : parseFlowMap(col, at);
      finishLine(pos);
      return value;
    }
    return parseBlockMap(indent, at);
  }
  if (indent === col && inMap && isDash) return parseBlockSeq(col, at);
  return null;
}

/** A block sequence whose dashes sit at column `col`; the first dash is at `dashAt`. */
function parseBlockSeq(col: number, dashAt: number): unknown[] {
  enter();
  const list: unknown[] = [];
  for (;;) {
    const p = skipSpaces(dashAt + 1);
    const c = p < len ? src.charCodeAt(p) : NEWLINE;
    if (c !== NEWLINE && c !== HASH) {
      // A one-line plain item has no colon, so it is not a compact mapping.
      const value = oneLinePlain(col, p);
      list.push(value !== NOT_ONE_LINE ? value : parseSeqItem(col, col + p - dashAt, p));
    } else {
      finishLine(dashAt + 1);
      list.push(parseNodeBelow(col, false));
    }
    const indent = lineIndent(col);
    if (indent < col) break;
    if (indent > col) decline();
    dashAt = pos + col;
    // A key at the dashes' column belongs to the parent mapping (which checks it is at its column).
    if (src.charCodeAt(dashAt) !== DASH || !blankAt(dashAt + 1)) break;
  }
  depth--;
  return list;
}

/** An item written on its dash's line, starting at `p` (column `itemCol`): a compact mapping or sequence, or a value. */
function parseSeqItem(dashCol: number, itemCol: number, p: number): unknown {
  const c = src.charCodeAt(p);
  if (c === DASH && blankAt(p + 1)) return parseBlockSeq(itemCol, p);
  const before = lastSlot;
  if (readKey(p) !== undefined && blankAt(keyColon + 1)) {
    lastSlot = before; // parseBlockMap reads the same key again: let it be guessed
    return parseBlockMap(itemCol, p);
  }
  return parseInlineValue(dashCol, p);
}

/**
 * A scalar or flow collection starting at `p` on a line; its continuation lines must be indented
 * more than `col`. Leaves pos at the start of the next line.
 */
function parseInlineValue(col: number, p: number): unknown {
  let value: unknown;
  switch (src.charCodeAt(p)) {
    case DOUBLE_QUOTE:
      value = parseDoubleQuoted(col, p);
      break;
    case SINGLE_QUOTE:
      value = parseSingleQuoted(col, p);
      break;
    case OPEN_BRACKET:
      value = parseFlowSeq(col, p);
      break;
    case OPEN_BRACE:
      value = parseFlowMap(col, p);
      break;
    case 62: // >
    case 124: // |
      return parseBlockScalar(col, p);
    case DASH:
      if (blankAt(p + 1)) decline(); // `key: - x`
      return parsePlainBlock(col, p);
    default:
      if (isIndicator(src.charCodeAt(p))) decline();
      return parsePlainBlock(col, p);
  }
  finishLine(pos);
  return value;
}

/** Characters that cannot start a plain scalar here (or could, but mean something we leave to `yaml`). */
function isIndicator(c: number): boolean {
  switch (c) {
    case 33: // ! tag
    case 37: // % directive
    case 38: // & anchor
    case 42: // * alias
    case 63: // ? complex key
    case 64: // @ reserved
    case 96: // ` reserved
    case 62: // >
    case 124: // |
    case HASH:
    case COLON:
    case COMMA:
    case DASH:
    case DOUBLE_QUOTE:
    case SINGLE_QUOTE:
    case OPEN_BRACKET:
    case CLOSE_BRACKET:
    case OPEN_BRACE:
    case CLOSE_BRACE:
      return true;
    default:
      return false;
  }
}

/** Offset just past the last non-space before `p` (a scalar's text never starts with a space). */
function trimEnd(p: number): number {
  while (src.charCodeAt(p - 1) === SPACE) p--;
  return p;
}

/** Where the plain text of a line ends in block context (trailing spaces excluded); sets `lineComment`. */
let lineComment = false;
function plainLineEnd(p: number): number {
  for (;;) {
    p = skipRun(PLAIN_BLOCK_RUN, p);
    const c = p < len ? src.charCodeAt(p) : NEWLINE;
    if (c === COLON) {
      // `: ` would start a mapping inside the value, an error `yaml` reports.
      if (blankAt(p + 1)) decline();
    } else if (c === HASH) {
      if (src.charCodeAt(p - 1) === SPACE) break;
    } else {
      lineComment = false;
      return trimEnd(p);
    }
    p++;
  }
  lineComment = true;
  return trimEnd(p);
}

const NOT_ONE_LINE = Symbol('not one line');

/**
 * The short road for the most common value: a plain scalar that starts with a letter or digit, has
 * no `:` or `#` and ends its line, and whose next line is a content line that does not continue it
 * (indented `col` or less). Anything else gives NOT_ONE_LINE, before moving pos, and takes the
 * general road (parsePlainBlock and the rest), which reads such a value the same way.
 */
function oneLinePlain(col: number, p: number): unknown {
  const c = src.charCodeAt(p);
  if (c < 128 && WORD_START[c] === 0) return NOT_ONE_LINE;
  PLAIN_BLOCK_RUN.lastIndex = p;
  PLAIN_BLOCK_RUN.test(src);
  const eol = PLAIN_BLOCK_RUN.lastIndex;
  let next = len;
  if (eol < len) {
    if (src.charCodeAt(eol) !== NEWLINE) return NOT_ONE_LINE;
    next = eol + 1;
    let q = next + col;
    // Most next lines are indented `col`: one comparison instead of a loop over the spaces.
    let d = q < len ? src.charCodeAt(q) : NEWLINE;
    if (d === SPACE || !(q < len && col < INDENTS.length && (col === 0 || src.startsWith(INDENTS[col]!, next)))) {
      q = next;
      while (q < len && src.charCodeAt(q) === SPACE) q++;
      if (q < len) d = src.charCodeAt(q);
    }
    if (q >= len) {
      if (q > next) return NOT_ONE_LINE; // spaces at the very end: the general road
    } else {
      if (q - next > col || d === NEWLINE || d === HASH) return NOT_ONE_LINE;
      knownLine = next;
      knownIndent = q - next;
    }
  }
  pos = next;
  let end = eol;
  while (src.charCodeAt(end - 1) === SPACE) end--;
  const text = src.slice(p, end);
  return c < 128 && MAY_RESOLVE[c] === 1 ? resolvePlain(text) : text;
}

/** A plain scalar in block context, maybe folded over more indented lines. */
function parsePlainBlock(col: number, start: number): unknown {
  let end = plainLineEnd(start);
  let text = src.slice(start, end);
  finishLine(end);
  while (!lineComment) {
    // The next non-blank line continues the scalar if it is indented more than `col`.
    let lineStart = pos;
    let breaks = 0;
    let p = skipSpaces(lineStart);
    while (p < len && src.charCodeAt(p) === NEWLINE) {
      breaks++;
      lineStart = p + 1;
      p = skipSpaces(lineStart);
    }
    if (p >= len || p - lineStart <= col || src.charCodeAt(p) === HASH) break;
    if (isIndicator(src.charCodeAt(p))) decline();
    end = plainLineEnd(p);
    text += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + src.slice(p, end);
    finishLine(end);
  }
  // A folded scalar holds a space or a line break: it always resolves to itself.
  return resolvePlain(text);
}

const ESCAPES: Record<number, string> = {
  48: '\0', 97: '\x07', 98: '\b', 101: '\x1b', 102: '\f', 110: '\n', 114: '\r', 116: '\t', 118: '\v',
  78: '\u0085', 95: '\u00a0', 76: '\u2028', 80: '\u2029', 32: ' ', 34: '"', 47: '/', 92: '\\',
};

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * Inside a quoted scalar at a line break (p at the `\n`): the folded text (a space, or one `\n` per
 * blank line) and pos at the next line's first character, which must be indented more than `col`.
 */
function foldQuotedBreak(col: number, p: number): string {
  let breaks = 0;
  for (;;) {
    const lineStart = p + 1;
    p = skipSpaces(lineStart);
    if (p >= len || (src.charCodeAt(p) !== NEWLINE && p - lineStart <= col)) decline();
    if (src.charCodeAt(p) === NEWLINE) {
      breaks++;
      continue;
    }
    pos = p;
    return breaks === 0 ? ' ' : '\n'.repeat(breaks);
  }
}

/** Offset just past the text of a quoted line that ends at `p`, without its trailing spaces. */
function trimEndFrom(from: number, p: number): number {
  while (p > from && src.charCodeAt(p - 1) === SPACE) p--;
  return p;
}

/** A double-quoted scalar (`"` at `start`); pos just past the closing quote. Mirrors yaml's doubleQuotedValue. */
function parseDoubleQuoted(col: number, start: number): string {
  let out = '';
  let from = start + 1;
  for (;;) {
    const p = skipRun(DOUBLE_QUOTED_RUN, from);
    if (p >= len) decline();
    const c = src.charCodeAt(p);
    if (c === DOUBLE_QUOTE) {
      pos = p + 1;
      return out + src.slice(from, p);
    }
    if (c === NEWLINE) {
      out += src.slice(from, trimEndFrom(from, p)) + foldQuotedBreak(col, p);
      from = pos;
    } else if (c === BACKSLASH) {
      const e = p + 1 < len ? src.charCodeAt(p + 1) : NEWLINE;
      let escaped = ESCAPES[e];
      let next = p + 2;
      if (escaped === undefined) {
        // \xHH and \uHHHH; \U and escaped line breaks are left to `yaml`.
        if (e !== 120 && e !== 117) decline();
        next += e === 120 ? 2 : 4;
        if (next > len) decline();
        for (let i = p + 2; i < next; i++) if (!isHex(src.charCodeAt(i))) decline();
        escaped = String.fromCodePoint(parseInt(src.slice(p + 2, next), 16));
      }
      out += src.slice(from, p) + escaped;
      from = next;
    } else {
      decline(); // cannot happen: the run stops only at these three
    }
  }
}

/** A single-quoted scalar (`'` at `start`); pos just past the closing quote. */
function parseSingleQuoted(col: number, start: number): string {
  let out = '';
  let from = start + 1;
  for (;;) {
    const p = skipRun(SINGLE_QUOTED_RUN, from);
    if (p >= len) decline();
    const c = src.charCodeAt(p);
    if (c === SINGLE_QUOTE) {
      if (p + 1 >= len || src.charCodeAt(p + 1) !== SINGLE_QUOTE) {
        pos = p + 1;
        return out + src.slice(from, p);
      }
      out += src.slice(from, p + 1);
      from = p + 2;
    } else if (c === NEWLINE) {
      out += src.slice(from, trimEndFrom(from, p)) + foldQuotedBreak(col, p);
      from = pos;
    } else {
      decline();
    }
  }
}

/**
 * A `>` or `|` block scalar with clip or strip (`-`) chomping and no indentation indicator. Its
 * indentation is that of its first line, which must follow the header directly; blank lines with
 * more spaces than that, and more indented lines in a folded scalar, are declined (their rules are subtle).
 */
function parseBlockScalar(col: number, p: number): string {
  const folded = src.charCodeAt(p) === 62;
  let q = p + 1;
  const strip = q < len && src.charCodeAt(q) === DASH;
  if (strip) q++;
  if (!blankAt(q)) decline(); // keep chomping, indentation indicators
  finishLine(q);
  let value = '';
  let indent = -1;
  let blankLines = 0;
  while (pos < len) {
    const r = skipSpaces(pos);
    if (r >= len || src.charCodeAt(r) === NEWLINE) {
      if (indent === -1 || r - pos > indent) decline();
      blankLines++;
      pos = r + 1;
      continue;
    }
    if (indent === -1) {
      indent = r - pos;
      if (indent <= col) decline(); // an empty block scalar
    } else if (r - pos < indent) {
      break;
    } else if (folded && r - pos > indent) {
      decline();
    } else {
      value += folded ? (blankLines === 0 ? ' ' : '\n'.repeat(blankLines)) : '\n'.repeat(blankLines + 1);
    }
    const eol = src.indexOf('\n', r);
    const end = eol === -1 ? len : eol;
    value += src.slice(pos + indent, end);
    blankLines = 0;
    pos = eol === -1 ? len : eol + 1;
  }
  if (pos > len) pos = len;
  if (indent === -1) decline(); // an empty block scalar
  return strip ? value : value + '\n';
}

/** Skip spaces, line breaks and comments inside a flow collection (never to its end); lines must be indented more than `col`. */
function skipFlowSpace(col: number, p: number): number {
  for (;;) {
    if (p >= len) decline(); // an unclosed collection
    const c = src.charCodeAt(p);
    if (c === SPACE) {
      p++;
    } else if (c === NEWLINE) {
      const lineStart = p + 1;
      p = skipSpaces(lineStart);
      if (p < len && p - lineStart <= col) {
        const d = src.charCodeAt(p);
        if (d !== NEWLINE && d !== HASH) decline();
      }
    } else if (c === HASH) {
      // `yaml` refuses some comments at the start of a line in a flow mapping: decline them all.
      if (src.charCodeAt(p - 1) !== SPACE) decline();
      p = src.indexOf('\n', p);
      if (p === -1) decline();
    } else {
      return p;
    }
  }
}

/** A flow item at `p`: quoted, nested flow collection or plain; pos just past it. */
function parseFlowItem(col: number, p: number): unknown {
  const c = src.charCodeAt(p);
  if (c === DOUBLE_QUOTE) return parseDoubleQuoted(col, p);
  if (c === SINGLE_QUOTE) return parseSingleQuoted(col, p);
  if (c === OPEN_BRACKET) return parseFlowSeq(col, p);
  if (c === OPEN_BRACE) return parseFlowMap(col, p);
  if (isIndicator(c) && !(c === DASH && p + 1 < len && !isFlowBlank(src.charCodeAt(p + 1)))) decline();
  return parsePlainFlow(col, p);
}

function isFlowBlank(c: number): boolean {
  return c === SPACE || c === NEWLINE || c === COMMA || c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE;
}

/** A plain scalar inside a flow collection, maybe folded over lines; pos just past its text. */
function parsePlainFlow(col: number, start: number): unknown {
  let text = '';
  let from = start;
  let p = start;
  for (;;) {
    p = skipRun(PLAIN_FLOW_RUN, p);
    if (p >= len) decline(); // an unclosed collection
    const c = src.charCodeAt(p);
    if (c === COLON) {
      // `: ` ends a flow key; `a:b` is one scalar, as in `yaml`.
      if (p + 1 >= len || isFlowBlank(src.charCodeAt(p + 1))) break;
      p++;
    } else if (c === HASH) {
      if (src.charCodeAt(p - 1) === SPACE) break;
      p++;
    } else if (c === NEWLINE) {
      // Fold onto the next non-blank line unless it starts with a flow indicator or a comment.
      let breaks = 0;
      let lineStart = p + 1;
      let q = skipSpaces(lineStart);
      while (q < len && src.charCodeAt(q) === NEWLINE) {
        breaks++;
        lineStart = q + 1;
        q = skipSpaces(lineStart);
      }
      if (q >= len) decline();
      const d = src.charCodeAt(q);
      if (d === HASH || d === COMMA || d === CLOSE_BRACKET || d === CLOSE_BRACE || d === COLON) break;
      if (q - lineStart <= col || isIndicator(d)) decline();
      text += src.slice(from, trimEnd(p)) + (breaks === 0 ? ' ' : '\n'.repeat(breaks));
      from = p = q;
    } else {
      break; // a flow indicator or the end of the text
    }
  }
  const end = trimEnd(p);
  pos = end;
  return resolvePlain(text + src.slice(from, end));
}

/** A letter, a digit or any non-ASCII character: can only start a plain scalar. */
function startsWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 128;
}

/** The short road for a flow item that is a plain scalar on one line, ending at `,` or `]`; else parsePlainFlow. */
function flowWord(col: number, p: number): unknown {
  PLAIN_FLOW_RUN.lastIndex = p;
  PLAIN_FLOW_RUN.test(src);
  const end = PLAIN_FLOW_RUN.lastIndex;
  const d = end < len ? src.charCodeAt(end) : NEWLINE;
  if (d !== COMMA && d !== CLOSE_BRACKET) return parsePlainFlow(col, p);
  pos = end;
  const text = src.slice(p, trimEnd(end));
  const c = src.charCodeAt(p);
  return c < 128 && MAY_RESOLVE[c] === 1 ? resolvePlain(text) : text;
}

/** `[ ... ]` at `start`; pos just past the `]`. */
function parseFlowSeq(col: number, start: number): unknown[] {
  enter();
  const list: unknown[] = [];
  let p = skipFlowSpace(col, start + 1);
  if (src.charCodeAt(p) !== CLOSE_BRACKET) {
    for (;;) {
      const first = src.charCodeAt(p);
      list.push(first >= 128 || WORD_START[first] === 1 ? flowWord(col, p) : parseFlowItem(col, p));
      p = skipFlowSpace(col, pos);
      const c = src.charCodeAt(p);
      if (c === CLOSE_BRACKET) break;
      if (c !== COMMA) decline();
      p = afterFlowComma(col, p + 1);
      if (src.charCodeAt(p) === CLOSE_BRACKET) decline(); // a trailing comma
    }
  }
  pos = p + 1;
  depth--;
  return list;
}

/** skipFlowSpace after a comma, with a short road for the usual single space before a word. */
function afterFlowComma(col: number, p: number): number {
  if (p < len && src.charCodeAt(p) === SPACE) p++;
  if (p < len) {
    const c = src.charCodeAt(p);
    if (c >= 128 || WORD_START[c] === 1) return p;
  }
  return skipFlowSpace(col, p);
}

/** `{ key: value, ... }` at `start` with simple keys and a value for each; pos just past the `}`. */
function parseFlowMap(col: number, start: number): Record<string, unknown> {
  enter();
  const map: Record<string, unknown> = {};
  const id = ++mappings;
  let p = skipFlowSpace(col, start + 1);
  if (src.charCodeAt(p) !== CLOSE_BRACE) {
    for (;;) {
      const key = readKey(p);
      if (key === undefined) decline();
      if (slotOwner[lastSlot]! >= id && hasOwn(map, key)) decline();
      slotOwner[lastSlot] = id;
      if (keyColon + 1 >= len || src.charCodeAt(keyColon + 1) !== SPACE && src.charCodeAt(keyColon + 1) !== NEWLINE) decline();
      p = skipFlowSpace(col, keyColon + 1);
      const c = src.charCodeAt(p);
      if (c === COMMA || c === CLOSE_BRACE) decline(); // an empty value
      map[key] = parseFlowItem(col, p);
      p = skipFlowSpace(col, pos);
      const d = src.charCodeAt(p);
      if (d === CLOSE_BRACE) break;
      if (d !== COMMA) decline();
      p = afterFlowComma(col, p + 1);
      if (src.charCodeAt(p) === CLOSE_BRACE) decline();
    }
  }
  pos = p + 1;
  depth--;
  return map;
}
