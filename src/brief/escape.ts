// The one place that makes user text safe for each output of the brief. Every value taken from a
// strategy goes through one of these before it reaches a template's output; templates get them
// as Eta's escape function (`<%= %>`), so forgetting to escape takes a deliberate `<%~ %>`.

/** Control characters other than tab and newline, and the Unicode line/paragraph separators. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g;

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

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML or SVG content and attribute values (quoted). Newlines are kept: CSS decides. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(CONTROL, ' ')
    .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

// Characters that can start or end Markdown syntax anywhere in a line (CommonMark + GFM):
// emphasis, code, links, images, raw HTML, autolinks, tables, strikethrough, math ($ on GitHub).
const MD_INLINE = /[\\`*_[\]<>|~$]/g;
// What only matters at the start of a line, and only in these shapes, so "#pub", "-5 %" or "5.5"
// stay unescaped: an ATX heading ("# x"), a bullet or a thematic break ("- x", "+ x", "---"), a
// setext underline ("==="), an ordered list item ("1. x"). (`>` and `*` are escaped everywhere.)
const MD_LINE_START = /^(#{1,6}(?=[ \t]|$)|[-+](?=[ \t]|$|-)|=+[ \t]*$)/;
const MD_ORDERED = /^(\d{1,9})([.)])(?=[ \t]|$)/;

/**
 * Inline Markdown text that is safe everywhere the brief puts it: a paragraph, a list item, a
 * heading or a table cell. Newlines become spaces (a value never starts a new block), pipes are
 * escaped (a value never adds a table column), and every character that could open emphasis,
 * code, a link or raw HTML is backslash-escaped, so `<script>` and `[x](javascript:...)` stay text.
 */
export function escapeMarkdown(value: unknown): string {
  return escapeMarkdownPiece(oneLine(value), true);
}

/**
 * The same escaping for a piece of a longer line (its spaces kept, as the pieces are joined):
 * `lineStart` says whether the piece begins the line, where `#`, `-` or `1.` would mean something.
 */
export function escapeMarkdownPiece(value: string, lineStart: boolean): string {
  let text = value
    .replace(CONTROL, ' ')
    .replace(/[ \t\n\r\f\v]+/g, ' ')
    .replace(MD_INLINE, (c) => `\\${c}`);
  // A character reference (&lt; &#60;) would be decoded; escape its ampersand so it prints as typed.
  text = text.replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  if (lineStart) text = text.replace(MD_LINE_START, (m) => `\\${m}`).replace(MD_ORDERED, '$1\\$2');
  return text;
}

/** A message whose `code` spans stay code spans, everything else escaped: one safe line of Markdown. */
export function markdownWithCode(message: string): string {
  const pieces: string[] = [];
  let last = 0;
  const text = oneLine(message);
  for (const match of text.matchAll(/`([^`]+)`/g)) {
    pieces.push(escapeMarkdownPiece(text.slice(last, match.index), last === 0));
    // The span holds no backtick (the pattern excludes it) and no newline (oneLine): a safe code span.
    const code = match[1]!.trim();
    pieces.push(code ? `\`${code}\`` : '');
    last = match.index + match[0].length;
  }
  pieces.push(escapeMarkdownPiece(text.slice(last), last === 0));
  return pieces.join('');
}

/**
 * A label inside a Mermaid chart (a quoted string in a fenced block). Mermaid has no escape for
 * quotes and reads `#...;` as an entity, and GitHub renders labels through HTML: keep letters,
 * digits, spaces and harmless punctuation only.
 */
export function mermaidLabel(value: unknown): string {
  const text = oneLine(value)
    .replace(/["`<>#;{}[\]\\|&]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text || '?';
}
