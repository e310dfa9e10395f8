// How each platform counts a text, from its limits in the knowledge file: pure functions of a
// string (async only because X and links need twitter-text, loaded on first use).
import type { TextLimit } from '../../knowledge/index.js';
import { countBluesky } from './bluesky.js';
import { countBytes, countCharacters } from './characters.js';
import { countMastodon } from './mastodon.js';
import type { Measure } from './measure.js';
import { countThreads } from './threads.js';
import { countX } from './x.js';
import { countYoutubeDescription } from './youtube.js';

export type { Measure, Unit } from './measure.js';

/** The limits a count uses: the platform's, with `chars` possibly the account's or server's own. */
type Counter = (text: string, limit: TextLimit) => Measure[] | Promise<Measure[]>;

/** Platforms with a counting of their own; the others count characters (characters.ts). */
const COUNTERS: Record<string, Counter> = {
  x: async (text, limit) => [await countX(text, limit.chars)],
  bluesky: (text, limit) => countBluesky(text, { graphemes: limit.chars, bytes: limit.bytes ?? Infinity }),
  mastodon: async (text, limit) => [await countMastodon(text, { chars: limit.chars, urlLength: limit.url_length ?? 23 })],
  threads: (text, limit) => [countThreads(text, limit.chars)],
  youtube: (text, limit) => [countYoutubeDescription(text, limit.chars)],
};

const characters: Counter = (text, limit) => [countCharacters(text, limit.chars), ...(limit.bytes ? [countBytes(text, limit.bytes)] : [])];

/** Every measure the platform applies to the text (Bluesky: graphemes and bytes), each with its limit. */
export async function countFor(platform: string, text: string, limit: TextLimit): Promise<Measure[]> {
  return (COUNTERS[platform] ?? characters)(text, limit);
}

/** The first measure over its limit, the one whose overflow comes first in the text. */
export function firstOver(measures: readonly Measure[]): Measure | undefined {
  let first: Measure | undefined;
  for (const m of measures) if (m.overAt !== undefined && (first === undefined || m.overAt < first.overAt!)) first = m;
  return first;
}
