// The next review period, shared by the calendar rules: from the run's day to `review_by` when it
// is ahead, else one `measurement.review` cycle (a quarter when none is set), capped at a year.
import type { Strategy } from '../../strategy/types.js';
import { addDays, daysBetween, nextMonday } from '../../calendar/dates.js';
import { KEY_DATE_LEAD_DAYS, MAX_WEEKS, planCalendarWithNotes, planDrafts, strategyKeyDates, type CalendarPlan, type DraftPlan, type KeyDate } from '../../calendar/index.js';
import { isoDay } from '../util.js';

const CYCLE_DAYS = { weekly: 7, monthly: 31, quarterly: 92 } as const;

export interface ReviewPeriod {
  from: string;
  to: string;
}

export function nextReviewPeriod(strategy: Strategy, now: Date): ReviewPeriod {
  const from = isoDay(now);
  const reviewBy = strategy.organization?.review_by;
  if (typeof reviewBy === 'string' && reviewBy > from) return { from, to: daysBetween(from, reviewBy) > 366 ? addDays(from, 366) : reviewBy };
  const cycle = CYCLE_DAYS[strategy.measurement?.review as keyof typeof CYCLE_DAYS] ?? CYCLE_DAYS.quarterly;
  return { from, to: addDays(from, cycle - 1) };
}

/**
 * The strategy's key dates of the period, and the calendar of the whole weeks that cover it (from
 * the Monday of the run's week) planned around them. The region's holidays are not needed here: the
 * rules look at the key dates the strategy names, so `plan validate` loads date-holidays only to
 * read a yearly rule. The planner runs in two phases, and a rule asks only for the one it reads:
 * the days (`drafts`) or the whole plan with pillars (`plan`).
 */
export interface ReviewCalendar {
  period: ReviewPeriod;
  keyDates: KeyDate[];
  /** Undefined when the period has no key date, or the file is too incomplete to plan. */
  drafts(): DraftPlan | undefined;
  plan(): CalendarPlan | undefined;
}

// Two rules read the same calendar: work it out once per strategy and clock.
const cache = new WeakMap<Strategy, { now: number; calendar: ReviewCalendar }>();

export function reviewCalendar(strategy: Strategy, now: Date): ReviewCalendar {
  const hit = cache.get(strategy);
  if (hit && hit.now === now.getTime()) return hit.calendar;
  const calendar = uncached(strategy, now);
  cache.set(strategy, { now: now.getTime(), calendar });
  return calendar;
}

function uncached(strategy: Strategy, now: Date): ReviewCalendar {
  const period = nextReviewPeriod(strategy, now);
  const keyDates = strategyKeyDates(strategy, period.from, period.to);
  const start = nextMonday(addDays(period.from, -6));
  const weeks = Math.min(MAX_WEEKS, Math.floor(daysBetween(start, period.to) / 7) + 1);
  // Rules also run on files that are not whole strategies yet: plan what is there.
  const planned = { ...strategy, editorial_line: strategy.editorial_line ?? {} };
  const plannable = keyDates.length > 0 && Array.isArray(strategy.platforms);
  return {
    period,
    keyDates,
    drafts: once(() => attempt(() => planDrafts(planned, { from: start, weeks, keyDates }, daysAround(keyDates)), plannable)),
    plan: once(() => attempt(() => planCalendarWithNotes(planned, { from: start, weeks, keyDates }), plannable)),
  };
}

/** The key dates' days and the days before them that may carry their post. */
function daysAround(keyDates: readonly KeyDate[]): Set<string> {
  const days = new Set<string>();
  for (const key of keyDates) for (let lead = 0; lead <= KEY_DATE_LEAD_DAYS; lead++) days.add(addDays(key.date, -lead));
  return days;
}

function attempt<T>(work: () => T, plannable: boolean): T | undefined {
  if (!plannable) return undefined;
  try {
    return work();
  } catch {
    return undefined;
  }
}

function once<T>(work: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = work();
      done = true;
    }
    return value;
  };
}
