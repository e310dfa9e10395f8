// Dates, numbers, times, durations and lists per language: fr-CA for French (Québec usage:
// "28 février 2027", "1 200", "8 h 30"), en-CA for English (long dates read like en-US, "February
// 28, 2027"; times "8:30 a.m."; the teams this tool serves are mostly Canadian).
//
// Formatted here from small tables (the words are in src/i18n/brief.ts, `fmt.*`), not by Intl: the
// first Intl object of a process costs ~10 ms (ICU loads its locale data), a sixth of what
// `plan brief` takes. The output is Intl's, byte for byte: test/unit/brief/locale.test.ts compares
// every formatter with Intl for both languages, table-driven and with fast-check properties over
// wide ranges. Whatever lies outside what those tests prove (non-numbers, huge numbers, years
// outside 1-9999, invalid dates) is still handed to Intl, exactly as before.
import { briefCatalog } from '../i18n/brief.js';
import { interpolate, type Lang } from '../i18n/index.js';
import { intlZoneDay, type DayParts, type ZoneDay } from './zone.js';

export type { DayParts, ZoneDay } from './zone.js';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export function localeOf(lang: Lang): string {
  return lang === 'fr' ? 'fr-CA' : 'en-CA';
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
const DURATION_RE = /^(\d+(?:\.\d+)?)\s*(m|h|d)$/;
const DAY_MS = 86_400_000;

// Numbers up to this size are formatted here; beyond it (and for NaN, Infinity, strings, bigints)
// Intl does it. ICU's plural operands misbehave far beyond it (fr: "1e21 heure").
const EXACT_BELOW = 1e15;
const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  // fr-CA groups with a no-break space (fr-FR uses a narrow one).
  fr: { group: '\u00a0', decimal: ',' },
};

/** `one` or `other`, by the language's rules: French says "1,5 heure", English "1.5 hours". */
export function pluralOf(lang: Lang, count: number): 'one' | 'other' {
  if (typeof count === 'number' && Math.abs(count) < EXACT_BELOW) {
    // Intl.PluralRules rounds to 3 decimals first (its default maximumFractionDigits).
    const [int, frac] = rounded(decimalOf(Math.abs(count)), 3);
    return categoryOf(lang, int, frac);
  }
  return new Intl.PluralRules(localeOf(lang)).select(count) === 'one' ? 'one' : 'other';
}

/** CLDR plural rules on the visible digits: en `one` is exactly 1; fr `one` is 0 <= n < 2. */
function categoryOf(lang: Lang, int: string, frac: string): 'one' | 'other' {
  if (lang === 'fr') return int === '0' || int === '1' ? 'one' : 'other';
  return int === '1' && frac === '' ? 'one' : 'other';
}

/**
 * |value| as plain decimal digits ("1e-7" -> "0.0000001"). Number#toString gives the shortest
 * digits that read back as the same double, which is also what ICU starts from when it formats one.
 */
function decimalOf(abs: number): string {
  const text = String(abs);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const mantissa = text.slice(0, e);
  const exponent = Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  if (point <= 0) return '0.' + '0'.repeat(-point) + digits;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return digits.slice(0, point) + '.' + digits.slice(point);
}

/** Round a plain decimal half away from zero (Intl's `halfExpand`) to `fraction` digits; drop trailing zeros. */
function rounded(decimal: string, fraction: number): [int: string, frac: string] {
  const dot = decimal.indexOf('.');
  let int = dot < 0 ? decimal : decimal.slice(0, dot);
  let frac = dot < 0 ? '' : decimal.slice(dot + 1);
  if (frac.length > fraction) {
    const up = frac.charCodeAt(fraction) >= 0x35; // '5'
    frac = frac.slice(0, fraction);
    if (up) {
      const digits = (int + frac).split('');
      let i = digits.length - 1;
      for (; i >= 0 && digits[i] === '9'; i--) digits[i] = '0';
      if (i < 0) digits.unshift('1');
      else digits[i] = String.fromCharCode(digits[i]!.charCodeAt(0) + 1);
      const all = digits.join('');
      int = all.slice(0, all.length - frac.length);
      frac = all.slice(all.length - frac.length);
    }
  }
  return [int, frac.replace(/0+$/, '')];
}

function grouped(int: string, separator: string): string {
  if (int.length <= 3) return int;
  let out = int.slice(0, int.length % 3 || 3);
  for (let i = out.length; i < int.length; i += 3) out += separator + int.slice(i, i + 3);
  return out;
}

/** A decimal string moved `places` to the right (x100 for percents, exactly, as ICU scales). */
function shifted(decimal: string, places: number): string {
  const dot = decimal.indexOf('.');
  const int = dot < 0 ? decimal : decimal.slice(0, dot);
  const frac = (dot < 0 ? '' : decimal.slice(dot + 1)).padEnd(places, '0');
  const whole = (int + frac.slice(0, places)).replace(/^0+(?=\d)/, '');
  const rest = frac.slice(places);
  return rest ? `${whole}.${rest}` : whole;
}

/** Intl's formatting with at most `fraction` decimals, for a finite number below EXACT_BELOW. */
function formatDecimal(lang: Lang, value: number, decimal: string, fraction: number): { text: string; int: string; frac: string } {
  const [int, frac] = rounded(decimal, fraction);
  const { group, decimal: point } = SEPARATORS[lang];
  // Intl shows the sign of negative numbers, -0 and what rounds to 0 included ("-0").
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return { text: sign + grouped(int, group) + (frac ? point + frac : ''), int, frac };
}

function isExact(value: unknown): value is number {
  return typeof value === 'number' && Math.abs(value) < EXACT_BELOW;
}

const YEAR_MIN = 1;
const YEAR_MAX = 9999;

/** UTC year, month (1-12), day of an instant. */
function utcParts(ms: number): DayParts {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function inYearRange(parts: DayParts | undefined): parts is DayParts {
  return parts !== undefined && parts.year >= YEAR_MIN && parts.year <= YEAR_MAX;
}

export interface LocaleOptions {
  /** How to find the day of an instant in a time zone (default: Intl). */
  zoneDay?: ZoneDay;
}

export function localeFormat(lang: Lang, options: LocaleOptions = {}): LocaleFormat {
  const locale = localeOf(lang);
  const zoneDay = options.zoneDay ?? intlZoneDay;
  const words = briefCatalog[lang];
  const names = (key: 'fmt.months' | 'fmt.monthsShort' | 'fmt.weekdays' | 'fmt.weekdaysShort') => words[key].split(',');
  const months = names('fmt.months');
  const monthsShort = names('fmt.monthsShort');
  const weekdays = names('fmt.weekdays');
  const weekdaysShort = names('fmt.weekdaysShort');

  // Intl, only for what the code above does not cover: made on first use, as before.
  let intl: ReturnType<typeof intlFormats> | undefined;
  const viaIntl = () => (intl ??= intlFormats(locale));

  const number = (value: number): string =>
    isExact(value) ? formatDecimal(lang, value, decimalOf(Math.abs(value)), 1).text : viaIntl().number.format(value);
  const longDate = (parts: DayParts) => interpolate(words['fmt.date'], { month: months[parts.month - 1]!, day: parts.day, year: parts.year });
  // A YYYY-MM-DD date as Date.UTC reads it (as before: years 00-99 are 1900-1999, a month 13 is
  // next January); undefined for anything else.
  const instantOf = (value: unknown): number | undefined => {
    const match = typeof value === 'string' ? DATE_RE.exec(value) : null;
    return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
  };
  const dayOf = (value: unknown, format: (parts: DayParts, ms: number) => string, intlFormat: () => Intl.DateTimeFormat): string => {
    const ms = instantOf(value);
    if (ms === undefined || Number.isNaN(ms)) return String(value ?? '');
    const parts = utcParts(ms);
    return inYearRange(parts) ? format(parts, ms) : intlFormat().format(new Date(ms));
  };

  return {
    locale,
    number,
    percent(value) {
      // As before: Intl was given value / 100 (a double) and scales it by 100 itself, exactly.
      const scaled = value / 100;
      if (!isExact(scaled)) return viaIntl().percent.format(scaled);
      const { text } = formatDecimal(lang, scaled, shifted(decimalOf(Math.abs(scaled)), 2), 1);
      return interpolate(words['value.percent'], { value: text });
    },
    date: (value) => dayOf(value, longDate, () => viaIntl().date),
    dayShort: (value) =>
      dayOf(
        value,
        (parts, ms) => interpolate(words['fmt.dayShort'], { weekday: weekdaysShort[(new Date(ms).getUTCDay() + 6) % 7]!, day: parts.day, month: monthsShort[parts.month - 1]! }),
        () => viaIntl().dayShort,
      ),
    today(now, timeZone) {
      const ms = now.getTime();
      let parts: DayParts | undefined;
      // --now gives a date (UTC midnight): show that date, not the evening before in America/Toronto.
      if (isMidnightUtc(now) || timeZone === undefined || timeZone === 'UTC') parts = utcParts(ms);
      // A zone the runtime does not know: UTC, as before.
      else if (Number.isFinite(ms)) parts = zoneDay(ms, timeZone) ?? utcParts(ms);
      if (inYearRange(parts)) return longDate(parts);
      return intlToday(locale, viaIntl().date, now, timeZone);
    },
    time(value) {
      const match = typeof value === 'string' ? TIME_RE.exec(value) : null;
      if (!match) return String(value ?? '');
      const hour = Number(match[1]);
      const minute = match[2]!;
      // OQLF: "8 h", not "8 h 00", for a whole hour.
      if (lang === 'fr') return minute === '00' ? `${hour} h` : `${hour} h ${minute}`;
      return `${hour % 12 || 12}:${minute} ${hour < 12 ? words['fmt.am'] : words['fmt.pm']}`;
    },
    duration(value) {
      const match = typeof value === 'string' ? DURATION_RE.exec(value.trim()) : null;
      if (!match) return String(value ?? '');
      const unit = UNITS[match[2] as keyof typeof UNITS];
      const amount = Number(match[1]);
      if (!isExact(amount)) {
        return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(amount);
      }
      const { text, int, frac } = formatDecimal(lang, amount, decimalOf(amount), 1);
      // The unit's plural follows the number as shown ("1 hour" for 1.04).
      return interpolate(words[`fmt.${unit}.${categoryOf(lang, int, frac)}`], { count: text });
    },
    weekday(day) {
      const index = WEEKDAYS.indexOf(day as Weekday);
      if (index < 0) return String(day ?? '');
      return weekdays[index]!;
    },
    list(items) {
      if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) return viaIntl().list.format(items);
      if (items.length <= 1) return items.length === 1 ? items[0]! : '';
      return interpolate(words['fmt.listEnd'], { head: items.slice(0, -1).join(', '), last: items[items.length - 1]! });
    },
  };
}

const UNITS = { m: 'minute', h: 'hour', d: 'day' } as const;

/** The Intl formatters this module used to build up front; now only for what it does not cover. */
function intlFormats(locale: string) {
  return {
    number: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
    percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
    dayShort: new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }),
    list: new Intl.ListFormat(locale, { type: 'conjunction' }),
  };
}

/** The former `today`, whole: for instants outside years 1-9999 (and invalid dates, which throw as before). */
function intlToday(locale: string, dateFormat: Intl.DateTimeFormat, now: Date, timeZone?: string): string {
  if (isMidnightUtc(now)) return dateFormat.format(now);
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: timeZone ?? 'UTC' }).format(now);
  } catch {
    return dateFormat.format(now);
  }
}

function isMidnightUtc(date: Date): boolean {
  return date.getTime() % DAY_MS === 0;
}

/** YYYY-MM-DD of `now` in a time zone (UTC when the zone is unknown); a --now date is taken as is. */
export function isoDay(now: Date, timeZone?: string, zoneDay: ZoneDay = intlZoneDay): string {
  if (isMidnightUtc(now)) return now.toISOString().slice(0, 10);
  const ms = now.getTime();
  if (Number.isFinite(ms)) {
    const parts = timeZone === undefined || timeZone === 'UTC' ? utcParts(ms) : (zoneDay(ms, timeZone) ?? utcParts(ms));
    // en-CA writes a 4-digit year as is, month and day on 2 digits.
    if (parts.year >= 1000 && parts.year <= 9999) return `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
  }
  try {
    // en-CA formats dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: timeZone ?? 'UTC' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}
