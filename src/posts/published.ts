// The text a platform gets from a span of the post file: HTML comments (the `plan-disable` directives,
// notes to the team) are not published, so they are not counted either. Offsets map back to the
// file, so a finding on the published text lands on the right character of the file.
import { commentRanges } from './comments.js';
import type { TextSpan } from './types.js';

export interface Published {
  text: string;
  /** The file offset of index `index` of `text` (its end maps to the end of the span's last kept piece). */
  offsetOf(index: number): number;
}

export function published(span: TextSpan): Published {
  if (!span.text.includes('<!--')) return { text: span.text, offsetOf: (index) => span.offset + index };
  // Kept pieces of the span: [from, to) in the span, at `at` in the published text.
  const pieces: { from: number; to: number; at: number }[] = [];
  let text = '';
  let from = 0;
  const keep = (to: number) => {
    if (to > from) pieces.push({ from, to, at: text.length });
    text += span.text.slice(from, to);
  };
  for (const [commentStart, commentEnd] of commentRanges(span.text)) {
    let start = commentStart;
    let end = commentEnd;
    // A comment alone on its line takes its line with it.
    const lineStart = span.text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = span.text.indexOf('\n', end);
    if (lineStart >= from && !span.text.slice(lineStart, start).trim() && !span.text.slice(end, lineEnd < 0 ? undefined : lineEnd).trim()) {
      start = lineStart;
      end = lineEnd < 0 ? span.text.length : lineEnd + 1;
    }
    keep(start);
    from = end;
  }
  keep(span.text.length);
  return {
    text,
    offsetOf(index) {
      for (let i = pieces.length - 1; i >= 0; i--) {
        const piece = pieces[i]!;
        if (index >= piece.at) return span.offset + piece.from + Math.min(index - piece.at, piece.to - piece.from);
      }
      return span.offset + index;
    },
  };
}
