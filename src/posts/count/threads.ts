// Threads takes 500 "characters" counted in UTF-8 bytes: Meta documents emoji as their byte length,
// and Postiz (PR #1946) saw Threads refuse a 498-character text of 504 bytes (three curly
// apostrophes). Counting every character's bytes is the count Threads is known to accept.
import { bytes, measure, type Measure } from './measure.js';

export function countThreads(text: string, limit: number): Measure {
  return measure(text, 'bytes', limit, bytes);
}
