// Calendar dates as plain `YYYY-MM-DD` strings. Arithmetic runs in UTC so that no machine time
// zone or daylight-saving change can shift a day: a date here is a day on a wall calendar.
import type { Weekday } from '../knowledge/index.js';

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2027-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = DATE_RE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonthOf(year, month);
}

/** 28 to 31, by the Gregorian calendar's leap years (1900 is not one, 2000 is). */
function daysInMonthOf(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01: the planner does date arithmetic on every day of every platform, and a
 *  number needs no Date object nor string split. */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function toUtc(date: string): Date {
  return new Date(dayNumber(date) * DAY_MS);
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

export function weekdayOf(date: string): Weekday {
  // Day 0, 1970-01-01, was a Thursday (index 3 from Monday).
  return WEEKDAYS[(((dayNumber(date) + 3) % 7) + 7) % 7]!;
}

/** The days of a period with their weekdays. */
export interface Days {
  dates: readonly string[];
  weekday: ReadonlyMap<string, Weekday>;
}

let known: { from: string; dates: string[]; weekday: Map<string, Weekday> } | undefined;

/** `count` days from `from`. The strategies of a batch plan from the same Monday, each for its own
 *  number of weeks: the days are worked out once, for the longest. */
export function daysFrom(from: string, count: number): Days {
  if (known?.from !== from || known.dates.length < count) {
    const first = dayNumber(from);
    const dates = Array.from({ length: count }, (_, i) => dateOfDayNumber(first + i));
    known = { from, dates, weekday: new Map(dates.map((date, i) => [date, WEEKDAYS[(((first + i + 3) % 7) + 7) % 7]!])) };
  }
  return { dates: known.dates.length === count ? known.dates : known.dates.slice(0, count), weekday: known.weekday };
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The given date if it is a Monday, otherwise the Monday after it. */
export function nextMonday(date: string): string {
  const index = WEEKDAYS.indexOf(weekdayOf(date));
  return index === 0 ? date : addDays(date, 7 - index);
}

/** `HH:MM` to minutes after midnight. */
export function minutesOf(time: string): number {
  const colon = time.indexOf(':');
  return Number(time.slice(0, colon)) * 60 + Number(time.slice(colon + 1));
}

export function timeOf(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Today's date in a time zone (the machine's when none or an unknown one is given). */
export function todayIn(now: Date, timeZone?: string): string {
  try {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  } catch {
    return todayIn(now, undefined);
  }
}
