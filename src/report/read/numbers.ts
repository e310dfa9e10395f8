// Figures as exports write them: "1234", "1,234", "1 234" (a no-break or narrow space in French),
// "1 234,5", "1.2K", "12.5%", "-3". A figure that could mean two numbers is resolved by what the
// column holds (counts are whole, so "1,234" and "1.234" are thousands) and by the export's language
// (a rate written "4,5" in a French file is 4.5); what stays ambiguous is refused, never guessed.
import type { Lang } from '../../i18n/index.js';

export type FigureKind = 'count' | 'rate';

/** `percent`: the cell said `%` (so a rate column that otherwise holds fractions is not scaled again). */
export type FigureResult = { value: number; percent?: boolean } | { empty: true } | { problem: 'not-a-number' | 'ambiguous' };

/** Cells that mean "no figure" (TikTok writes `undefined` for days not yet counted). */
const EMPTY = new Set(['', '-', '--', '—', '–', 'n/a', 'na', 'undefined', 'null', 'nan']);

const PLAIN = /^-?\d{1,15}$/;

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, g: 1e9, md: 1e9 };

export function parseFigure(cell: string | number, kind: FigureKind, lang: Lang): FigureResult {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell } : { problem: 'not-a-number' };
  // Most cells are plain whole numbers: no need for the rest.
  if (PLAIN.test(cell)) return { value: Number(cell) };
  let text = cell.replace(/[\u00a0\u202f\u2009\u2007]/g, ' ').trim();
  if (EMPTY.has(text.toLowerCase())) return { empty: true };
  let sign = 1;
  if (/^[-\u2212]/.test(text)) {
    sign = -1;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) text = text.slice(1).trim();
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1).trim();
  let multiplier = 1;
  const suffix = /^(.*\d)\s*(k|m|md|b|g)$/i.exec(text);
  if (suffix) {
    text = suffix[1]!;
    multiplier = SUFFIX[suffix[2]!.toLowerCase()]!;
  }
  // Spaces only as thousands separators: "1 234", "12 345 678,5".
  if (text.includes(' ')) {
    if (!/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(text)) return { problem: 'not-a-number' };
    text = text.replace(/ /g, '');
  }
  const plain = toPlainNumber(text, kind, lang, multiplier !== 1);
  if (typeof plain !== 'string') return plain;
  if (!/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(plain)) return { problem: 'not-a-number' };
  const value = sign * Number(plain) * multiplier;
  if (!Number.isFinite(value)) return { problem: 'not-a-number' };
  // 1.2K is 1200, not 1200.0000000000002.
  const rounded = multiplier === 1 ? value : Math.round(value * 1e6) / 1e6;
  return percent ? { value: rounded, percent: true } : { value: rounded };
}

/** The digits with at most one `.` as decimal point, or why not. */
function toPlainNumber(text: string, kind: FigureKind, lang: Lang, hasSuffix: boolean): string | FigureResult {
  const commas = count(text, ',');
  const dots = count(text, '.');
  if (commas === 0 && dots === 0) return text;
  if (commas > 0 && dots > 0) {
    // Both: the last one is the decimal mark ("1,234.5", "1.234,5").
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [whole, fraction, extra] = text.split(decimal);
    if (extra !== undefined || !isGrouped(whole!, group)) return { problem: 'not-a-number' };
    return `${whole!.split(group).join('')}.${fraction}`;
  }
  const mark = commas > 0 ? ',' : '.';
  if (count(text, mark) > 1) {
    // "1,234,567" or "1.234.567": only thousands.
    return isGrouped(text, mark) ? text.split(mark).join('') : { problem: 'not-a-number' };
  }
  const [whole, fraction] = text.split(mark) as [string, string];
  if (hasSuffix) return `${whole}.${fraction}`; // "1.2K", "1,2 k"
  const looksGrouped = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
  if (looksGrouped && kind === 'count') return whole + fraction; // counts are whole: thousands
  if (mark === '.') return text; // a decimal point, as machines write numbers
  // A single comma in a rate: the decimal mark in French; in English, "4,5" has no reading we can trust.
  if (lang === 'fr') return `${whole}.${fraction}`;
  return looksGrouped ? whole + fraction : { problem: 'ambiguous' };
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

function isGrouped(text: string, group: string): boolean {
  const parts = text.split(group);
  return /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((part) => /^\d{3}$/.test(part));
}
