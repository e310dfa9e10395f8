// From the observations to one objective's figures: which observations its measure takes, and the
// level they give day by day (the trend line), ending at the current value.
import type { Measure } from './measure.js';
import type { Observation } from './types.js';

export interface Point {
  /** YYYY-MM-DD. */
  date: string;
  value: number;
}

export interface Period {
  /** First day counted (the baseline date), YYYY-MM-DD. */
  from: string;
  /** Last day counted (the as-of date), YYYY-MM-DD. */
  to: string;
}

/**
 * The observations a measure takes, inside the period. `all` takes every platform of the strategy
 * (`platforms`), and for a custom metric every row of its name (the neutral file may write `all`).
 * On each platform, account figures (rows without a post) win over post rows when both exist:
 * LinkedIn's "Metrics" sheet and its "All posts" sheet count the same impressions twice otherwise.
 */
export function observationsFor(measure: Measure, observations: readonly Observation[], platforms: readonly string[], period?: Period): Observation[] {
  const taken = observations.filter(
    (o) =>
      o.metric === measure.metric &&
      (measure.metric !== 'custom' || o.name === measure.name) &&
      (measure.platform === 'all' ? measure.metric === 'custom' || platforms.includes(o.platform) : o.platform === measure.platform) &&
      (period === undefined || (o.date >= period.from && o.date <= period.to)),
  );
  const accountLevel = new Set(taken.filter((o) => o.post === undefined).map((o) => o.platform));
  const kept = taken.filter((o) => o.post === undefined || !accountLevel.has(o.platform));
  // The readers give response times in minutes; objectives state them in hours ("4h").
  return measure.metric === 'response-time' ? kept.map((o) => ({ ...o, value: o.value / 60 })) : kept;
}

/**
 * The level of the measure on each day that has data:
 * - last: each platform's latest value, added up over the platforms (followers on three networks);
 * - sum: the total counted since the baseline date (running total);
 * - mean: the running mean since the baseline date: of every value for a rate (engagement rate,
 *   response time), of each day's total over the platforms for a count (comments a week from
 *   weekly rows on two platforms: the mean of the weekly totals, not of each platform's figure).
 */
export function levelSeries(measure: Measure, taken: readonly Observation[]): Point[] {
  const byDate = new Map<string, Observation[]>();
  for (const o of taken) {
    const day = byDate.get(o.date);
    if (day) day.push(o);
    else byDate.set(o.date, [o]);
  }
  const dates = [...byDate.keys()].sort();
  const points: Point[] = [];
  const latest = new Map<string, number>();
  let total = 0;
  let sum = 0;
  let count = 0;
  for (const date of dates) {
    const day = byDate.get(date)!;
    if (measure.aggregate === 'last') {
      // Post rows of one day add up (a platform's day); account rows are one a day per platform.
      const perPlatform = new Map<string, number>();
      for (const o of day) perPlatform.set(o.platform, (perPlatform.get(o.platform) ?? 0) + o.value);
      for (const [platform, value] of perPlatform) latest.set(platform, value);
      let level = 0;
      for (const value of latest.values()) level += value;
      points.push({ date, value: level });
    } else if (measure.aggregate === 'sum') {
      for (const o of day) total += o.value;
      points.push({ date, value: total });
    } else if (isRate(measure)) {
      for (const o of day) {
        sum += o.value;
        count++;
      }
      points.push({ date, value: sum / count });
    } else {
      for (const o of day) sum += o.value;
      count++;
      points.push({ date, value: sum / count });
    }
  }
  return points;
}

/** A metric whose values are averaged as they are, never added up: a rate or a time. */
function isRate(measure: Measure): boolean {
  return measure.metric === 'engagement-rate' || measure.metric === 'response-time';
}
