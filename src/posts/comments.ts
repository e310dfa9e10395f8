// HTML comments in a post's text (`<!-- plan-disable-next-line … -->`, notes to the team): no
// platform publishes them, so the checks on words and the counting skip them.

/** The [start, end) offsets, within `text`, of each `<!-- … -->` (an unclosed one runs to the end). */
export function commentRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf('<!--'); at >= 0; at = text.indexOf('<!--', at)) {
    const close = text.indexOf('-->', at + 4);
    const end = close < 0 ? text.length : close + 3;
    out.push([at, end]);
    at = end;
  }
  return out;
}

/** Whether [from, to) overlaps one of the ranges. */
export function inRanges(ranges: readonly [number, number][], from: number, to: number): boolean {
  return ranges.some(([start, end]) => from < end && to > start);
}

/**
 * The text a platform publishes from a span: its HTML comments taken out (a comment alone on its
 * line takes its line break with it), with the way back from an index in that text to the file's
 * offset, so that a count over the limit still points at the right character.
 */
export function publishedText(span: { text: string; offset: number }): { text: string; offsetOf(index: number): number } {
  const ranges = commentRanges(span.text).map(([start, end]) => {
    const alone = (start === 0 || span.text[start - 1] === '\n') && span.text[end] === '\n';
    return [start, alone ? end + 1 : end] as [number, number];
  });
  if (ranges.length === 0) return { text: span.text, offsetOf: (index) => span.offset + index };
  let text = '';
  // Where each kept piece starts in the published text and in the span.
  const pieces: { at: number; from: number }[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    pieces.push({ at: text.length, from });
    text += span.text.slice(from, start);
    from = end;
  }
  pieces.push({ at: text.length, from });
  text += span.text.slice(from);
  const trimmed = text.trimEnd();
  return {
    text: trimmed,
    offsetOf(index) {
      let piece = pieces[0]!;
      for (const p of pieces) if (p.at <= index) piece = p;
      return span.offset + piece.from + (index - piece.at);
    },
  };
}
