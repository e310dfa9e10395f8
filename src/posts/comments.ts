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
