// Days as exports write them: "2026-07-14", "2019-06-01 14:03 +0000" (X, older), "Tue, Jul 14, 2026"
// (X), "07/14/2026 09:30" (Meta), "Jul 14, 2026" (YouTube), "August 31" (TikTok, no year),
// "14 juil. 2026" and "mar. 14 juil. 2026" (French), and real dates from a workbook's cells.
// A cell gives what it says; the file-wide decisions (day or month first, the missing year) are
// made once the whole file is read (resolveDays), so one row never decides alone.

export type DayCell =
  | { kind: 'day'; year?: number; month: number; day: number }
  /** a/b/yyyy: month/day or day/month, decided for the whole file. */
  | { kind: 'slashed'; first: number; second: number; year: number }
  | { kind: 'empty' }
  /** "Lifetime", "Total": a row of totals, not a day. */
  | { kind: 'total' }
  | { kind: 'invalid' };

const MONTHS: Record<string, number> = {};
for (const [month, names] of [
  [1, 'jan january janv janvier'],
  [2, 'feb february fev fevr fevrier'],
  [3, 'mar march mars'],
  [4, 'apr april avr avril'],
  [5, 'may mai'],
  [6, 'jun june juin'],
  [7, 'jul july juil juillet'],
  [8, 'aug august aou aout'],
  [9, 'sep sept september septembre'],
  [10, 'oct october octobre'],
  [11, 'nov november novembre'],
  [12, 'dec december decembre'],
] as const) {
  for (const name of names.split(' ')) MONTHS[name] = month;
}

const WEEKDAYS = new Set(
  'mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday lun lundi mardi mer mercredi jeu jeudi ven vendredi sam samedi dim dimanche'.split(' '),
);

/** Words of a totals row, in the exports' languages (normalised: lower case, no accents). */
const TOTAL_WORDS = new Set(['lifetime', 'total', 'totals', 'grand total', 'sum', 'a vie', 'total general', 'totaux', 'somme']);

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function isTotalWord(text: string): boolean {
  return TOTAL_WORDS.has(fold(text).replace(/[:.]$/, ''));
}

export function parseDayCell(cell: unknown): DayCell {
  if (cell === null || cell === undefined) return { kind: 'empty' };
  if (cell instanceof Date) {
    // exceljs gives a workbook's date as that wall-clock date at UTC.
    if (Number.isNaN(cell.getTime())) return { kind: 'invalid' };
    return { kind: 'day', year: cell.getUTCFullYear(), month: cell.getUTCMonth() + 1, day: cell.getUTCDate() };
  }
  if (typeof cell !== 'string') return { kind: 'invalid' };
  const text = cell.trim();
  if (text === '') return { kind: 'empty' };
  if (isTotalWord(text)) return { kind: 'total' };
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:$|[\s,])/.exec(text);
  if (slashed) {
    const first = Number(slashed[1]);
    const second = Number(slashed[2]);
    if (first < 1 || second < 1 || first > 31 || second > 31 || (first > 12 && second > 12)) return { kind: 'invalid' };
    return { kind: 'slashed', first, second, year: Number(slashed[3]) };
  }
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:$|\s)/.exec(text); // 14.07.2026: day first
  if (dotted) return checked(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  return named(text);
}

function named(text: string): DayCell {
  const tokens = fold(text)
    .split(/[\s,./-]+/)
    .filter((token) => token !== '' && token !== 'le' && token !== 'the' && token !== 'of');
  const words: string[] = [];
  const numbers: string[] = [];
  for (const token of tokens) {
    if (/^\d+(st|nd|rd|th|er)?$/.test(token)) numbers.push(token.replace(/\D+$/, ''));
    else if (/[:h]\d{2}$|^[+-]\d{4}$|^(am|pm|utc|gmt|h)$/.test(token) || /^\d{1,2}h\d{0,2}$/.test(token)) continue; // a time of day
    else words.push(token);
  }
  // "mar." is Tuesday in French and March in English: a weekday only when another month follows.
  const months = words.filter((word) => word in MONTHS);
  const others = words.filter((word) => !(word in MONTHS) && !WEEKDAYS.has(word));
  if (others.length > 0) return { kind: 'invalid' };
  let month: number | undefined;
  if (months.length === 1) month = MONTHS[months[0]!];
  else if (months.length === 2 && months[0] === 'mar') month = MONTHS[months[1]!];
  else return { kind: 'invalid' };
  const years = numbers.filter((n) => n.length === 4);
  const days = numbers.filter((n) => n.length <= 2);
  if (days.length !== 1 || years.length > 1 || years.length + days.length !== numbers.length) return { kind: 'invalid' };
  const year = years[0] === undefined ? undefined : Number(years[0]);
  return checked(year, month!, Number(days[0]));
}

function checked(year: number | undefined, month: number, day: number): DayCell {
  if (month < 1 || month > 12 || day < 1) return { kind: 'invalid' };
  // Without a year, 29 February stands until the year is known.
  if (day > daysInMonth(year ?? 2024, month)) return { kind: 'invalid' };
  return year === undefined ? { kind: 'day', month, day } : { kind: 'day', year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Which of a/b/yyyy is the month, for a whole file. An export whose order is documented (Meta
 * Business Suite writes MM/DD/YYYY whatever its language, research §3) is read that way; for the
 * others the rows that cannot be the other way decide, and a file where none does is `ambiguous`
 * (never guessed: 01/05 read the wrong way moves a figure by months).
 */
export function slashedOrder(cells: readonly DayCell[], documented?: 'month-first'): 'month-first' | 'day-first' | 'conflict' | 'ambiguous' | 'none' {
  let slashed = false;
  let monthFirst = false;
  let dayFirst = false;
  for (const cell of cells) {
    if (cell.kind !== 'slashed') continue;
    slashed = true;
    if (cell.first > 12) dayFirst = true;
    if (cell.second > 12) monthFirst = true;
  }
  if (!slashed) return 'none';
  if (documented) return documented;
  if (monthFirst && dayFirst) return 'conflict';
  if (monthFirst) return 'month-first';
  if (dayFirst) return 'day-first';
  return 'ambiguous';
}

/**
 * The year of days written without one: from the file name ("Overview_2026.csv", or a range
 * "2025-12-01_2026-01-31" that places each day), else from the file's other rows when they all
 * say the same year. Undefined when nothing places it (the caller refuses the row).
 */
export interface YearHint {
  /** Full dates the file name holds, as a range (first, last), YYYY-MM-DD. */
  range?: [string, string];
  /** The single year the file name or the other rows name. */
  year?: number;
}

export function yearHint(fileName: string, yearsInRows: ReadonlySet<number>): YearHint {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const full = [...base.matchAll(/(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/g)].map((m) => `${m[1]}-${m[2]}-${m[3]}`);
  if (full.length >= 2) {
    const sorted = [...full].sort();
    return { range: [sorted[0]!, sorted[sorted.length - 1]!] };
  }
  const years = new Set([...base.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1])));
  if (years.size === 1) return { year: [...years][0]! };
  if (years.size === 0 && yearsInRows.size === 1) return { year: [...yearsInRows][0]! };
  return {};
}

export function placeYear(month: number, day: number, hint: YearHint): number | undefined {
  // The caller checks the day exists that year: 29 February 2026 is a wrong date, not a missing year.
  if (hint.year !== undefined) return hint.year;
  if (!hint.range) return undefined;
  const [from, to] = hint.range;
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  const fits = [];
  for (let year = fromYear; year <= toYear; year++) {
    const iso = isoDay(year, month, day);
    if (iso >= from && iso <= to && day <= daysInMonth(year, month)) fits.push(year);
  }
  return fits.length === 1 ? fits[0] : undefined;
}
