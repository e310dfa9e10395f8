// The one Markdown escaper, for every Markdown `plan` writes: the brief, the calendar, the
// `--format markdown` report and the GitHub job summary. User text comes out as the same text once
// rendered (CommonMark + GFM, as GitHub renders it): never a heading, a list, a link, an image,
// an autolink, raw HTML or an extra table column; a code span in a message stays a code span.

/** Control characters other than tab and newline, and the Unicode line/paragraph separators. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Collapse any run of ASCII whitespace (newlines included) into one space and trim: one value, one
 * line. No-break spaces are kept: French typography puts them before colons and inside « ».
 */
export function oneLine(value: unknown): string {
  return String(value ?? '')
    .replace(CONTROL, ' ')
    .replace(/[ \t\n\r\f\v]+/g, ' ')
    .replace(/^ | $/g, '');
}

// Characters that can start or end Markdown syntax anywhere in a line (CommonMark + GFM):
// emphasis, code, links, images, raw HTML, autolinks, tables, strikethrough, math ($ on GitHub).
const MD_INLINE = /[\\`*_[\]<>|~$]/g;
// What only matters at the start of a line, and only in these shapes, so "#pub", "-5 %" or "5.5"
// stay unescaped: an ATX heading ("# x"), a bullet or a thematic break ("- x", "+ x", "---"), a
// setext underline ("==="), an ordered list item ("1. x"). (`>` and `*` are escaped everywhere.)
const MD_LINE_START = /^(#{1,6}(?=[ \t]|$)|[-+](?=[ \t]|$|-)|=+[ \t]*$)/;
const MD_ORDERED = /^(\d{1,9})([.)])(?=[ \t]|$)/;
// A run of `#` after a space at the end of a heading is its closing sequence, which CommonMark
// drops ("## Donors #" shows "Donors"): escaped, it stays text. Harmless anywhere else.
const MD_CLOSING_HASHES = /(^|[ \t])(#+)(?=[ \t]*$)/;

/**
 * Inline Markdown text that is safe everywhere `plan` puts it: a paragraph, a list item, a heading
 * or a table cell. Newlines become spaces (a value never starts a new block), pipes are escaped (a
 * value never adds a table column), and every character that could open emphasis, code, a link,
 * an autolink or raw HTML is backslash-escaped, so `<script>` and `[x](javascript:...)` stay text.
 */
export function escapeMarkdown(value: unknown): string {
  return escapeMarkdownPiece(oneLine(value), true, true);
}

/**
 * The same escaping for a piece of a longer line (its spaces kept, as the pieces are joined):
 * `lineStart` says whether the piece begins the line, where `#`, `-` or `1.` would mean something;
 * `lineEnd` whether it ends it, where a trailing `#` would close a heading.
 */
export function escapeMarkdownPiece(value: string, lineStart: boolean, lineEnd = false): string {
  let text = value
    .replace(CONTROL, ' ')
    .replace(/[ \t\n\r\f\v]+/g, ' ')
    .replace(MD_INLINE, (c) => `\\${c}`);
  // A character reference (&lt; &#60;) would be decoded; escape its ampersand so it prints as typed.
  text = text.replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  // GitHub turns bare addresses into links (GFM autolink literals): a pasted URL, `www.` or an
  // e-mail address in user text stays text.
  text = text.replace(/:\/\//g, '\\://').replace(/\b(www)\./gi, '$1\\.').replace(/@/g, '\\@');
  if (lineStart) text = text.replace(MD_LINE_START, (m) => `\\${m}`).replace(MD_ORDERED, '$1\\$2');
  if (lineEnd) text = text.replace(MD_CLOSING_HASHES, (_, space: string, hashes: string) => space + hashes.replace(/#/g, '\\#'));
  return text;
}

/** A code span holding exactly `code`, whatever backticks it contains (CommonMark 6.1). */
export function codeSpan(code: string, options: { table?: boolean } = {}): string {
  let longest = 0;
  for (const run of code.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  // A space on each side when the code starts or ends with a backtick (or a space, which one
  // pair of spaces would otherwise eat): CommonMark strips exactly one from each side.
  const pad = /^[` ]|[` ]$/.test(code) ? ' ' : '';
  // In a GFM table, a pipe ends the cell even inside code; `\|` is the table's own escape.
  const body = options.table ? code.replace(/\|/g, '\\|') : code;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * A message whose code spans stay code spans (found as CommonMark finds them: a run of backticks
 * up to the next run of the same length), everything else escaped: one safe line of Markdown.
 * Messages quote user values with codeSpan's fences (src/i18n/index.ts), so a key holding a
 * backtick stays inside its span. `table` when the line is a table cell.
 */
export function markdownWithCode(message: string, options: { table?: boolean } = {}): string {
  const text = oneLine(message);
  const pieces: string[] = [];
  let plain = '';
  let i = 0;
  const flush = (end: boolean) => {
    if (plain) pieces.push(escapeMarkdownPiece(plain, pieces.length === 0, end));
    plain = '';
  };
  while (i < text.length) {
    if (text[i] !== '`') {
      const next = text.indexOf('`', i);
      const stop = next < 0 ? text.length : next;
      plain += text.slice(i, stop);
      i = stop;
      continue;
    }
    let runEnd = i;
    while (text[runEnd] === '`') runEnd++;
    const size = runEnd - i;
    const close = closingRun(text, runEnd, size);
    if (close < 0) {
      plain += text.slice(i, runEnd);
      i = runEnd;
      continue;
    }
    let code = text.slice(runEnd, close);
    if (code.length > 1 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
    if (code.trim() !== '') {
      flush(false);
      pieces.push(codeSpan(code, options));
    }
    i = close + size;
  }
  flush(true);
  return pieces.join('');
}

/** Where the next run of exactly `size` backticks starts at or after `from`, or -1. */
function closingRun(text: string, from: number, size: number): number {
  let at = text.indexOf('`', from);
  while (at >= 0) {
    let end = at;
    while (text[end] === '`') end++;
    if (end - at === size) return at;
    at = text.indexOf('`', end);
  }
  return -1;
}
