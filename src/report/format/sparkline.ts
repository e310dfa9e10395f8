// A trend in a few characters: the level at the end of each week, scaled between its lowest and
// highest value. Readable in a terminal, in a Markdown table and in a pipe.
import { mondayOf } from '../posts.js';
import type { Point } from '../series.js';

const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
/** The weeks a sparkline shows at most (the latest ones). */
export const SPARK_WEEKS = 16;

/** The last value of each week that has one, oldest first, at most SPARK_WEEKS. */
export function weeklyLevels(series: readonly Point[]): number[] {
  const byWeek = new Map<string, number>();
  for (const point of series) byWeek.set(mondayOf(point.date), point.value);
  return [...byWeek.values()].slice(-SPARK_WEEKS);
}

export function sparkline(values: readonly number[]): string {
  const shown = values.filter(Number.isFinite).slice(-SPARK_WEEKS);
  if (shown.length === 0) return '';
  let low = shown[0]!;
  let high = shown[0]!;
  for (const v of shown) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  // A flat trend sits in the middle, not at the bottom: nothing moved, nothing fell.
  if (high === low) return BARS[3]!.repeat(shown.length);
  return shown.map((v) => BARS[Math.round(((v - low) / (high - low)) * (BARS.length - 1))]!).join('');
}
