// The one place that makes user text safe for each output of the brief. Every value taken from a
// strategy goes through one of these before it reaches a template's output; templates get them
// as Eta's escape function (`<%= %>`), so forgetting to escape takes a deliberate `<%~ %>`.

// Markdown escaping is shared with every other Markdown output (src/text/markdown.ts).
export { codeSpan, escapeMarkdown, escapeMarkdownPiece, markdownWithCode, oneLine } from '../text/markdown.js';
import { oneLine } from '../text/markdown.js';

/** Control characters other than tab and newline, and the Unicode line/paragraph separators. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML or SVG content and attribute values (quoted). Newlines are kept: CSS decides. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(CONTROL, ' ')
    .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
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
