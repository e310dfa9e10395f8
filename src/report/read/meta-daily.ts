// Meta Business Suite's per-metric daily files (Insights, export): UTF-16LE, a `sep=,` line, a
// line naming the metric ("Facebook follows", "Instagram reach", "Views"), then `Date,Primary`
// and one row per day ("2025-08-01T00:00:00","20"). Layout: research §3 and a public importer's
// notes on a year of such files. The metric comes from that title line, so this reader is not a
// column spec like kinds/; the platform comes from the title or, failing that, the file name.
import type { Metric, Observation } from '../types.js';
import { ReadError, where, type SheetContext, type SheetResult } from './context.js';
import { fold, isoDay, isTotalWord, parseDayCell } from './dates.js';
import { parseFigure } from './numbers.js';
import { isBlank, type Cell, type Row, type RowCursor } from './rows.js';
import type { HeaderKeys } from './spec.js';

/** Titles, folded and without the platform's name, in English and French. Meta's "Viewers" replaced "Reach" in 2025. */
const TITLES: Record<string, Metric> = {
  follows: 'new-followers',
  'new follows': 'new-followers',
  abonnements: 'new-followers',
  'nouveaux abonnements': 'new-followers',
  reach: 'reach',
  viewers: 'reach',
  couverture: 'reach',
  spectateurs: 'reach',
  views: 'views',
  vues: 'views',
  'content interactions': 'engagements',
  interactions: 'engagements',
  'interactions avec le contenu': 'engagements',
  'link clicks': 'clicks',
  'clics sur un lien': 'clicks',
  'clics sur les liens': 'clicks',
};

export const META_DAILY_METRICS: readonly Metric[] = [...new Set(Object.values(TITLES))];

export function isMetaDailyHeader(keys: HeaderKeys): boolean {
  return keys.size === 2 && keys.has('date') && (keys.has('primary') || keys.has('principal'));
}

function title(row: Row | undefined): string | undefined {
  if (!row) return undefined;
  const cells = row.cells.filter((cell) => cell !== null && String(cell).trim() !== '');
  return cells.length === 1 ? String(cells[0]) : undefined;
}

function platformIn(text: string): 'facebook' | 'instagram' | undefined {
  const words = fold(text).split(/[^a-z]+/);
  if (words.includes('facebook') || words.includes('fb')) return 'facebook';
  if (words.includes('instagram') || words.includes('ig')) return 'instagram';
  return undefined;
}

/** The title row's metric and platform, or why not (for the message). */
export function metaDailyTitle(titleRow: Row | undefined, file: string): { metric: Metric; platform: 'facebook' | 'instagram'; title: string } | { problem: 'metric' | 'platform'; title: string } {
  const text = title(titleRow) ?? '';
  const bare = fold(text)
    .split(' ')
    .filter((word) => word !== 'facebook' && word !== 'instagram')
    .join(' ');
  const metric = TITLES[bare];
  if (!metric) return { problem: 'metric', title: text };
  const platform = platformIn(text) ?? platformIn(file.split(/[\\/]/).pop() ?? file);
  if (!platform) return { problem: 'platform', title: text };
  return { metric, platform, title: text };
}

function cellText(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString() : String(cell);
}

export async function readMetaDailyRows(cursor: RowCursor, header: Row, titleRow: Row | undefined, sheet: string | undefined, context: SheetContext): Promise<SheetResult> {
  const at = (line: number) => where(context, sheet, line);
  const found = metaDailyTitle(titleRow, context.file);
  if ('problem' in found) {
    const line = titleRow?.line ?? header.line;
    if (found.problem === 'metric') throw new ReadError(context.t('metaDaily.metric', { where: at(line), title: found.title }));
    throw new ReadError(context.t('metaDaily.platform', { where: at(line), title: found.title }));
  }
  const keys = header.cells.map((cell) => fold(cellText(cell)));
  const dateAt = keys.indexOf('date');
  const valueAt = keys.includes('primary') ? keys.indexOf('primary') : keys.indexOf('principal');
  const observations: Observation[] = [];
  let rows = 0;
  await cursor.forEach((row) => {
    if (isBlank(row.cells)) return;
    const dateCell = row.cells[dateAt] ?? null;
    if (typeof dateCell === 'string' && isTotalWord(dateCell)) return;
    const day = parseDayCell(dateCell);
    if (day.kind === 'total' || day.kind === 'empty') return;
    // Meta writes these dates as ISO date-times, so a day without a year or in a/b order is not one of them.
    if (day.kind !== 'day' || day.year === undefined) throw new ReadError(context.t('exports.date', { where: at(row.line), value: cellText(dateCell), column: cellText(header.cells[dateAt]) }));
    const cell = row.cells[valueAt] ?? null;
    if (cell === null || cell instanceof Date) return;
    const figure = parseFigure(cell, 'count', 'en');
    if ('empty' in figure) return;
    if ('problem' in figure) throw new ReadError(context.t('exports.number', { where: at(row.line), value: cellText(cell), column: cellText(header.cells[valueAt]) }));
    if (++rows > context.maxRows) throw new ReadError(context.t('exports.tooManyRows', { where: at(row.line), limit: context.maxRows }));
    const source = sheet === undefined ? { file: context.file, line: row.line } : { file: context.file, line: row.line, sheet };
    observations.push({ date: isoDay(day.year, day.month, day.day), platform: found.platform, metric: found.metric, value: figure.value, source });
  });
  return { kind: found.platform === 'facebook' ? 'meta-facebook-daily' : 'meta-instagram-daily', rows, observations };
}
