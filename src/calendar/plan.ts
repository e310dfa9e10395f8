// The planner: spreads each platform's cadence over the period, then rotates pillars, audiences
// and formats. Pure and deterministic: the same strategy and options give the same slots.
import { platformFacts, type Weekday } from '../knowledge/index.js';
import type { PlatformEntry, Strategy } from '../strategy/types.js';
import { addDays, daysBetween, isIsoDate, minutesOf, timeOf, toUtc, weekdayOf, WEEKDAYS } from './dates.js';
import { assignPillars } from './pillars.js';
import type { CalendarOptions, CalendarPlan, CalendarSlot, PlanNote } from './types.js';
import { compareCodeUnits } from '../text/compare.js';

export const MAX_WEEKS = 53;

const LATEST = 23 * 60 + 55;

interface Bucket {
  dates: string[];
  posts: number;
}

/**
 * Spread each platform's cadence over `weeks` weeks from `from`, and rotate pillars, audiences and
 * formats. Deterministic. Throws a RangeError for a malformed date or a number of weeks out of range.
 */
export function planCalendar(strategy: Strategy, options: CalendarOptions): CalendarSlot[] {
  return planCalendarWithNotes(strategy, options).slots;
}

export function planCalendarWithNotes(strategy: Strategy, options: CalendarOptions): CalendarPlan {
  const { from, weeks } = options;
  if (!isIsoDate(from)) throw new RangeError(`from must be a date written YYYY-MM-DD, not "${from}"`);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) throw new RangeError(`weeks must be a whole number from 1 to ${MAX_WEEKS}`);
  const period = Array.from({ length: weeks * 7 }, (_, i) => addDays(from, i));
  const notes: PlanNote[] = [];

  const hours = strategy.community?.hours;
  const watched = hours?.days && hours.days.length > 0 ? new Set<Weekday>(hours.days as Weekday[]) : undefined;
  const blackout = new Set(strategy.calendar?.blackout_dates ?? []);
  const usable = (date: string) => !blackout.has(date) && (!watched || watched.has(weekdayOf(date)));

  type Draft = Omit<CalendarSlot, 'pillar' | 'audience' | 'format'> & { platformIndex: number; dayIndex: number };
  const drafts: Draft[] = [];

  strategy.platforms.forEach((platform, platformIndex) => {
    const cadence = platform.cadence;
    if (!cadence) {
      if (platform.role !== 'listening') notes.push({ kind: 'no-cadence', platform: platform.id });
      return;
    }
    if (cadence.posts <= 0) return;

    const explicit = (cadence.days ?? []) as Weekday[];
    const known = platformFacts(platform.id)?.good_days ?? [];
    let preferred: Weekday[] = explicit.length > 0 ? explicit : known.length > 0 ? [...known] : [...WEEKDAYS];
    if (watched) {
      const off = explicit.filter((d) => !watched.has(d));
      if (off.length > 0) notes.push({ kind: 'days-off-hours', platform: platform.id, days: sortDays(off) });
      preferred = preferred.filter((d) => watched.has(d));
      if (preferred.length === 0) preferred = WEEKDAYS.filter((d) => watched.has(d));
    }
    if (cadence.time && hours?.start && hours.end && (cadence.time < hours.start || cadence.time >= hours.end)) {
      notes.push({ kind: 'time-off-hours', platform: platform.id, time: cadence.time });
    }

    let dropped = 0;
    for (const bucket of bucketsOf(period, cadence.per, cadence.posts)) {
      if (bucket.posts <= 0) continue;
      const allowed = bucket.dates.filter(usable);
      if (allowed.length === 0) {
        dropped += bucket.posts;
        continue;
      }
      const chosen = chooseDates(bucket.posts, allowed.filter((d) => preferred.includes(weekdayOf(d))), allowed);
      for (const [date, count] of countByDate(chosen)) {
        const times = timesOfDay(count, cadence.time, hours?.end);
        for (let dayIndex = 0; dayIndex < count; dayIndex++) {
          drafts.push({
            date,
            ...(times[dayIndex] ? { time: times[dayIndex] } : {}),
            platform: platform.id,
            ...ownerOf(platform, strategy),
            status: 'planned',
            copy: '',
            platformIndex,
            dayIndex,
          });
        }
      }
    }
    if (dropped > 0) notes.push({ kind: 'dropped', platform: platform.id, count: dropped });
  });

  drafts.sort((a, b) => compareCodeUnits(a.date, b.date) || compareCodeUnits(a.time ?? '', b.time ?? '') || a.platformIndex - b.platformIndex || a.dayIndex - b.dayIndex);

  const pillars = strategy.editorial_line.pillars ?? [];
  if (pillars.length === 0 && drafts.length > 0) notes.push({ kind: 'no-pillars' });
  const pillarOrder = assignPillars(pillars, drafts.map((d) => d.platformIndex));
  const perPlatform = new Map<number, number>();

  const slots = drafts.map((draft, i): CalendarSlot => {
    const platform = strategy.platforms[draft.platformIndex]!;
    const n = perPlatform.get(draft.platformIndex) ?? 0;
    perPlatform.set(draft.platformIndex, n + 1);
    const format = pick(platform.formats, n);
    const audience = pick(platform.audiences, n);
    const pillarIndex = pillarOrder[i];
    const pillar = pillarIndex === undefined ? undefined : pillars[pillarIndex]?.id;
    return {
      date: draft.date,
      ...(draft.time ? { time: draft.time } : {}),
      platform: draft.platform,
      ...(format ? { format } : {}),
      ...(pillar ? { pillar } : {}),
      ...(audience ? { audience } : {}),
      ...(draft.owner ? { owner: draft.owner } : {}),
      status: 'planned',
      copy: '',
    };
  });

  // Notes for platforms whose posts landed nowhere at all.
  for (const platform of strategy.platforms) {
    const c = platform.cadence;
    if (c && c.posts > 0 && !slots.some((s) => s.platform === platform.id) && !notes.some((n) => n.kind === 'dropped' && n.platform === platform.id)) {
      notes.push({ kind: 'none-in-period', platform: platform.id });
    }
  }

  return { from, to: period[period.length - 1]!, weeks, slots, notes };
}

function pick(list: readonly string[] | undefined, n: number): string | undefined {
  return list && list.length > 0 ? list[n % list.length] : undefined;
}

function ownerOf(platform: PlatformEntry, strategy: Strategy): { owner?: string } {
  const owner = platform.owner ?? strategy.organization.owner;
  return owner ? { owner } : {};
}

function sortDays(days: Weekday[]): Weekday[] {
  return [...days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
}

/**
 * The periods a cadence counts in, each with its number of posts. Weeks are 7-day blocks starting
 * on --from. Months are calendar months; a month only partly inside the period gets its share,
 * rounded on the running total so that rounding errors never pile up.
 */
export function bucketsOf(period: readonly string[], per: 'day' | 'week' | 'month', posts: number): Bucket[] {
  if (per === 'day') return period.map((date) => ({ dates: [date], posts }));
  if (per === 'week') {
    const out: Bucket[] = [];
    for (let i = 0; i < period.length; i += 7) out.push({ dates: period.slice(i, i + 7), posts });
    return out;
  }
  const months = new Map<string, string[]>();
  for (const date of period) {
    const key = date.slice(0, 7);
    const list = months.get(key) ?? [];
    list.push(date);
    months.set(key, list);
  }
  const out: Bucket[] = [];
  let expected = 0;
  let planned = 0;
  for (const [key, dates] of months) {
    expected += (posts * dates.length) / daysInMonth(key);
    const total = Math.round(expected + 1e-9);
    out.push({ dates, posts: total - planned });
    planned = total;
  }
  return out;
}

function daysInMonth(yearMonth: string): number {
  const first = `${yearMonth}-01`;
  const next = toUtc(first);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return daysBetween(first, next.toISOString().slice(0, 10));
}

/**
 * Pick `count` dates: evenly among the preferred dates first; when there are not enough, add the
 * other usable dates that sit farthest from those already chosen; only then put two posts on a day.
 */
export function chooseDates(count: number, preferred: readonly string[], allowed: readonly string[]): string[] {
  if (count <= 0 || allowed.length === 0) return [];
  if (preferred.length === 0) return chooseDates(count, allowed, allowed);
  if (count <= preferred.length) return spread(count, preferred);
  const chosen = [...preferred];
  const extras = allowed.filter((d) => !chosen.includes(d));
  while (chosen.length < count && extras.length > 0) {
    let best = 0;
    let bestDistance = -1;
    extras.forEach((d, i) => {
      let distance = Infinity;
      for (const c of chosen) distance = Math.min(distance, Math.abs(daysBetween(c, d)));
      if (distance > bestDistance) {
        best = i;
        bestDistance = distance;
      }
    });
    chosen.push(extras.splice(best, 1)[0]!);
  }
  chosen.sort();
  const out = [...chosen];
  for (let i = 0; out.length < count; i++) out.push(chosen[i % chosen.length]!);
  return out.sort();
}

/** `count` of the `items`, evenly spaced (the middle of each equal share). */
function spread<T>(count: number, items: readonly T[]): T[] {
  return Array.from({ length: count }, (_, i) => items[Math.floor(((i + 0.5) * items.length) / count)]!);
}

function countByDate(dates: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts];
}

/**
 * Times for the posts of one day: the cadence's time for the first; later ones spaced evenly up to
 * the end of community hours (or 21:00), on five-minute marks. No time when the cadence gives none.
 */
export function timesOfDay(count: number, time: string | undefined, hoursEnd: string | undefined): (string | undefined)[] {
  if (!time) return Array.from({ length: count }, () => undefined);
  const start = minutesOf(time);
  let end = hoursEnd ? minutesOf(hoursEnd) : 21 * 60;
  if (end <= start) end = LATEST;
  const step = count > 1 ? Math.max(30, Math.floor((end - start) / count / 5) * 5) : 0;
  return Array.from({ length: count }, (_, k) => timeOf(Math.min(start + k * step, LATEST)));
}
