// The planner: spreads each platform's cadence over the period, then rotates pillars, audiences
// and formats. Pure and deterministic: the same strategy and options give the same slots.
import { platformFacts, type Weekday } from '../knowledge/index.js';
import type { Lang } from '../i18n/index.js';
import type { PlatformEntry, Strategy } from '../strategy/types.js';
import { addDays, daysBetween, daysFrom, isIsoDate, minutesOf, timeOf, toUtc, weekdayOf, WEEKDAYS } from './dates.js';
import { assignPillars } from './pillars.js';
import { keyDatesFor } from './key-dates.js';
import type { CalendarOptions, CalendarPlan, CalendarSlot, DefaultTime, KeyDate, PlanNote } from './types.js';
import { compareCodeUnits } from '../text/compare.js';

/** A key date with a pillar takes the post of its day, else the closest one up to this many days before. */
export const KEY_DATE_LEAD_DAYS = 3;

/** Time used when neither the cadence, the platform knowledge nor community hours give one. */
export const FALLBACK_TIME = '09:00';

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

/**
 * The calendar of a period with its key dates (the strategy's own and the region's holidays, named
 * in `lang`): what `plan calendar` and the brief plan. Loads date-holidays on first use.
 */
export function planWithKeyDates(strategy: Strategy, options: CalendarOptions, lang: Lang): CalendarPlan {
  const keyDates = options.keyDates ?? keyDatesFor(strategy, options.from, addDays(options.from, options.weeks * 7 - 1), lang);
  return planCalendarWithNotes(strategy, { ...options, keyDates });
}

/** A post placed on a day before pillars, audiences and formats are chosen: the first phase of the planner. */
export type Draft = Omit<CalendarSlot, 'pillar' | 'audience' | 'format'> & { platformIndex: number; dayIndex: number };

/** The first phase: the days each platform posts on, in slot order, with the key date each post marks. */
export interface DraftPlan {
  period: readonly string[];
  drafts: Draft[];
  /** For each draft, the strategy key date it marks, if any. */
  marks: (KeyDate | undefined)[];
  notes: PlanNote[];
  defaultTimes: DefaultTime[];
}

export function planCalendarWithNotes(strategy: Strategy, options: CalendarOptions): CalendarPlan {
  const { from, weeks } = options;
  const keyDates = options.keyDates ?? [];
  const { period, drafts, marks, notes, defaultTimes } = planDrafts(strategy, options);
  const pillars = strategy.editorial_line.pillars ?? [];
  if (pillars.length === 0 && drafts.length > 0) notes.push({ kind: 'no-pillars' });
  const pillarIndex = new Map(pillars.map((p, i) => [p.id, i]));
  const blackoutsByDate = new Map<string, string[]>();
  for (const k of keyDates) if (k.blackoutPillars?.length) blackoutsByDate.set(k.date, [...(blackoutsByDate.get(k.date) ?? []), ...k.blackoutPillars]);
  const forbidden = drafts.map((d) => {
    const ids = blackoutsByDate.get(d.date) ?? [];
    const set = new Set(ids.map((id) => pillarIndex.get(id)).filter((i): i is number => i !== undefined));
    return set.size > 0 ? set : undefined;
  });

  const fixed = drafts.map((_, i) => {
    const mark = marks[i];
    const wanted = mark?.pillar === undefined ? undefined : pillarIndex.get(mark.pillar);
    // A key date that asks for a pillar its own day blacks out gets it: the strategy contradicts
    // itself, and calendar/promo-on-blackout says so rather than the planner choosing silently.
    return wanted;
  });
  const pillarOrder = assignPillars(pillars, drafts.map((d) => d.platformIndex), { fixed, forbidden });
  const perPlatform = new Map<number, number>();
  const ideasUsed = new Map<string, number>();

  const slots = drafts.map((draft, i): CalendarSlot => {
    const platform = strategy.platforms[draft.platformIndex]!;
    const n = perPlatform.get(draft.platformIndex) ?? 0;
    perPlatform.set(draft.platformIndex, n + 1);
    const format = pick(platform.formats, n);
    const audience = pick(platform.audiences, n);
    const chosen = pillarOrder[i];
    const pillarEntry = chosen === undefined ? undefined : pillars[chosen];
    const pillar = pillarEntry?.id;
    const mark = marks[i];
    let idea: string | undefined;
    // A dash rather than a colon: the idea reads the same in English and in French.
    if (mark) idea = mark.note ? `${mark.name} — ${mark.note}` : mark.name;
    else if (pillarEntry?.examples?.length) {
      // Each pillar's ideas rotate in the order listed, over the whole calendar.
      const used = ideasUsed.get(pillarEntry.id) ?? 0;
      ideasUsed.set(pillarEntry.id, used + 1);
      idea = pillarEntry.examples[used % pillarEntry.examples.length];
    }
    return {
      date: draft.date,
      ...(draft.time ? { time: draft.time } : {}),
      platform: draft.platform,
      ...(format ? { format } : {}),
      ...(pillar ? { pillar } : {}),
      ...(audience ? { audience } : {}),
      ...(draft.owner ? { owner: draft.owner } : {}),
      ...(idea ? { idea } : {}),
      ...(mark ? { keyDate: mark.name } : {}),
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

  return { from, to: period[period.length - 1]!, weeks, slots, keyDates, defaultTimes, notes };
}

/** The time a platform's posts get: its cadence's, else defaultTimeOf's (what the calendar plans; `plan posts new` defaults to it). */
export function postTimeOf(platform: PlatformEntry, strategy: Strategy): string {
  return platform.cadence?.time ?? defaultTimeOf(platform, strategy.community?.hours, []);
}

/**
 * The planner's first phase, for what needs only the days (calendar/key-dates-unplanned): each
 * platform's cadence spread over the period, sorted in slot order, with the key dates they mark.
 * With `onlyAround`, only the cadence periods (weeks, months) holding one of those days are planned:
 * each period's posts are chosen among its own days, so those days get the posts the whole
 * calendar gives them, at a fraction of the work (the notes then speak of those periods only).
 */
export function planDrafts(strategy: Strategy, options: CalendarOptions, onlyAround?: ReadonlySet<string>): DraftPlan {
  const { from, weeks } = options;
  const keyDates = options.keyDates ?? [];
  if (!isIsoDate(from)) throw new RangeError(`from must be a date written YYYY-MM-DD, not "${from}"`);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) throw new RangeError(`weeks must be a whole number from 1 to ${MAX_WEEKS}`);
  const days = daysFrom(from, weeks * 7);
  const period = days.dates;
  const dayOfWeek = (date: string) => days.weekday.get(date) ?? weekdayOf(date);
  const notes: PlanNote[] = [];

  const hours = strategy.community?.hours;
  const watched = hours?.days && hours.days.length > 0 ? new Set<Weekday>(hours.days as Weekday[]) : undefined;
  const blackout = new Set(strategy.calendar?.blackout_dates ?? []);
  const usable = (date: string) => !blackout.has(date) && (!watched || watched.has(dayOfWeek(date)));

  const drafts: Draft[] = [];
  const defaultTimes: DefaultTime[] = [];

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

    const time = cadence.time ?? defaultTimeOf(platform, hours, defaultTimes);
    let dropped = 0;
    for (const bucket of bucketsOf(period, cadence.per, cadence.posts)) {
      if (bucket.posts <= 0 || (onlyAround && !bucket.dates.some((date) => onlyAround.has(date)))) continue;
      const allowed = bucket.dates.filter(usable);
      if (allowed.length === 0) {
        dropped += bucket.posts;
        continue;
      }
      const chosen = chooseDates(bucket.posts, allowed.filter((d) => preferred.includes(dayOfWeek(d))), allowed);
      for (const [date, count] of countByDate(chosen)) {
        const times = timesOfDay(count, time, hours?.end);
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
  return { period, drafts, marks: markKeyDates(drafts, keyDates), notes, defaultTimes };
}

/**
 * The time of a platform's posts when its cadence gives none: the platform's usual time from the
 * knowledge file (when community hours are watched then), else the start of community hours, else 09:00.
 */
function defaultTimeOf(platform: PlatformEntry, hours: { start?: string; end?: string } | undefined, out: DefaultTime[]): string {
  const facts = platformFacts(platform.id);
  const known = facts?.posting_time;
  const inHours = (time: string) => !hours?.start || !hours.end || (time >= hours.start && time < hours.end);
  let entry: DefaultTime;
  if (known && inHours(known)) {
    const source = facts!.sources.find((s) => s.fact === 'posting_time');
    entry = { platform: platform.id, time: known, from: 'platform', ...(source ? { source } : {}) };
  } else if (hours?.start) entry = { platform: platform.id, time: hours.start, from: 'hours' };
  else entry = { platform: platform.id, time: FALLBACK_TIME, from: 'fallback' };
  out.push(entry);
  return entry.time;
}

/**
 * For each slot (in order), the strategy key date it marks, if any. Each strategy key date (except
 * one that only blacks out pillars) takes
 * the first free post of its day, else the closest free post up to KEY_DATE_LEAD_DAYS before.
 * Holidays from the region mark no post: they are shown, and the strategy decides what to do.
 */
function markKeyDates(drafts: readonly { date: string }[], keyDates: readonly KeyDate[]): (KeyDate | undefined)[] {
  const marks: (KeyDate | undefined)[] = drafts.map(() => undefined);
  for (const key of keyDates) {
    if (key.origin !== 'strategy') continue;
    // A key date that only blacks out pillars (Christmas, no promotion) asks for no post of its own.
    if (key.blackoutPillars?.length && !key.pillar && !key.note) continue;
    for (let lead = 0; lead <= KEY_DATE_LEAD_DAYS; lead++) {
      const day = addDays(key.date, -lead);
      const index = drafts.findIndex((d, i) => d.date === day && marks[i] === undefined);
      if (index >= 0) {
        marks[index] = key;
        break;
      }
    }
  }
  return marks;
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
