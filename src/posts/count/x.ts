// X counts with twitter-text's weighting (config v3): the text NFC-normalised, most Latin, Greek,
// Cyrillic and punctuation 1, other characters (CJK) 2, any emoji 2 (ZWJ sequences too), every
// link 23 whatever its length. twitter-text does the counting; this file says where it overflows.
import { pieces } from './chunks.js';
import { graphemes, type Measure } from './measure.js';
import { twitterText, type Lib } from './twitter-text.js';

/** X's weighted length, and the first character over `limit` (280, or an account's own limit). */
export async function countX(text: string, limit: number): Promise<Measure> {
  const tt = await twitterText();
  // Piece by piece (chunks.ts): the weights add up, since no link or emoji spans white space.
  let length = 0;
  let overAt: number | undefined;
  for (const piece of pieces(text)) {
    const weight = tt.parseTweet(piece.text).weightedLength;
    if (overAt === undefined && length + weight > limit) overAt = piece.offset + firstOver(tt, piece.text, limit - length);
    length += weight;
  }
  return overAt === undefined ? { unit: 'weighted', length, limit } : { unit: 'weighted', length, limit, overAt };
}

/** Where a text that weighs more than `limit` passes it. */
function firstOver(tt: Lib, text: string, limit: number): number {
  const parsed = tt.parseTweet(text, { ...tt.configs.defaults, maxWeightedTweetLength: limit });
  // validRangeEnd is the last code unit within the limit in the normalised text, shifted by the
  // length the normalisation took off (twitter-text's own convention): undo that shift, then map
  // the index back onto the text as written, one grapheme at a time.
  const normalized = text.normalize('NFC');
  const lastWithin = parsed.validRangeEnd - (text.length - normalized.length);
  // 0 also means that nothing fits (twitter-text starts there): then the first unit is over.
  const nothingFits = lastWithin <= 0 && (tt.extractUrlsWithIndices(normalized)[0]?.indices[0] === 0 || tt.parseTweet(normalized.slice(0, 1)).weightedLength > limit);
  return nothingFits ? 0 : toWritten(text, lastWithin + 1);
}

/** The start of the grapheme of `text` whose NFC form holds index `at` of the NFC text. */
function toWritten(text: string, at: number): number {
  let seen = 0;
  for (const { segment, index } of graphemes(text)) {
    seen += segment.normalize('NFC').length;
    if (seen > at) return index;
  }
  return text.length;
}
