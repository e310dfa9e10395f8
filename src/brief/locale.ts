// Dates, numbers, times and durations per language, through Intl only.
// fr-CA for French (Québec usage: "28 février 2027", "1 200", "8 h 30").
// en-CA for English: long dates read like en-US ("February 28, 2027") and numbers are the same,
// while the teams this tool serves are mostly Canadian (times "8:30 a.m.", CA spelling in Intl).
import type { Lang } from '../i18n/index.js';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export function localeOf(lang: Lang): string {
  return lang === 'fr' ? 'fr-CA' : 'en-CA';
}

/** `one` or `other`, by the language's rules: French says "1,5 heure", English "1.5 hours". */
export function pluralOf(lang: Lang, count: number): 'one' | 'other' {
  return new Intl.PluralRules(localeOf(lang)).select(count) === 'one' ? 'one' : 'other';
}

export interface LocaleFormat {
  locale: string;
  /** 1200 -> "1 200" / "1,200"; at most one decimal (posts per week may be 0.9). */
  number(value: number): string;
  /** A YYYY-MM-DD date -> "28 février 2027"; anything else is returned as written. */
  date(value: unknown): string;
  /** A YYYY-MM-DD date, short with its weekday: "jeu. 26 nov." / "Thu, Nov. 26". */
  dayShort(value: unknown): string;
  /** A Date (the --now clock) in the strategy's time zone, long form. */
  today(now: Date, timeZone?: string): string;
  /** "08:30" -> "08 h 30" / "8:30 a.m."; anything else as written. */
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
const DURATION_RE = /^(\d+(?:\.\d+)?)\s*(m|h|d)$/;
// 2024-01-01 was a Monday: a fixed UTC week to ask Intl for weekday names.
const MONDAY_UTC = Date.UTC(2024, 0, 1);

export function localeFormat(lang: Lang): LocaleFormat {
  const locale = localeOf(lang);
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dayShortFormat = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const timeFormat = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const weekdayFormat = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const listFormat = new Intl.ListFormat(locale, { type: 'conjunction' });
  const units = { m: 'minute', h: 'hour', d: 'day' } as const;

  return {
    locale,
    number: (value) => numberFormat.format(value),
    percent: (value) => percentFormat.format(value / 100),
    date(value) {
      const match = typeof value === 'string' ? DATE_RE.exec(value) : null;
      if (!match) return String(value ?? '');
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      return Number.isNaN(date.getTime()) ? String(value) : dateFormat.format(date);
    },
    dayShort(value) {
      const match = typeof value === 'string' ? DATE_RE.exec(value) : null;
      if (!match) return String(value ?? '');
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      return Number.isNaN(date.getTime()) ? String(value) : dayShortFormat.format(date);
    },
    today(now, timeZone) {
      // --now gives a date (UTC midnight): show that date, not the evening before in America/Toronto.
      if (isMidnightUtc(now)) return dateFormat.format(now);
      try {
        return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: timeZone ?? 'UTC' }).format(now);
      } catch {
        return dateFormat.format(now);
      }
    },
    time(value) {
      const match = typeof value === 'string' ? TIME_RE.exec(value) : null;
      if (!match) return String(value ?? '');
      const shown = timeFormat.format(new Date(Date.UTC(2024, 0, 1, Number(match[1]), Number(match[2]))));
      // OQLF: "8 h", not "8 h 00", for a whole hour.
      return lang === 'fr' ? shown.replace(/\s00$/, '') : shown;
    },
    duration(value) {
      const match = typeof value === 'string' ? DURATION_RE.exec(value.trim()) : null;
      if (!match) return String(value ?? '');
      const unit = units[match[2] as keyof typeof units];
      return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(Number(match[1]));
    },
    weekday(day) {
      const index = WEEKDAYS.indexOf(day as Weekday);
      if (index < 0) return String(day ?? '');
      return weekdayFormat.format(new Date(MONDAY_UTC + index * 86_400_000));
    },
    list: (items) => listFormat.format(items),
  };
}

function isMidnightUtc(date: Date): boolean {
  return date.getTime() % 86_400_000 === 0;
}

/** YYYY-MM-DD of `now` in a time zone (UTC when the zone is unknown); a --now date is taken as is. */
export function isoDay(now: Date, timeZone?: string): string {
  if (isMidnightUtc(now)) return now.toISOString().slice(0, 10);
  try {
    // en-CA formats dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: timeZone ?? 'UTC' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}
