// The brief's formatters (src/brief/locale.ts) write dates, numbers, times, durations, lists and
// plurals without Intl, for speed. Proof that they write exactly what Intl writes, for en-CA and
// fr-CA: every formatter against `intlReference`, the Intl-only implementation they replace (kept
// here verbatim), over tables of edge cases, exhaustive sweeps and fast-check properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n/index.js';
import { isoDay, localeFormat, pluralOf, WEEKDAYS, type LocaleFormat, type Weekday } from '../../../src/brief/locale.js';
import { processZoneDay } from '../../../src/brief/zone.js';

// ---- The reference: the former src/brief/locale.ts, through Intl only. ----
const localeOf = (lang: Lang) => (lang === 'fr' ? 'fr-CA' : 'en-CA');
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DURATION_RE = /^(\d+(?:\.\d+)?)\s*(m|h|d)$/;
const MONDAY_UTC = Date.UTC(2024, 0, 1);
const isMidnightUtc = (date: Date) => date.getTime() % 86_400_000 === 0;

const pluralRules = { en: new Intl.PluralRules('en-CA'), fr: new Intl.PluralRules('fr-CA') };
function referencePlural(lang: Lang, count: number): 'one' | 'other' {
  return pluralRules[lang].select(count) === 'one' ? 'one' : 'other';
}

function intlReference(lang: Lang): LocaleFormat {
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

function referenceIsoDay(now: Date, timeZone?: string): string {
  if (isMidnightUtc(now)) return now.toISOString().slice(0, 10);
  try {
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: timeZone ?? 'UTC' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** The outcome of a call, thrown errors included (their class and message must match too). */
function outcome(call: () => string): string {
  try {
    return `ok:${call()}`;
  } catch (error) {
    return `throws:${(error as Error).constructor.name}:${(error as Error).message}`;
  }
}

const LANGS: Lang[] = ['en', 'fr'];
const ours = { en: localeFormat('en'), fr: localeFormat('fr') };
const reference = { en: intlReference('en'), fr: intlReference('fr') };
const RUNS = { numRuns: 3000 };

// Numbers where rounding, grouping and sign are at stake.
const NUMBERS = [
  0, -0, 1, -1, 0.04, 0.05, 0.049999999999999996, 0.05000000000000001, 0.15, 0.25, 0.35, 0.45, 0.95, 0.96, 9.95, 99.95, 999.95, 1.45, 2.675,
  -0.04, -0.05, -0.5, -0.95, 1e-7, -1e-7, 5e-324, 1.5, 12.5, 999, 1000, 1001, 9999.95, 12345.67, 999999.95, 1e6, 1234567.891, -1234567.891,
  2 ** 31, 2 ** 53, 2 ** 53 + 2, 123456789012345.6, 999999999999999.9, 1e15, -1e15, 1e20, 1e21, 1.7976931348623157e308, Number.MIN_VALUE,
  Number.EPSILON, 1 / 3, 2 / 3, 0.1 + 0.2, NaN, Infinity, -Infinity,
];
// Decimals with few digits (the ties of half-up rounding), over a wide range.
const decimal = fc.tuple(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.constantFrom(1, 10, 100, 1000, 1e4, 1e6)).map(([n, d]) => n / d);
const anyNumber = fc.oneof(fc.double(), fc.double({ min: -1e16, max: 1e16 }), decimal, fc.integer(), fc.constantFrom(...NUMBERS));

describe.each(LANGS)('locale formatters equal Intl (%s)', (lang) => {
  const a = ours[lang];
  const b = reference[lang];

  it('numbers: edge cases, every hundredth from -2000 to 2000, and any double', () => {
    for (const n of NUMBERS) expect(a.number(n), String(n)).toBe(b.number(n));
    for (let k = -200_000; k <= 200_000; k++) if (a.number(k / 100) !== b.number(k / 100)) expect(a.number(k / 100), String(k / 100)).toBe(b.number(k / 100));
    fc.assert(fc.property(anyNumber, (n) => a.number(n) === b.number(n)), RUNS);
  });

  it('numbers that are not plain numbers still go to Intl', () => {
    for (const value of ['1234.56', '', 'abc', 12n, 1e400] as unknown as number[]) expect(outcome(() => a.number(value))).toBe(outcome(() => b.number(value)));
  });

  it('percents: edge cases, every hundredth from -2000 to 2000, and any double', () => {
    for (const n of NUMBERS) expect(a.percent(n), String(n)).toBe(b.percent(n));
    for (let k = -200_000; k <= 200_000; k++) if (a.percent(k / 100) !== b.percent(k / 100)) expect(a.percent(k / 100), String(k / 100)).toBe(b.percent(k / 100));
    fc.assert(fc.property(anyNumber, (n) => a.percent(n) === b.percent(n)), RUNS);
    for (const value of ['40', null, undefined, 12n] as unknown as number[]) expect(outcome(() => a.percent(value))).toBe(outcome(() => b.percent(value)));
  });

  it('plurals: edge cases, every thousandth from -100 to 100, and any double', () => {
    for (const n of [...NUMBERS, 1.0004, 1.0005, 1.9994, 1.9995, 0.9995, 0.9994, 1e6, 2e6]) expect(pluralOf(lang, n), String(n)).toBe(referencePlural(lang, n));
    for (let k = -100_000; k <= 100_000; k++) if (pluralOf(lang, k / 1000) !== referencePlural(lang, k / 1000)) expect(pluralOf(lang, k / 1000), String(k / 1000)).toBe(referencePlural(lang, k / 1000));
    fc.assert(fc.property(anyNumber, (n) => pluralOf(lang, n) === referencePlural(lang, n)), RUNS);
  });

  it('dates, long and short: every day from 1890 to 2110, and every YYYY-MM-DD shape', () => {
    for (let ms = Date.UTC(1890, 0, 1); ms <= Date.UTC(2110, 11, 31); ms += 86_400_000) {
      const day = new Date(ms).toISOString().slice(0, 10);
      const [x, y] = [a.date(day) + '|' + a.dayShort(day), b.date(day) + '|' + b.dayShort(day)];
      if (x !== y) expect(x, day).toBe(y);
    }
    const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (y, m, d) => {
        const value = `${y}-${m}-${d}`;
        return a.date(value) === b.date(value) && a.dayShort(value) === b.dayShort(value);
      }),
      { numRuns: 20_000 },
    );
    for (const value of ['0000-00-00', '0099-12-31', '0100-01-01', '9999-12-31', '9999-99-99', '2026-02-29', '2024-02-29', '2026-13-01', '1582-10-10', '27-02-28', '2027-02-28 ', 'soon', '', null, undefined, 20270228, new Date(0)]) {
      expect(a.date(value), String(value)).toBe(b.date(value));
      expect(a.dayShort(value), String(value)).toBe(b.dayShort(value));
    }
  });

  it('times: every minute of the day, and anything else as written', () => {
    for (let minute = 0; minute < 24 * 60; minute++) {
      const value = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      expect(a.time(value), value).toBe(b.time(value));
    }
    for (const value of ['24:00', '8:30', '08:60', ' 08:30', '', null, undefined, 830]) expect(a.time(value)).toBe(b.time(value));
  });

  it('durations: tables and any amount of minutes, hours or days', () => {
    const table = ['0m', '1m', '1h', '1d', '2h', '1.5h', '1.04h', '1.05h', '1.95d', '0.04m', '0.05m', '4h', ' 4 h ', '30m', '48h', '1000000h', '2000000d', '1000000.5m', '00001.500h', '123456789012345h', '999999999999999.95d', '1000000000000000h', '1000000000000000000000h', '99999999999999999999999999d', '4H', '4 hours', '-4h', 'h', '', null, 4];
    for (const value of table) expect(a.duration(value), String(value)).toBe(b.duration(value));
    const amount = fc.oneof(fc.nat().map(String), fc.tuple(fc.nat({ max: 10_000_000 }), fc.stringMatching(/^\d{1,6}$/)).map(([i, f]) => `${i}.${f}`), fc.stringMatching(/^\d{1,22}(\.\d{1,4})?$/));
    fc.assert(
      fc.property(amount, fc.constantFrom('', ' ', '  '), fc.constantFrom('m', 'h', 'd'), (n, space, unit) => a.duration(`${n}${space}${unit}`) === b.duration(`${n}${space}${unit}`)),
      RUNS,
    );
  });

  it('weekdays', () => {
    for (const day of [...WEEKDAYS, 'Mon', 'monday', '', null, undefined, 1]) expect(a.weekday(day)).toBe(b.weekday(day));
  });

  it('lists: any strings, and what is not a list of strings throws as Intl does', () => {
    for (const items of [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd', 'e'], ['', ''], [' et ', ', and ']]) expect(a.list(items)).toBe(b.list(items));
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 7 }), (items) => a.list(items) === b.list(items)), RUNS);
    for (const items of [[1, 2], ['a', null], 'abc', new Set(['a', 'b']), undefined] as unknown as string[][]) expect(outcome(() => a.list(items))).toBe(outcome(() => b.list(items)));
  });

  it('today, in any time zone, by Intl or by the process zone', () => {
    const viaProcess = localeFormat(lang, { zoneDay: processZoneDay });
    const zones = [undefined, 'UTC', 'America/Toronto', 'America/Vancouver', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'Europe/London', 'Etc/GMT+12', 'america/toronto', 'Nowhere/Bogus', ':America/Toronto', 'UTC+5', ''];
    const instant = fc.oneof(fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }));
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (now, zone) => {
        const expected = b.today(now, zone);
        return a.today(now, zone) === expected && viaProcess.today(now, zone) === expected;
      }),
      RUNS,
    );
    for (const now of [new Date(Date.UTC(2026, 10, 26)), new Date(Date.UTC(2026, 10, 26, 3)), new Date(Date.UTC(-50, 0, 1, 3)), new Date(Date.UTC(10_500, 0, 1, 3)), new Date(8.64e15), new Date(NaN)]) {
      for (const zone of zones) {
        expect(outcome(() => a.today(now, zone)), `${now.getTime()} ${zone}`).toBe(outcome(() => b.today(now, zone)));
        expect(outcome(() => viaProcess.today(now, zone)), `${now.getTime()} ${zone}`).toBe(outcome(() => b.today(now, zone)));
      }
    }
  });
});

describe('isoDay equals the former Intl version', () => {
  it('in any time zone, by Intl or by the process zone', () => {
    const zones = [undefined, 'UTC', 'America/Toronto', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'america/toronto', 'Nowhere/Bogus', ''];
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), fc.constantFrom(...zones), (now, zone) => {
        const expected = referenceIsoDay(now, zone);
        return isoDay(now, zone) === expected && isoDay(now, zone, processZoneDay) === expected;
      }),
      RUNS,
    );
    for (const now of [new Date(Date.UTC(2026, 10, 26)), new Date(Date.UTC(999, 0, 1, 3)), new Date(Date.UTC(10_000, 0, 1, 3)), new Date(NaN)]) {
      for (const zone of zones) expect(outcome(() => isoDay(now, zone)), `${now.getTime()} ${zone}`).toBe(outcome(() => referenceIsoDay(now, zone)));
    }
  });
});
