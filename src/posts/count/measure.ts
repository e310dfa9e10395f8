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

/** The user-perceived characters of a text (extended grapheme clusters), with their UTF-16 index. */
export function graphemes(text: string): Iterable<{ segment: string; index: number }> {
  return segmenter.segment(text);
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
