// One objective against the data: baseline → current → target, the share of the way done against
// the share of the time gone, the status and the pace needed. Pure: the clock is an argument.
import { daysBetween, isIsoDate } from '../calendar/dates.js';
import type { Objective } from '../strategy/types.js';
import { figureOf, measureOf, type Measure, type Unfollowable } from './measure.js';
import { levelSeries, observationsFor, type Point } from './series.js';
import { statusOf, type Status } from './status.js';
import type { Observation } from './types.js';

export interface ObjectiveProgress {
  id: string;
  statement: string;
  /** The objective's indicator in its own words: what a custom metric is called for a reader. */
  kpi?: string;
  unit?: string;
  measure?: Measure;
  status: Status;
  /** Why the objective is not followed (status `not-followed`). */
  reason?: Unfollowable;
  baseline?: number;
  target?: number;
  current?: number;
  /** The baseline date: `--since`, else the first day the data gives for this measure. */
  from?: string;
  /** The last day of data counted (never after today). */
  asOf?: string;
  deadline?: string;
  /** Where the straight path to the target starts: the baseline, or 0 for a total (`sum`), which counts from nothing. */
  start?: number;
  /** Share of the way from the start to the target, done (0.5 = halfway; may be below 0 or above 1). */
  done?: number;
  /** Share of the time from the baseline date to the deadline, gone (0 to 1). */
  elapsed?: number;
  /** In the objective's unit, per week: what the figure moved so far, and what the rest needs (undefined once reached or when no time is left). */
  pacePerWeek?: number;
  neededPerWeek?: number;
  /** Observations counted. */
  observations: number;
  /** The level day by day, for the trend line. */
  series: Point[];
}

export interface ProgressOptions {
  /** Today, YYYY-MM-DD. */
  today: string;
  /** `--since`: the day the baselines were measured, for every objective. */
  since?: string;
  /** The strategy's platform ids: what a measure on `all` platforms adds up. */
  platforms: readonly string[];
}

export function objectiveProgress(objective: Objective, observations: readonly Observation[], options: ProgressOptions): ObjectiveProgress {
  const base = {
    id: objective.id,
    statement: objective.statement,
    ...(typeof objective.kpi === 'string' && objective.kpi.trim() ? { kpi: objective.kpi.trim() } : {}),
    ...(objective.unit !== undefined ? { unit: objective.unit } : {}),
    ...(objective.deadline !== undefined ? { deadline: objective.deadline } : {}),
    observations: 0,
    series: [] as Point[],
  };
  const measure = measureOf(objective);
  if (typeof measure === 'string') return { ...base, status: 'not-followed', reason: measure };
  const baseline = figureOf(objective.baseline);
  const target = figureOf(objective.target);
  const withMeasure = { ...base, measure, ...(baseline !== undefined ? { baseline } : {}), ...(target !== undefined ? { target } : {}) };
  if (baseline === undefined) return { ...withMeasure, status: 'not-followed', reason: 'no-baseline' };
  if (target === undefined) return { ...withMeasure, status: 'not-followed', reason: 'no-target' };
  const deadline = objective.deadline;
  if (deadline === undefined || !isIsoDate(deadline)) return { ...withMeasure, status: 'not-followed', reason: 'no-deadline' };

  // Data after today is not counted (an export may be dated ahead by a time zone); before --since neither.
  const taken = observationsFor(measure, observations, options.platforms, { from: options.since ?? '0000-01-01', to: options.today });
  const series = levelSeries(measure, taken);
  if (series.length === 0) return { ...withMeasure, status: 'no-data', ...(options.since ? { from: options.since } : {}) };

  const from = options.since ?? series[0]!.date;
  const last = series[series.length - 1]!;
  const asOf = last.date;
  const current = last.value;
  // A total (sum) is counted from nothing over the period: its baseline (last period's total, say) is a reference, not a start.
  const start = measure.aggregate === 'sum' ? 0 : baseline;
  const way = target - start;
  // A target equal to the start is a figure to hold: done while the current figure holds it.
  const done = way === 0 ? (current >= target ? 1 : 0) : (current - start) / way;
  const span = daysBetween(from, deadline);
  const gone = daysBetween(from, asOf);
  const left = daysBetween(asOf, deadline);
  const elapsed = span <= 0 ? 1 : Math.min(1, Math.max(0, gone / span));
  const paceSoFar = gone > 0 ? done / gone : undefined;
  // No day left before the deadline: any pace is too slow.
  const paceNeeded = done >= 1 ? 0 : left > 0 ? (1 - done) / left : Number.POSITIVE_INFINITY;
  const status = statusOf({ done, elapsed, paceSoFar, paceNeeded, overdue: options.today > deadline });
  return {
    ...withMeasure,
    status,
    current,
    start,
    from,
    asOf,
    done,
    elapsed,
    ...(gone > 0 ? { pacePerWeek: ((current - start) / gone) * 7 } : {}),
    ...(done < 1 && left > 0 ? { neededPerWeek: ((target - current) / left) * 7 } : {}),
    observations: taken.length,
    series,
  };
}

