// LinkedIn, Instagram, TikTok, Facebook and Pinterest publish no counting unit. Schedulers (Buffer,
// Postiz) count UTF-16 code units, where an emoji or a "bold" Unicode letter is 2: a text within
// this count passes both the scheduler and the platform.
import { bytes, codeUnits, measure, type Measure } from './measure.js';

export function countCharacters(text: string, limit: number): Measure {
  return measure(text, 'characters', limit, codeUnits);
}

export function countBytes(text: string, limit: number): Measure {
  return measure(text, 'bytes', limit, bytes);
}
