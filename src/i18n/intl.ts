// Dates, numbers, plurals and lists in each language, through Intl: the one formatting module.
// fr-CA for French (Québec usage: "28 février 2027", "1 200", "8 h 30"), en-CA for English (long
// dates read like en-US, "February 28, 2027"; the teams this tool serves are mostly Canadian).
// Formatters are made once per process and options; the time zone is given to Intl, never set globally.
// i18n/index.ts's Lang, not imported from there: index.ts re-exports joinList from this module.
type Lang = 'en' | 'fr';
import { parseDuration } from '../strategy/duration.js';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export function localeOf(lang: Lang): 'en-CA' | 'fr-CA' {
  return lang === 'fr' ? 'fr-CA' : 'en-CA';
}

const cache = new Map<string, unknown>();
/** One Intl object per kind and options, made on first use. */
function cached<T>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined;
  if (found === undefined) cache.set(key, (found = make()));
  return found;
}

/** 1200.5 -> "1 200,5" / "1,200.5", with at most `maximumFractionDigits` decimals. */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 3): string {
  // A whole number from 0 to 999 has the same digits in both locales (test/unit/intl.test.ts): a
  // one-file run ("1 file checked") then needs no formatter, whose first use loads ICU's data.
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  const locale = localeOf(lang);
  return cached(`number:${locale}:${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits })).format(value);
}

/** `one` or `other`, by the language's rules: French says "1,5 heure", English "1.5 hours". */
export function pluralOf(lang: Lang, count: number): 'one' | 'other' {
  const locale = localeOf(lang);
  return cached(`plural:${locale}`, () => new Intl.PluralRules(locale)).select(count) === 'one' ? 'one' : 'other';
}

/**
 * A list joined the way each language does in messages: "a, b, or c" / "a, b ou c". English
 * messages keep the serial comma of `en` (the brief's lists are en-CA, without it).
 */
export function joinList(items: readonly string[], lang: Lang, conjunction: 'and' | 'or' = 'and'): string {
  const locale = lang === 'fr' ? 'fr-CA' : 'en';
  const type = conjunction === 'and' ? 'conjunction' : 'disjunction';
  return cached(`list:${locale}:${type}`, () => new Intl.ListFormat(locale, { type })).format(items);
}

export interface LocaleFormat {
  locale: string;
  /** 1200 -> "1 200" / "1,200"; at most one decimal (posts per week may be 0.9). */
  number(value: number): string;
  /** A YYYY-MM-DD date -> "28 février 2027"; anything else is returned as written. */
  date(value: unknown): string;
  /** A YYYY-MM-DD date, short with its weekday: "jeu. 26 nov." / "Thu, Nov 26". */
  dayShort(value: unknown): string;
  /** A Date (the --now clock) in the strategy's time zone, long form. */
  today(now: Date, timeZone?: string): string;
  /** "08:30" -> "8 h 30" / "8:30 a.m."; anything else as written. */
  time(value: unknown): string;
  /** "4h" -> "4 heures" / "4 hours"; "30m", "2d" likewise; anything else as written. */
  duration(value: unknown): string;
  /** "mon" -> "lundi" / "Monday". */
  weekday(day: unknown): string;
  /** A list joined the way the language does: "a, b et c". */
  list(items: readonly string[]): string;
  percent(value: number): string;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;
const MONDAY_UTC = Date.UTC(2024, 0, 1);

const isMidnightUtc = (date: Date) => date.getTime() % DAY_MS === 0;

/** A YYYY-MM-DD date as a UTC instant (years 00-99 are 1900-1999, a month 13 is next January), else undefined. */
function dayInstant(value: unknown): Date | undefined {
  const match = typeof value === 'string' ? DATE_RE.exec(value) : null;
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The brief's formatters for one language. */
export function localeFormat(lang: Lang): LocaleFormat {
  const locale = localeOf(lang);
  const dateTime = (name: string, options: Intl.DateTimeFormatOptions) => cached(`date:${locale}:${name}`, () => new Intl.DateTimeFormat(locale, options));
  const longDate = () => dateTime('long', { dateStyle: 'long', timeZone: 'UTC' });
  const day = (value: unknown, format: () => Intl.DateTimeFormat) => {
    const date = dayInstant(value);
    return date ? firstOfMonth(format().format(date), date) : String(value ?? '');
  };
  // French writes the first of the month as an ordinal: "1er mars", "lun. 1er mars" (Intl gives "1 mars").
  const firstOfMonth = (shown: string, date: Date) => (lang === 'fr' && date.getUTCDate() === 1 ? shown.replace(/(^|\s)1(?=\s)/, '$11er') : shown);
  return {
    locale,
    number: (value) => formatNumber(lang, value, 1),
    percent: (value) => cached(`percent:${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(value / 100),
    date: (value) => day(value, longDate),
    dayShort: (value) => day(value, () => dateTime('dayShort', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })),
    today(now, timeZone) {
      // --now gives a date (UTC midnight): show that date, not the evening before in America/Toronto.
      // The day in the zone, then worded as any other date (so "1er" too).
      return day(isoDay(now, timeZone), longDate);
    },
    time(value) {
      const match = typeof value === 'string' ? TIME_RE.exec(value) : null;
      if (!match) return String(value ?? '');
      const shown = dateTime('time', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1, Number(match[1]), Number(match[2]))));
      // OQLF: "8 h", not "8 h 00", for a whole hour.
      return lang === 'fr' ? shown.replace(/\s00$/, '') : shown;
    },
    duration(value) {
      // `4h`, `7 h`, `1 h 30`, `1 j`: the one duration reader (src/strategy/duration.ts).
      const parsed = parseDuration(value);
      if (!parsed) return String(value ?? '');
      const { unit, amount } = parsed;
      return cached(`unit:${locale}:${unit}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 })).format(amount);
    },
    weekday(value) {
      const index = WEEKDAYS.indexOf(value as Weekday);
      if (index < 0) return String(value ?? '');
      return dateTime('weekday', { weekday: 'long', timeZone: 'UTC' }).format(new Date(MONDAY_UTC + index * DAY_MS));
    },
    list: (items) => cached(`list:${locale}:conjunction`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items),
  };
}

/** YYYY-MM-DD of `now` in a time zone (UTC when the zone is unknown); a --now date is taken as is. */
export function isoDay(now: Date, timeZone?: string): string {
  if (isMidnightUtc(now)) return now.toISOString().slice(0, 10);
  try {
    // en-CA formats dates as YYYY-MM-DD.
    return cached(`iso:${timeZone}`, () => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: timeZone ?? 'UTC' })).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}
