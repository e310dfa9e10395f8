// Key dates: the public holidays and observances of the strategy's region, from the maintained
// `date-holidays` package (never a hand-kept list), and the strategy's own `calendar.key_dates`,
// whose yearly rules use that package's rule syntax (`2nd sunday in May`, `12-24`, `easter -2`).
//
// The package and its world data take about 100 ms to load, so it is required on first use only:
// `plan calendar` and a brief with a calendar need it. Yearly rules need only its rule parser,
// date-holidays-parser (the same project, without the world data): `plan validate` loads that alone,
// and only when a key date has a yearly rule. A synchronous require keeps the planner and the rules
// pure, synchronous functions.
import { createRequire } from 'node:module';
import type { Lang } from '../i18n/index.js';
import type { Strategy } from '../strategy/types.js';
import { isIsoDate } from './dates.js';
import type { KeyDate } from './types.js';


type HolidaysInstance = {
  getHolidays(year: number, lang?: string): { date: string; name: string; type: string; rule?: string }[];
  setHoliday(rule: string, options: { name: Record<string, string>; type: string }): boolean;
};
type HolidaysClass = new (country?: string, state?: string, options?: { languages?: string[]; types?: string[] }) => HolidaysInstance & { init(country?: string, state?: string): boolean | undefined };

type ParserClass = new (data: object) => HolidaysInstance;

let holidaysClass: HolidaysClass | undefined;
let parserClass: ParserClass | undefined;

function load<T>(name: string): T {
  const loaded = createRequire(import.meta.url)(name) as T | { default: T };
  return typeof loaded === 'function' ? (loaded as T) : (loaded as { default: T }).default;
}

function loadHolidays(): HolidaysClass {
  return (holidaysClass ??= load<HolidaysClass>('date-holidays'));
}

function loadParser(): ParserClass {
  return (parserClass ??= load<ParserClass>('date-holidays-parser'));
}

/** `CA-QC` -> ['CA', 'QC']; `FR` -> ['FR']. */
function splitRegion(region: string): [string, string | undefined] {
  const [country, state] = region.split('-');
  return [country!, state];
}

/** Whether date-holidays knows the region (a country, or a country's subdivision). */
export function knowsRegion(region: string): { country: boolean; state: boolean } {
  const Holidays = loadHolidays();
  const [country, state] = splitRegion(region);
  const countries = (new Holidays() as unknown as { getCountries(): Record<string, string> }).getCountries();
  if (!Object.hasOwn(countries, country)) return { country: false, state: false };
  if (!state) return { country: true, state: true };
  const states = (new Holidays() as unknown as { getStates(c: string): Record<string, string> | undefined }).getStates(country) ?? {};
  return { country: true, state: Object.hasOwn(states, state) };
}

/**
 * The region's holidays between two dates (inclusive), named in `lang`. Unknown countries give
 * none; an unknown subdivision gives the country's. `which` follows `calendar.holidays`.
 */
export function regionHolidays(region: string | undefined, from: string, to: string, lang: Lang, which: 'all' | 'public' | 'none' = 'all'): KeyDate[] {
  if (!region || which === 'none') return [];
  const Holidays = loadHolidays();
  const known = knowsRegion(region);
  if (!known.country) return [];
  const [country, state] = splitRegion(region);
  const hd = new Holidays(country, known.state ? state : undefined, { languages: [lang] });
  const out: KeyDate[] = [];
  const seen = new Set<string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const h of hd.getHolidays(year, lang)) {
      const date = h.date.slice(0, 10);
      if (date < from || date > to || h.type === 'school') continue;
      if (which === 'public' && h.type !== 'public') continue;
      // The US lists a holiday and its substitute day under the same name; keep one per day.
      const key = `${date}\u0000${h.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ date, name: h.name, origin: 'holiday', type: h.type, ...(h.rule ? { rule: h.rule } : {}) });
    }
  }
  return out;
}

/**
 * Whether a yearly rule parses in date-holidays' syntax. The parser reports a bad rule with
 * console.error instead of throwing, which must not reach a command's stderr or a JSON output.
 */
export function isYearlyRule(rule: string): boolean {
  let ok = ruleValidity.get(rule);
  if (ok === undefined) {
    ok = ruleDates(rule, 2027, 2027) !== undefined;
    // One entry per distinct rule of the files read; a strategy has a handful.
    if (ruleValidity.size < 10_000) ruleValidity.set(rule, ok);
  }
  return ok;
}

const ruleValidity = new Map<string, boolean>();

/** The dates a yearly rule gives between two years (inclusive), or undefined when it does not parse.
 *  Kept per rule and years: the strategies of a batch repeat the same few rules (Christmas, Mother's Day). */
function ruleDates(rule: string, fromYear: number, toYear: number): readonly string[] | undefined {
  const key = `${fromYear}-${toYear} ${rule}`;
  if (resolvedRules.has(key)) return resolvedRules.get(key);
  const dates = resolveRule(rule, fromYear, toYear);
  if (resolvedRules.size < 10_000) resolvedRules.set(key, dates);
  return dates;
}

const resolvedRules = new Map<string, readonly string[] | undefined>();

function resolveRule(rule: string, fromYear: number, toYear: number): string[] | undefined {
  const Parser = loadParser();
  const hd = new Parser({});
  const report = console.error;
  let ok: boolean;
  try {
    console.error = () => {};
    ok = hd.setHoliday(rule.trim(), { name: { en: 'key date' }, type: 'observance' });
  } catch {
    ok = false;
  } finally {
    console.error = report;
  }
  if (!ok) return undefined;
  const dates: string[] = [];
  for (let year = fromYear; year <= toYear; year++) for (const h of hd.getHolidays(year)) dates.push(h.date.slice(0, 10));
  return dates;
}

/**
 * The strategy's own key dates between two dates (inclusive). Entries with neither a valid date nor
 * a rule that parses are left out (the `calendar/key-date` rule reports them). The package is
 * loaded only when a yearly rule is there to read.
 */
export function strategyKeyDates(strategy: Strategy, from: string, to: string): KeyDate[] {
  const entries = strategy.calendar?.key_dates ?? [];
  const out: KeyDate[] = [];
  entries.forEach((entry, index) => {
    if (!entry || typeof entry.name !== 'string') return;
    const base = {
      name: entry.name,
      origin: 'strategy' as const,
      index,
      ...(entry.pillar ? { pillar: entry.pillar } : {}),
      ...(entry.campaign ? { campaign: entry.campaign } : {}),
      ...(entry.note ? { note: entry.note } : {}),
      ...(entry.blackout_pillars?.length ? { blackoutPillars: [...entry.blackout_pillars] } : {}),
    };
    if (entry.date !== undefined && entry.rule !== undefined) return;
    if (typeof entry.date === 'string') {
      if (isIsoDate(entry.date) && entry.date >= from && entry.date <= to) out.push({ date: entry.date, ...base });
      return;
    }
    if (typeof entry.rule !== 'string') return;
    for (const date of ruleDates(entry.rule, Number(from.slice(0, 4)), Number(to.slice(0, 4))) ?? []) {
      if (date >= from && date <= to) out.push({ date, ...base });
    }
  });
  return out;
}

/**
 * Every key date of the period, by date: the strategy's own, then the region's holidays (a holiday
 * that one of the strategy's key dates already names on the same day is not repeated).
 */
export function keyDatesFor(strategy: Strategy, from: string, to: string, lang: Lang): KeyDate[] {
  const own = strategyKeyDates(strategy, from, to);
  const which = strategy.calendar?.holidays ?? 'all';
  const sameName = (a: string, b: string) => a.localeCompare(b, lang, { sensitivity: 'base' }) === 0;
  const holidays = regionHolidays(strategy.organization.region, from, to, lang, which).filter((h) => !own.some((k) => k.date === h.date && sameName(k.name, h.name)));
  return [...own, ...holidays].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.origin === b.origin ? 0 : a.origin === 'strategy' ? -1 : 1));
}
