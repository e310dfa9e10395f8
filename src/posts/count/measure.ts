// The shared walk of every counter: a text cut into units (graphemes, or an entity such as a link
// that the platform counts at a fixed length), each with its weight, added up against a limit.

/** What a platform counts a text in. */
export type Unit = 'weighted' | 'graphemes' | 'characters' | 'bytes';

export interface Measure {
  unit: Unit;
  /** The text's length, counted the platform's way. */
  length: number;
  limit: number;
  /** UTF-16 index in the text of the first character over the limit (a grapheme's start); absent when within it. */
  overAt?: number;
}

/** A run of the text the platform counts as a whole (a link as 23, `@user@server` as `@user`). */
export interface Entity {
  start: number;
  end: number;
  weight: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Characters segmented at a time: V8's segment iterator slows down with the length of the string (quadratic). */
const WINDOW = 64;

/**
 * The user-perceived characters of a text (extended grapheme clusters), with their UTF-16 index,
 * as Intl.Segmenter finds them, in time linear in the text's length. An ASCII character followed by
 * another (CR LF aside) is a cluster of its own: no rule joins them. Elsewhere a window of the text
 * is segmented from a cluster boundary; its last cluster may be cut short by the window's end, so
 * the next step starts there, and a window holding a single cluster grows until the cluster ends.
 */
export function* graphemes(text: string): Generator<{ segment: string; index: number }> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if (c < 0x80 && next < 0x80 && !(c === 13 && next === 10)) {
      yield { segment: text[i]!, index: i };
      i++;
      continue;
    }
    for (let size = WINDOW; ; size *= 2) {
      const end = Math.min(i + size, n);
      const clusters = [...segmenter.segment(text.slice(i, end))];
      if (end < n && clusters.length < 2) continue;
      const keep = end === n ? clusters.length : clusters.length - 1;
      for (let k = 0; k < keep; k++) yield { segment: clusters[k]!.segment, index: i + clusters[k]!.index };
      i = end === n ? n : i + clusters[keep]!.index;
      break;
    }
  }
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Walk the text grapheme by grapheme, entities taking their own weight, and say where the total
 * first passes `limit`. `weight` gives each grapheme outside an entity its weight.
 */
export function measure(text: string, unit: Unit, limit: number, weight: (grapheme: string) => number, entities: readonly Entity[] = []): Measure {
  let length = 0;
  let overAt: number | undefined;
  let next = 0;
  let skipTo = 0;
  const add = (w: number, at: number) => {
    length += w;
    if (overAt === undefined && length > limit) overAt = at;
  };
  for (const { segment, index } of graphemes(text)) {
    if (index < skipTo) continue;
    while (next < entities.length && entities[next]!.end <= index) next++;
    const entity = entities[next];
    if (entity && entity.start <= index) {
      add(entity.weight, entity.start);
      skipTo = entity.end;
      next++;
      continue;
    }
    add(weight(segment), index);
  }
  return overAt === undefined ? { unit, length, limit } : { unit, length, limit, overAt };
}

/** Every grapheme counts one. */
export const one = (): number => 1;
/** A grapheme counts its UTF-16 code units (what most schedulers call characters). */
export const codeUnits = (grapheme: string): number => grapheme.length;
export const bytes = utf8Length;
