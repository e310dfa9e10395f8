// twitter-text's link pattern backtracks badly on long runs of non-ASCII characters (a run of emoji
// before a link took a minute for 44,000 characters). No link, emoji or character spans a space or
// a line end, so counts and link searches are made piece by piece, each piece ending at white
// space: the same results, in time that grows with the length of the text, not its square. A word
// longer than LONGEST_WORD is cut at grapheme boundaries: a link longer than that would be counted
// in pieces, a price paid for hostile input (a megabyte without a space) to take seconds, not hours.
import { graphemes } from './measure.js';

/** Pieces are at most this long (UTF-16 code units), unless a single word is longer. */
const PIECE = 2048;
/** A word longer than this is cut at grapheme boundaries (twitter-text takes about 10 µs a character then). */
export const LONGEST_WORD = 256;

export interface Piece {
  text: string;
  /** Where the piece starts in the whole text. */
  offset: number;
}

export function pieces(text: string): Piece[] {
  if (text.length <= LONGEST_WORD) return [{ text, offset: 0 }];
  const out: Piece[] = [];
  let start = 0;
  let lastSpace = -1;
  let wordStart = 0;
  const push = (end: number) => {
    if (end > start) out.push({ text: text.slice(start, end), offset: start });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) {
      lastSpace = i;
      wordStart = i + 1;
    } else if (i + 1 - wordStart > LONGEST_WORD) {
      push(cutAt(text, wordStart, i));
      wordStart = start;
      continue;
    }
    if (i + 1 - start >= PIECE && lastSpace >= start) push(lastSpace + 1);
  }
  push(text.length);
  return out;
}

/** The last grapheme boundary of text[from, end) past from (else `end`, off a surrogate pair's middle). */
function cutAt(text: string, from: number, end: number): number {
  let cut = from;
  for (const { index } of graphemes(text.slice(from, end))) if (index > 0) cut = from + index;
  if (cut > from) return cut;
  const code = text.charCodeAt(end);
  return code >= 0xdc00 && code <= 0xdfff ? end - 1 : end;
}
