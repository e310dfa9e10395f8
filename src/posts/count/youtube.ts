// YouTube's videos resource: a description of at most 5,000 bytes and a title of at most 100
// characters, neither holding `<` or `>` (the API refuses both).
import { countBytes, countCharacters } from './characters.js';
import type { Measure } from './measure.js';

export function countYoutubeDescription(text: string, limit: number): Measure {
  return countBytes(text, limit);
}

export function countYoutubeTitle(title: string, limit: number): Measure {
  return countCharacters(title, limit);
}
