// What a platform export is, as data: the header cells that identify it, the column of its day, of
// its post, and the column of each metric. Each kind lives in its own file under kinds/; the
// reading machinery (sheet.ts) is the same for all of them.
import type { Lang } from '../../i18n/index.js';
import type { PlatformExportKind } from '../metrics.js';
import type { Metric } from '../types.js';
import type { FigureKind } from './numbers.js';
import { fold } from './dates.js';

/** A column's names, as the export writes them in English and in French. */
export interface Header {
  en: readonly string[];
  fr?: readonly string[];
}

export interface FigureColumn {
  metric: Metric;
  header: Header;
  /** Counts are whole (so "1,234" is thousands); rates may have decimals. Default: count. */
  figure?: FigureKind;
  /** Multiply by this unless the cell says `%`: exports write rates as fractions (0.045). */
  scale?: number;
}

export interface ExportSpec {
  kind: PlatformExportKind;
  /** Other columns that must be present for a header row to be this export (they tell kinds apart). */
  marks: readonly Header[];
  date: Header;
  /** How the export writes a/b/yyyy when its documentation says so; otherwise the file's rows must tell. */
  dayOrder?: 'month-first';
  post?: Header;
  figures: readonly FigureColumn[];
}

/** A header row matched to a spec: the index of each column found and the language its names are in. */
export interface Match {
  spec: ExportSpec;
  date: number;
  post?: number;
  figures: { column: FigureColumn; index: number }[];
  lang: Lang;
  /** Columns matched: the most specific spec wins when two match. */
  score: number;
}

export function headerKey(cell: unknown): string {
  return typeof cell === 'string' ? fold(cell).replace(/\s*:$/, '') : typeof cell === 'number' ? String(cell) : '';
}

/** Where `header` is in a row of folded cells, and in which language it matched. */
function find(keys: HeaderKeys, header: Header): { index: number; lang: Lang } | undefined {
  for (const lang of ['en', 'fr'] as const) {
    for (const name of header[lang] ?? []) {
      const index = keys.get(fold(name));
      if (index !== undefined) return { index, lang };
    }
  }
  return undefined;
}

/** A header row as folded cell text → first column holding it (a map: a hostile row may have thousands of cells). */
export type HeaderKeys = ReadonlyMap<string, number>;

/** No export has a hundred columns; a row with thousands of cells is looked at only this far. */
const MAX_HEADER_CELLS = 1000;

export function headerKeys(cells: readonly unknown[]): HeaderKeys {
  const keys = new Map<string, number>();
  const count = Math.min(cells.length, MAX_HEADER_CELLS);
  for (let index = 0; index < count; index++) {
    const key = headerKey(cells[index]);
    if (key !== '' && !keys.has(key)) keys.set(key, index);
  }
  return keys;
}

export function matchHeader(keys: HeaderKeys, spec: ExportSpec): Match | undefined {
  let french = 0;
  const seen = <T extends { lang: Lang }>(found: T | undefined): T | undefined => {
    if (found?.lang === 'fr') french++;
    return found;
  };
  const date = seen(find(keys, spec.date));
  if (!date) return undefined;
  const post = spec.post ? seen(find(keys, spec.post)) : undefined;
  if (spec.post && !post) return undefined;
  for (const mark of spec.marks) if (!seen(find(keys, mark))) return undefined;
  const figures: Match['figures'] = [];
  for (const column of spec.figures) {
    const found = seen(find(keys, column.header));
    if (found) figures.push({ column, index: found.index });
  }
  if (figures.length === 0) return undefined;
  const match: Match = { spec, date: date.index, figures, lang: french > 0 ? 'fr' : 'en', score: 1 + (post ? 1 : 0) + spec.marks.length + figures.length };
  if (post) match.post = post.index;
  return match;
}

export function recognise(keys: HeaderKeys, specs: readonly ExportSpec[]): Match | undefined {
  let best: Match | undefined;
  for (const spec of specs) {
    const match = matchHeader(keys, spec);
    if (match && (!best || match.score > best.score)) best = match;
  }
  return best;
}
