// A post file's text to a Post: the YAML front matter between two `---` lines, the body, and the
// platform variants (`::: x` … `:::`) at the end. Pure and never throwing: every problem with the
// file's structure is a positioned finding, and every TextSpan keeps its exact offset in the text,
// so a finding on a character anywhere in the post lands on the right line and column.
import type { Document, LineCounter } from 'yaml';
import type { Finding, PathSegment, Range } from '../diagnostics.js';
import { translator, type Lang, type Translate } from '../i18n/index.js';
import { coreCatalog } from '../i18n/core.js';
import { postsCatalog, type PostsKey } from '../i18n/posts.js';
import { fileFinding } from '../strategy/decode.js';
import { LineIndex, parseStrategyText } from '../strategy/load.js';
import { locate, type Anchor } from '../strategy/positions.js';
import { excerptOf } from '../strategy/yaml-errors.js';
import type { Post, PostMeta, PostVariant, TextSpan } from './types.js';

/** The rule id of every problem with the post file's own structure (front matter, variants). */
export const POST_SYNTAX_RULE = 'posts/syntax';

export interface FrontMatter {
  /** The YAML between the `---` lines; it always starts at line 2, column 1. */
  span: TextSpan;
  doc: Document;
  lineCounter: LineCounter;
  /** The front matter's data as written (the schema checks it), undefined when it is not YAML. */
  data: unknown;
}

export interface ParsedPost {
  post: Post;
  /** Undefined when the file has no (closed) front matter. */
  frontMatter?: FrontMatter;
  /** Problems of the file itself: structure, YAML syntax of the front matter. */
  findings: Finding[];
  /** Structure problems past MAX_SYNTAX_FINDINGS, only counted (a file of 250,000 stray `:::`). */
  omitted: number;
  lines: LineIndex;
}

/** More than a report shows (validate shows 100 a file): the rest are counted, not built. */
export const MAX_SYNTAX_FINDINGS = 200;

const OPEN = /^:::[ \t]*([^\s:]\S*)[ \t]*$/;
const CLOSE = /^:::[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Text to post. A UTF-8 BOM is dropped and CRLF / CR line ends become LF (lines and columns stay
 * those an editor shows, since a CR only ever ends a line).
 */
export function parsePost(source: string, file: string, lang: Lang = 'en'): ParsedPost {
  const text = normalize(source);
  const lines = new LineIndex(text);
  const t = translator(postsCatalog, lang);
  const findings: Finding[] = [];
  let omitted = 0;
  const problem = (key: PostsKey, from: number, to: number, params?: Record<string, string>) => {
    if (findings.length >= MAX_SYNTAX_FINDINGS) {
      omitted++;
      return;
    }
    const range = lines.range(from, to);
    const line = lines.line(range.start.line) ?? '';
    findings.push({ ...fileFinding(file, POST_SYNTAX_RULE, t(key, params), range), excerpt: excerptOf(line, range.start.col) });
  };
  const finish = (meta: PostMeta, bodyFrom: number, frontMatter?: FrontMatter): ParsedPost => {
    const { body, variants } = splitBody(text, bodyFrom, problem);
    return { post: { file, text, meta, body, variants }, ...(frontMatter ? { frontMatter } : {}), findings, omitted, lines };
  };

  if (!/\S/.test(text)) {
    problem('syntax.empty', 0, 0);
    return finish({}, text.length);
  }
  const firstEnd = lineEnd(text, 0);
  if (text.slice(0, firstEnd).trimEnd() !== '---') {
    problem('syntax.noFrontMatter', 0, 0);
    return finish({}, 0);
  }
  const yamlFrom = Math.min(firstEnd + 1, text.length);
  let close = -1;
  for (let at = yamlFrom; at < text.length; at = lineEnd(text, at) + 1) {
    if (text.slice(at, lineEnd(text, at)).trimEnd() === '---') {
      close = at;
      break;
    }
  }
  if (close < 0) {
    problem('syntax.unclosedFrontMatter', 0, 3);
    return finish({}, text.length);
  }

  const span: TextSpan = { text: text.slice(yamlFrom, close), offset: yamlFrom };
  const parsed = parseStrategyText(span.text, file, translator(coreCatalog, lang), lang);
  // The front matter starts at line 2, column 1: its positions are the file's, one line down.
  for (const finding of parsed.findings) {
    if (finding.ruleId === 'yaml/empty') continue;
    findings.push({ ...finding, range: shiftLines(finding.range, 1) });
  }
  const empty = parsed.findings.some((f) => f.ruleId === 'yaml/empty');
  const data = empty ? {} : parsed.data;
  let meta: PostMeta = {};
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) meta = data as PostMeta;
  else if (data !== undefined) problem('syntax.frontMatterNotMap', yamlFrom, yamlFrom, { actual: describe(data, t) });
  const frontMatter: FrontMatter = { span, doc: parsed.doc, lineCounter: parsed.lineCounter, data };
  return finish(meta, Math.min(lineEnd(text, close) + 1, text.length), frontMatter);
}

/** The range of a front matter field (`path` as a rule's hit gives it), in the file. */
export function rangeOfField(parsed: ParsedPost, path: readonly PathSegment[], anchor: Anchor = 'value'): Range {
  const fm = parsed.frontMatter;
  if (!fm) return parsed.lines.range(0, 0);
  return shiftLines(locate(fm.doc, fm.lineCounter, fm.span.text, path, anchor), 1);
}

/** The range of `length` code units at `offset` of the file's text (at least one character wide). */
export function rangeOfText(parsed: ParsedPost, offset: number, length = 1): Range {
  return parsed.lines.range(offset, offset + Math.max(length, 1));
}

function normalize(source: string): string {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function shiftLines(range: Range, by: number): Range {
  return { start: { line: range.start.line + by, col: range.start.col }, end: { line: range.end.line + by, col: range.end.col } };
}

function describe(value: unknown, t: Translate<PostsKey>): string {
  if (Array.isArray(value)) return t('syntax.actual.list');
  if (value === null) return t('syntax.actual.null');
  return t('syntax.actual.scalar', { value: JSON.stringify(value) });
}

/** The span of text[from, to) without its leading blank lines and trailing white space. */
function trimmed(text: string, from: number, to: number): TextSpan {
  let start = from;
  for (let end = lineEnd(text, start); end < to && text.slice(start, end).trim() === ''; end = lineEnd(text, start)) start = end + 1;
  let stop = Math.max(start, to);
  while (stop > start && /\s/.test(text[stop - 1]!)) stop--;
  if (start >= stop) return { text: '', offset: Math.min(from, to) };
  return { text: text.slice(start, stop), offset: start };
}

type Problem = (key: PostsKey, from: number, to: number, params?: Record<string, string>) => void;

/**
 * The body and the variants after it. Markers inside a fenced code block are text; a `:::` line
 * out of place, a variant never closed, or text after the variants is reported where it is.
 */
function splitBody(text: string, from: number, problem: Problem): { body: TextSpan; variants: PostVariant[] } {
  const variants: PostVariant[] = [];
  let bodyEnd = text.length;
  // `bad`: a marker that could not be read (already reported); its block is skipped up to its `:::`.
  let open: { platform: string; marker: TextSpan; from: number; bad?: boolean } | undefined;
  let afterVariants = false;
  let strayText = false;
  let fence: string | undefined;
  const seen = new Set<string>();
  const end = (at: number) => {
    const { platform, marker, bad } = open!;
    if (bad) {
      open = undefined;
      return;
    }
    const body = trimmed(text, open!.from, at);
    if (seen.has(platform)) problem('syntax.duplicateVariant', marker.offset, marker.offset + marker.text.length, { platform });
    else if (body.text === '') problem('syntax.emptyVariant', marker.offset, marker.offset + marker.text.length, { platform });
    seen.add(platform);
    variants.push({ platform, body: body.text === '' ? { text: '', offset: at } : body, marker });
    open = undefined;
  };
  for (let at = from; at < text.length; at = lineEnd(text, at) + 1) {
    const line = text.slice(at, lineEnd(text, at));
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && line.trim() === fenceMark) fence = undefined;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      if (afterVariants && !open && !strayText) {
        strayText = true;
        problem('syntax.textAfterVariant', at, at + line.length);
      }
      continue;
    }
    if (!line.startsWith(':::')) {
      if (afterVariants && !open && !strayText && line.trim() !== '') {
        strayText = true;
        problem('syntax.textAfterVariant', at, at + line.length);
      }
      continue;
    }
    if (CLOSE.test(line)) {
      if (open) end(at);
      else problem('syntax.strayClose', at, at + line.length);
      continue;
    }
    const platform = OPEN.exec(line)?.[1];
    if (open) {
      if (!open.bad) problem('syntax.unclosedVariant', open.marker.offset, open.marker.offset + open.marker.text.length, { platform: open.platform });
      end(at);
    }
    if (platform === undefined) problem('syntax.badMarker', at, at + line.length);
    if (!afterVariants) bodyEnd = at;
    afterVariants = true;
    open = { platform: platform ?? '', marker: { text: line, offset: at }, from: Math.min(lineEnd(text, at) + 1, text.length), ...(platform === undefined ? { bad: true } : {}) };
  }
  if (open) {
    if (!open.bad) problem('syntax.unclosedVariant', open.marker.offset, open.marker.offset + open.marker.text.length, { platform: open.platform });
    end(text.length);
  }
  return { body: trimmed(text, from, bodyEnd), variants };
}
