// The next review period, shared by the calendar rules: from the run's day to `review_by` when it
// is ahead, else one `measurement.review` cycle (a quarter when none is set), capped at a year.
import type { Strategy } from '../../strategy/types.js';
import { addDays, daysBetween, nextMonday } from '../../calendar/dates.js';
import { MAX_WEEKS, planCalendarWithNotes, strategyKeyDates, type CalendarPlan, type KeyDate } from '../../calendar/index.js';
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
 * read a yearly rule.
 */
type Planned = { period: ReviewPeriod; keyDates: KeyDate[]; plan: CalendarPlan | undefined };

// Two rules read the same plan: plan it once per strategy and clock.
const cache = new WeakMap<Strategy, { now: number; planned: Planned }>();

export function planReviewPeriod(strategy: Strategy, now: Date): Planned {
  const hit = cache.get(strategy);
  if (hit && hit.now === now.getTime()) return hit.planned;
  const planned = planUncached(strategy, now);
  cache.set(strategy, { now: now.getTime(), planned });
  return planned;
}

function planUncached(strategy: Strategy, now: Date): Planned {
  const period = nextReviewPeriod(strategy, now);
  const keyDates = strategyKeyDates(strategy, period.from, period.to);
  if (keyDates.length === 0 || !Array.isArray(strategy.platforms)) return { period, keyDates, plan: undefined };
  const start = nextMonday(addDays(period.from, -6));
  const weeks = Math.min(MAX_WEEKS, Math.floor(daysBetween(start, period.to) / 7) + 1);
  try {
    // Rules also run on files that are not whole strategies yet: plan what is there.
    const plan = planCalendarWithNotes({ ...strategy, editorial_line: strategy.editorial_line ?? {} }, { from: start, weeks, keyDates });
    return { period, keyDates, plan };
  } catch {
    return { period, keyDates, plan: undefined };
  }
}
