// Display names and dates for the calendar files, from the strategy and the catalog.
import { platformFacts, type Weekday } from '../knowledge/index.js';
import { translator, type Lang, type Translate } from '../i18n/index.js';
import { calendarCatalog, type CalendarKey } from '../i18n/calendar.js';
import type { Strategy } from '../strategy/types.js';
import { toUtc, weekdayOf, WEEKDAYS } from './dates.js';

export interface Labels {
  t: Translate<CalendarKey>;
  lang: Lang;
  platform(id: string): string;
  pillar(id: string | undefined): string;
  audience(id: string | undefined): string;
  /** `Mon 4` / `lun. 4` */
  dayHeader(date: string): string;
  /** `4 Jan 2027` / `4 janv. 2027` */
  longDate(date: string): string;
  /** `4 Jan` / `4 janv.` */
  shortDate(date: string): string;
  /** `Sunday` / `dimanche` */
  dayName(day: Weekday): string;
  /** A country's name for a region code (`US` -> `United States` / `États-Unis`); a subdivision keeps its code (`CA-QC`). */
  region(code: string): string;
}

export function labelsFor(strategy: Strategy, lang: Lang): Labels {
  const t = translator(calendarCatalog, lang);
  const weekdays = t('names.weekdays').split(',');
  const months = t('names.months').split(',');
  const platforms = new Map(strategy.platforms.map((p) => [p.id, p.name ?? platformFacts(p.id)?.name ?? p.id]));
  const pillars = new Map((strategy.editorial_line.pillars ?? []).map((p) => [p.id, p.name]));
  const audiences = new Map(strategy.audiences.map((a) => [a.id, a.name]));
  // French writes the first of the month as an ordinal: « 1er mars ».
  const dayNumber = (date: string) => (lang === 'fr' && toUtc(date).getUTCDate() === 1 ? '1er' : String(toUtc(date).getUTCDate()));
  const shortDate = (date: string) => `${dayNumber(date)} ${months[toUtc(date).getUTCMonth()]}`;
  return {
    t,
    lang,
    platform: (id) => platforms.get(id) ?? id,
    pillar: (id) => (id === undefined ? '' : (pillars.get(id) ?? id)),
    audience: (id) => (id === undefined ? '' : (audiences.get(id) ?? id)),
    dayHeader: (date) => `${weekdays[WEEKDAYS.indexOf(weekdayOf(date))]} ${dayNumber(date)}`,
    shortDate,
    dayName: (day) => t('names.weekdaysLong').split(',')[WEEKDAYS.indexOf(day)] ?? day,
    longDate: (date) => `${shortDate(date)} ${toUtc(date).getUTCFullYear()}`,
    region: (code) => regionName(code, lang),
  };
}

function regionName(code: string, lang: Lang): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return new Intl.DisplayNames([lang === 'fr' ? 'fr-CA' : 'en-CA'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
