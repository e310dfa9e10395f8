// The `yaml` library's errors in the user's words: one message per error code (and per variant
// of the few codes that cover several mistakes), the hint that fixes the usual cause, and the
// place a person should look (an over-indented line rather than the end of the line above it).
import { isMap, isScalar, isSeq, type Document, type ErrorCode } from 'yaml';
import type { Range } from '../diagnostics.js';
import type { Translate } from '../i18n/index.js';
import type { YamlKey } from '../i18n/yaml.js';

/** Rule ids of the codes that have their own; every other code is `yaml/syntax`. */
export const YAML_RULE_IDS: Partial<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: 'yaml/duplicate-key',
  TAB_AS_INDENT: 'yaml/tab',
  MULTIPLE_DOCS: 'yaml/multiple-documents',
  TAG_RESOLVE_FAILED: 'yaml/unknown-tag',
  RESOURCE_EXHAUSTION: 'yaml/too-deep',
};

/** Every error code of the `yaml` library, each with its message key (the type system checks that none is missing). */
export const YAML_CODE_KEYS: Record<ErrorCode, YamlKey> = {
  ALIAS_PROPS: 'code.ALIAS_PROPS',
  BAD_ALIAS: 'code.BAD_ALIAS',
  BAD_COLLECTION_TYPE: 'code.BAD_COLLECTION_TYPE',
  BAD_DIRECTIVE: 'code.BAD_DIRECTIVE',
  BAD_DQ_ESCAPE: 'code.BAD_DQ_ESCAPE',
  BAD_INDENT: 'code.BAD_INDENT',
  BAD_PROP_ORDER: 'code.BAD_PROP_ORDER',
  BAD_SCALAR_START: 'code.BAD_SCALAR_START',
  BLOCK_AS_IMPLICIT_KEY: 'code.BLOCK_AS_IMPLICIT_KEY',
  BLOCK_IN_FLOW: 'code.BLOCK_IN_FLOW',
  DUPLICATE_KEY: 'code.DUPLICATE_KEY',
  IMPOSSIBLE: 'code.IMPOSSIBLE',
  KEY_OVER_1024_CHARS: 'code.KEY_OVER_1024_CHARS',
  MISSING_CHAR: 'code.MISSING_CHAR',
  MULTILINE_IMPLICIT_KEY: 'code.MULTILINE_IMPLICIT_KEY',
  MULTIPLE_ANCHORS: 'code.MULTIPLE_ANCHORS',
  MULTIPLE_DOCS: 'code.MULTIPLE_DOCS',
  MULTIPLE_TAGS: 'code.MULTIPLE_TAGS',
  NON_STRING_KEY: 'code.NON_STRING_KEY',
  RESOURCE_EXHAUSTION: 'code.RESOURCE_EXHAUSTION',
  TAB_AS_INDENT: 'code.TAB_AS_INDENT',
  TAG_RESOLVE_FAILED: 'code.TAG_RESOLVE_FAILED',
  UNEXPECTED_TOKEN: 'code.UNEXPECTED_TOKEN',
};

export interface YamlProblem {
  code: ErrorCode;
  /** The library's English message: only used to tell variants of one code apart. */
  message: string;
}

export interface ExplainedProblem {
  message: string;
  /** Set when the place to look is not where the library stopped (an over-indented next line). */
  range?: Range;
}

/** A line of text as the user wrote it, found by number (1-based). */
export interface Lines {
  line(number: number): string | undefined;
  count: number;
}

const KEY_VALUE = /^(\s*(?:-\s+)?)([^\s#:'"][^:#]*?):[ \t]+(.*)$/;
const indentOf = (line: string) => /^[ ]*/.exec(line)![0].length;
const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');

/** What went wrong, the hint, and where to look, in the user's language. */
export function explainYamlProblem(problem: YamlProblem, range: Range, lines: Lines, t: Translate<YamlKey>, framed = true): ExplainedProblem {
  const text = lines.line(range.start.line) ?? '';
  // Framed: "YAML syntax error: … The rest of the file was not checked." (a strategy); else what and hint only.
  const say = (what: YamlKey, hint = '', params: Record<string, string | number> = {}, at?: Range): ExplainedProblem => ({
    message: framed ? t('frame', { what: t(what, params), hint }) : `${t(what, params)} ${hint}`.trim(),
    ...(at ? { range: at } : {}),
  });
  const hint = (key: YamlKey, params?: Record<string, string | number>) => t(key, params);
  const { code, message } = problem;

  // `- a` right under `version: 1`: a list where a section's keys are.
  const above = previousContentLine(lines, range.start.line);
  const amongKeys = above !== undefined && indentOf(above) === indentOf(text) && !/^\s*-(\s|$)/.test(above);
  if ((code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY' || code === 'UNEXPECTED_TOKEN') && /^\s*-(\s|$)/.test(text) && amongKeys) {
    return say('code.listInMap', hint('hint.indentList'));
  }
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      // `"multi` then ` line": 1`: a quoted key that runs over two lines.
      if (code === 'MULTILINE_IMPLICIT_KEY' && /^\s*["']/.test(text) && !/:[ \t]/.test(text)) return say('code.quotedKey', hint('hint.oneLineKey'));
      // `description: Pain: frais`: a value holding `: ` reads as a nested key.
      const pair = KEY_VALUE.exec(text);
      if (pair && /:[ \t]/.test(pair[3]!) && !/^["'[{|>]/.test(pair[3]!)) {
        // The caret goes under the `:` that YAML took for a key's.
        const colon = text.length - pair[3]!.length + pair[3]!.search(/:[ \t]/) + 1;
        const at = { start: { line: range.start.line, col: colon }, end: { line: range.start.line, col: colon + 1 } };
        return say(YAML_CODE_KEYS[code], hint('hint.quoteColon', { example: `${pair[2]}: "${shorten(pair[3]!.replace(/\s+#.*$/, '')).replace(/"/g, '\\"')}"` }), {}, at);
      }
      // `language: fr` then `   sector: food`: the next line is indented deeper than this one.
      const next = nextContentLine(lines, range.start.line);
      if (code === 'BLOCK_AS_IMPLICIT_KEY' && next && indentOf(next.text) > indentOf(text)) {
        const col = indentOf(next.text) + 1;
        const at = { start: { line: next.number, col }, end: { line: next.number, col } };
        return say('code.BAD_INDENT', hint('hint.align'), {}, at);
      }
      return say(YAML_CODE_KEYS[code], hint(code === 'MULTILINE_IMPLICIT_KEY' ? 'hint.addColon' : 'hint.generic'));
    }
    case 'BAD_INDENT':
      if (/mapping items/.test(message)) return say('code.BAD_INDENT.mapping', hint('hint.align'));
      if (/sequence items/.test(message)) return say('code.BAD_INDENT.sequence', hint('hint.align'));
      if (/^Flow /.test(message)) return say('code.BAD_INDENT.flow');
      return say('code.BAD_INDENT', hint('hint.align'));
    case 'TAB_AS_INDENT':
      return say('code.TAB_AS_INDENT', hint('hint.tab'));
    case 'MISSING_CHAR':
      if (/closing ("|')quote/.test(message)) return say('code.MISSING_CHAR.quote', hint('hint.closeQuote', { quote: /closing '/.test(message) ? "'" : '"' }));
      if (/followed by map values/.test(message)) return say('code.MISSING_CHAR.value', hint('hint.addColon'));
      if (/^Missing ,/.test(message)) return say('code.MISSING_CHAR.comma');
      if (/Missing space after :/.test(message)) return say('code.MISSING_CHAR.space', hint('hint.space'));
      if (/white ?space/.test(message)) return say('code.MISSING_CHAR.space');
      if (/without - indicator/.test(message)) return say('code.MISSING_CHAR.dash', hint('hint.align'));
      return say('code.MISSING_CHAR', hint('hint.generic'));
    case 'UNEXPECTED_TOKEN':
      // `team: 'l'équipe'`: the apostrophe closes the single quote.
      if (/:[ \t]*'[^']*'[^\s#,\]}]/.test(text)) return say('code.UNEXPECTED_TOKEN.apostrophe', hint('hint.apostrophe'));
      if (/^Unexpected , in/.test(message) && /,\s*,/.test(text)) return say('code.UNEXPECTED_TOKEN.comma', hint('hint.comma'));
      return say('code.UNEXPECTED_TOKEN', hint('hint.generic'));
    case 'BAD_SCALAR_START': {
      const char = /(\S)$/.exec(message)?.[1] ?? '@';
      return say('code.BAD_SCALAR_START', hint('hint.quoteValue', { char }), { char });
    }
    case 'BAD_DQ_ESCAPE':
      return say('code.BAD_DQ_ESCAPE', hint('hint.backslash'));
    case 'DUPLICATE_KEY':
      return say('code.DUPLICATE_KEY', hint('hint.duplicate'));
    case 'MULTIPLE_DOCS':
      return say('code.MULTIPLE_DOCS', hint('hint.oneDocument'));
    case 'BAD_ALIAS':
      return say('code.BAD_ALIAS', hint('hint.quoteValue', { char: /Anchor/.test(message) ? '&' : '*' }));
    default:
      return say(YAML_CODE_KEYS[code] ?? 'code.UNEXPECTED_TOKEN', hint('hint.generic'));
  }
}

function previousContentLine(lines: Lines, before: number): string | undefined {
  for (let n = before - 1; n >= 1 && n >= before - 50; n--) {
    const text = lines.line(n);
    if (text !== undefined && isContent(text)) return text;
  }
  return undefined;
}

function nextContentLine(lines: Lines, after: number): { number: number; text: string } | undefined {
  for (let n = after + 1; n <= lines.count && n <= after + 50; n++) {
    const text = lines.line(n);
    if (text !== undefined && isContent(text)) return { number: n, text };
  }
  return undefined;
}

function shorten(value: string): string {
  const trimmed = value.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 39)}…` : trimmed;
}

/** The longest excerpt shown; a longer line is cut around the column. */
export const EXCERPT_MAX = 100;

/**
 * The source line to show under a finding, cut around the column when it is long, with control
 * characters (terminal escapes from a hostile file) made visible as `�`, and tabs as a space.
 */
export function excerptOf(line: string, col: number): { text: string; col: number } {
  let start = 0;
  if (line.length > EXCERPT_MAX) start = Math.max(0, Math.min(col - 1 - EXCERPT_MAX / 2, line.length - EXCERPT_MAX));
  let text = line.slice(start, start + EXCERPT_MAX);
  let caret = Math.max(1, Math.min(col - start, text.length + 1));
  if (start > 0) {
    text = `…${text}`;
    caret += 1;
  }
  if (start + EXCERPT_MAX < line.length) text = `${text}…`;
  // eslint-disable-next-line no-control-regex
  return { text: text.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd').trimEnd(), col: caret };
}

/**
 * An unclosed quote or `[ ]` / `{ }` is reported where the parser gives up (the end of the file, or
 * the next key); the place to fix is where it opens: that offset, or undefined for other problems.
 */
export function whereUnclosedOpens(doc: Document, problem: YamlProblem & { pos: [number, number] }): number | undefined {
  const quote = problem.code === 'MISSING_CHAR' && /quote/.test(problem.message);
  const flow = problem.code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(problem.message);
  const sequence = /^Flow sequence/.test(problem.message);
  if (!quote && !flow) return undefined;
  const offset = problem.pos[0];
  const stack: unknown[] = [doc.contents];
  let best: number | undefined;
  // Iterative: a hostile file may nest deeper than the call stack.
  while (stack.length > 0) {
    const node = stack.pop();
    const r = (node as { range?: [number, number, number] } | null)?.range;
    const contains = r !== undefined && r[0] <= offset && r[1] >= offset;
    if (isScalar(node)) {
      if (quote && contains && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) best = Math.max(best ?? 0, r![0]);
    } else if (isSeq(node) || isMap(node)) {
      // The outermost: the parser reports the flow collection that sits in the block one, and the
      // items it could not close may read as flow maps inside it (`[jeunes` then `  name: X`).
      if (flow && contains && node.flow && (sequence ? isSeq(node) : isMap(node))) best = Math.min(best ?? Infinity, r![0]);
      if (isSeq(node)) for (const item of node.items) stack.push(item);
      else for (const pair of node.items) stack.push(pair.key, pair.value);
    }
  }
  return best;
}

/** Where to point for a problem: where an unclosed quote or collection opens, else where the parser says. */
export function placeOf(doc: Document, problem: YamlProblem & { pos: [number, number] }): [number, number] {
  const open = whereUnclosedOpens(doc, problem);
  return open !== undefined ? [open, open + 1] : [problem.pos[0], problem.pos[1]];
}

/**
 * The errors in the order to report them: by position, except that an unclosed `[ ]` or `{ }`
 * comes before the errors inside it, which it causes (`organization: [bar` above indented keys
 * makes the parser complain of those keys first). Only the first syntax error is shown.
 */
export function causesFirst<P extends YamlProblem & { pos: [number, number] }>(doc: Document, problems: readonly P[]): P[] {
  const sorted = [...problems].sort((a, b) => a.pos[0] - b.pos[0]);
  const unclosed = sorted.find((p) => p.code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(p.message));
  const opens = unclosed && whereUnclosedOpens(doc, unclosed);
  if (!unclosed || opens === undefined) return sorted;
  const caused = (p: P) => p !== unclosed && p.pos[0] >= opens && p.pos[0] <= unclosed.pos[0] && p.code !== 'DUPLICATE_KEY' && p.code !== 'TAB_AS_INDENT';
  return [unclosed, ...sorted.filter((p) => p !== unclosed && !caused(p)), ...sorted.filter(caused)];
}
