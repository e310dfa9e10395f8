// Bluesky's post record takes at most 300 graphemes and 3,000 UTF-8 bytes of text (the
// app.bsky.feed.post lexicon: maxGraphemes, maxLength). Links count in full: the text is the record.
import { bytes, measure, one, type Measure } from './measure.js';

export function countBluesky(text: string, limits: { graphemes: number; bytes: number }): Measure[] {
  return [measure(text, 'graphemes', limits.graphemes, one), measure(text, 'bytes', limits.bytes, bytes)];
}
