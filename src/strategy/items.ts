// How many entries (list items and keys) a YAML text holds, counted by the `yaml` lexer before
// anything is built: the document model costs about 1 KiB per entry, so a 1 MB file of 250,000
// one-character items took 280 MiB just to parse. A strategy holds a few hundred entries.

import { Lexer } from 'yaml';
import { MAX_ITEMS } from './limits.js';

export { ITEM_SCAN_FROM, MAX_ITEMS } from './limits.js';

// The lexer's zero-width markers: document start, flow end, "a scalar follows".
const DOCUMENT = '\u0002';
const FLOW_END = '\u0018';
const SCALAR = '\u001f';

/** The offset of the entry past `limit`, or undefined when the text holds no more than `limit` entries. */
export function entryPastLimit(text: string, limit = MAX_ITEMS, maxDepth = 100): number | undefined {
  if (text.length < 2 * limit) return undefined;
  let offset = 0;
  let count = 0;
  let scalarNext = false;
  let flowDepth = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === DOCUMENT || token === FLOW_END) continue;
    // Absurd nesting is the parser's to report (yaml/too-deep, at the first level too many).
    if (token === '[' || token === '{') {
      if (++flowDepth > maxDepth) return undefined;
    } else if (token === ']' || token === '}') flowDepth--;
    // The same for block nesting: an indentation wider than the depth limit may be too deep.
    else if (token.length > maxDepth && token.charCodeAt(0) === 32 && token.trim() === '') return undefined;
    if (token === SCALAR) {
      scalarNext = true;
      continue;
    }
    if (!scalarNext && (token === '-' || token === ':' || token === ',' || token === '?') && ++count > limit) return offset;
    scalarNext = false;
    offset += token.length;
  }
  return undefined;
}
