// One sheet (a CSV file, or a workbook's sheet) to observations: find the header row among the
// first rows, recognise the export by it, read each row's day and figures, then make the
// file-wide decisions (day or month first, the missing year) and date every figure.
import type { Lang } from '../../i18n/index.js';
import { EXPORT_METRICS } from '../metrics.js';
import type { Metric, Observation } from '../types.js';
import { ReadError, where, type SheetContext, type SheetResult } from './context.js';
import { isoDay, isTotalWord, parseDayCell, placeYear, slashedOrder, yearHint, daysInMonth, type DayCell } from './dates.js';
import { EXPORT_SPECS } from './kinds/index.js';
import { isMetaDailyHeader, readMetaDailyRows } from './meta-daily.js';
import { isNeutralHeader, readNeutralRows } from './neutral.js';
import { parseFigure } from './numbers.js';
import { isBlank, RowCursor, type Cell, type Row, type SheetRows } from './rows.js';
import { headerKeys, recognise, type Match } from './spec.js';

/** How many rows may come before the header (LinkedIn's sheets have a title row first). */
const HEADER_SEARCH_ROWS = 10;

function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/** `unknown`: no header row matched (the first non-blank row, for the message); a workbook skips such sheets. */
export type SheetOutcome = SheetResult | { unknown: Row | undefined };

export async function readSheet(sheet: SheetRows, context: SheetContext): Promise<SheetOutcome> {
  const cursor = new RowCursor(sheet.rows);
  let first: Row | undefined;
  let previous: Row | undefined;
  let found: { header: Row; reader: 'neutral' | 'meta-daily' | Match } | undefined;
  let seen = 0;
  await cursor.forEach((row) => {
    if (isBlank(row.cells)) return false;
    first ??= row;
    const keys = headerKeys(row.cells);
    if (isNeutralHeader(keys)) found = { header: row, reader: 'neutral' };
    else if (isMetaDailyHeader(keys)) found = { header: row, reader: 'meta-daily' };
    else {
      const match = recognise(keys, EXPORT_SPECS);
      if (match) found = { header: row, reader: match };
    }
    if (!found) previous = row;
    return found !== undefined || ++seen === HEADER_SEARCH_ROWS;
  });
  if (found?.reader === 'neutral') return readNeutralRows(cursor, found.header, sheet.sheet, context);
  if (found?.reader === 'meta-daily') return readMetaDailyRows(cursor, found.header, previous, sheet.sheet, context);
  if (found) return readExportRows(cursor, found.header, found.reader, sheet.sheet, context);
  // The rest is not read: a CSV file is refused here, and a workbook drains a skipped sheet itself.
  return { unknown: first };
}

interface Pending {
  line: number;
  day: DayCell & ({ kind: 'day' } | { kind: 'slashed' });
  dayText: string;
  post?: string;
  /** metric, value, metric, value…: one array per row, not one per figure. */
  figures: (Metric | number)[];
}

async function readExportRows(cursor: RowCursor, header: Row, match: Match, sheet: string | undefined, context: SheetContext): Promise<SheetResult> {
  const { spec, lang } = match;
  const { platform, rows: rowKind } = EXPORT_METRICS[spec.kind];
  const columnName = (index: number) => text(header.cells[index]);
  const pending: Pending[] = [];
  const yearsInRows = new Set<number>();
  await cursor.forEach((row) => {
    if (isBlank(row.cells)) return;
    const dateCell = row.cells[match.date] ?? null;
    const postCell = match.post === undefined ? null : (row.cells[match.post] ?? null);
    // Totals and "Lifetime" rows are not days (YouTube's row 2 says "Total" in its Content column).
    if (typeof postCell === 'string' && isTotalWord(postCell)) return;
    const day = parseDayCell(dateCell);
    if (day.kind === 'total') return;
    const figures = readFigures(row, match, lang, sheet, context, columnName);
    if (day.kind === 'empty') {
      if (figures.length === 0) return;
      throw new ReadError(context.t('exports.noDate', { where: where(context, sheet, row.line), column: columnName(match.date) }));
    }
    if (day.kind === 'invalid') throw new ReadError(context.t('exports.date', { where: where(context, sheet, row.line), value: text(dateCell), column: columnName(match.date) }));
    if (pending.length >= context.maxRows) throw new ReadError(context.t('exports.tooManyRows', { where: where(context, sheet, row.line), limit: context.maxRows }));
    if (day.year !== undefined) yearsInRows.add(day.year);
    const entry: Pending = { line: row.line, day, dayText: text(dateCell), figures };
    const post = text(postCell).trim();
    if (post !== '') entry.post = post;
    pending.push(entry);
  });
  const order = slashedOrder(
    pending.map((entry) => entry.day),
    spec.dayOrder,
  );
  if (order === 'conflict') {
    const example = pending.find((entry) => entry.day.kind === 'slashed' && entry.day.first > 12) ?? pending[0]!;
    throw new ReadError(context.t('exports.dayOrder', { file: context.file, column: columnName(match.date), value: example.dayText, where: where(context, sheet, example.line) }));
  }
  if (order === 'ambiguous') {
    const example = pending.find((entry) => entry.day.kind === 'slashed')!;
    throw new ReadError(context.t('exports.dayOrderUnknown', { where: where(context, sheet, example.line), column: columnName(match.date), value: example.dayText }));
  }
  const hint = yearHint(context.file, yearsInRows);
  const observations: Observation[] = [];
  for (const entry of pending) {
    const date = resolveDay(entry, order, hint);
    if (date === undefined) {
      throw new ReadError(context.t('exports.noYear', { where: where(context, sheet, entry.line), value: entry.dayText, example: exampleName(context.file) }));
    }
    if (date === null) throw new ReadError(context.t('exports.date', { where: where(context, sheet, entry.line), value: entry.dayText, column: columnName(match.date) }));
    const source = sheet === undefined ? { file: context.file, line: entry.line } : { file: context.file, line: entry.line, sheet };
    const { post, figures } = entry;
    // One shape per observation (no spread): a long export makes hundreds of thousands of them.
    const make = (metric: Metric, value: number): Observation => (post === undefined ? { date, platform, metric, value, source } : { date, platform, metric, value, post, source });
    // A post's row is one post published that day.
    if (rowKind === 'post') observations.push(make('posts', 1));
    for (let i = 0; i < figures.length; i += 2) observations.push(make(figures[i] as Metric, figures[i + 1] as number));
  }
  return { kind: spec.kind, rows: pending.length, observations };
}

function readFigures(row: Row, match: Match, lang: Lang, sheet: string | undefined, context: SheetContext, columnName: (index: number) => string): (Metric | number)[] {
  const figures: (Metric | number)[] = [];
  for (const { column, index } of match.figures) {
    const cell = row.cells[index] ?? null;
    if (cell === null || cell instanceof Date) {
      if (cell instanceof Date) throw new ReadError(context.t('exports.number', { where: where(context, sheet, row.line), value: text(cell), column: columnName(index) }));
      continue;
    }
    const figure = parseFigure(cell, column.figure ?? 'count', lang);
    if ('empty' in figure) continue;
    if ('problem' in figure) {
      const key = figure.problem === 'ambiguous' ? 'exports.ambiguousNumber' : 'exports.number';
      throw new ReadError(context.t(key, { where: where(context, sheet, row.line), value: text(cell), column: columnName(index) }));
    }
    const scaled = column.scale && !figure.percent ? figure.value * column.scale : figure.value;
    // 0.0523 × 100 is 5.2299999999999995 in floating point; exports give a few decimals at most.
    figures.push(column.metric, column.scale ? Math.round(scaled * 1e9) / 1e9 : scaled);
  }
  return figures;
}

/** YYYY-MM-DD; undefined when no year places the day; null when the day does not exist in that year (29 February). */
function resolveDay(entry: Pending, order: 'month-first' | 'day-first' | 'none', hint: ReturnType<typeof yearHint>): string | undefined | null {
  const { day } = entry;
  let year: number | undefined;
  let month: number;
  let dayOfMonth: number;
  if (day.kind === 'slashed') {
    year = day.year;
    [month, dayOfMonth] = order === 'month-first' ? [day.first, day.second] : [day.second, day.first];
    if (month > 12) return null;
  } else {
    year = day.year;
    month = day.month;
    dayOfMonth = day.day;
  }
  year ??= placeYear(month, dayOfMonth, hint);
  if (year === undefined) return undefined;
  if (dayOfMonth > daysInMonth(year, month)) return null;
  return isoDay(year, month, dayOfMonth);
}

function exampleName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? `${base.slice(0, dot)}-2026${base.slice(dot)}` : `${base}-2026`;
}
