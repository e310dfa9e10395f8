// An objective's measure (`objectives[].measure` in the strategy): which figure of the exports
// follows it. Read defensively, so the report works on any strategy the schema accepts, with or
// without the field, and says why an objective cannot be followed instead of guessing.
import type { Objective } from '../strategy/types.js';
import { AGGREGATES, METRICS, type Aggregate, type Metric } from './types.js';

export interface Measure {
  /** A platform id of the strategy, or `all`: every platform the data gives the metric for. */
  platform: string;
  metric: Metric;
  aggregate: Aggregate;
  /** For `custom`: the metric's name in the neutral file. */
  name?: string;
}

/** Why an objective is not followed: the report names the field to add. */
export type Unfollowable = 'no-measure' | 'bad-measure' | 'custom-without-name' | 'no-baseline' | 'no-target' | 'no-deadline';

export function measureOf(objective: Objective): Measure | 'no-measure' | 'bad-measure' | 'custom-without-name' {
  const raw = (objective as { measure?: unknown }).measure;
  if (raw === undefined || raw === null) return 'no-measure';
  if (typeof raw !== 'object' || Array.isArray(raw)) return 'bad-measure';
  const { platform, metric, aggregate, name } = raw as Record<string, unknown>;
  if (typeof platform !== 'string' || !(METRICS as readonly unknown[]).includes(metric) || !(AGGREGATES as readonly unknown[]).includes(aggregate)) return 'bad-measure';
  if (metric === 'custom' && (typeof name !== 'string' || name.trim() === '')) return 'custom-without-name';
  return { platform, metric: metric as Metric, aggregate: aggregate as Aggregate, ...(typeof name === 'string' && name.trim() ? { name: name.trim() } : {}) };
}

/**
 * A baseline or target as a number: a YAML number, or text holding one ("85 %", "1 200", "2,5",
 * "4h" for a duration in hours). Anything else is not a figure the report can compare.
 */
export function figureOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/[\s\u00a0\u202f]/g, '');
  const hours = /^(\d+(?:[.,]\d+)?)h$/i.exec(text);
  if (hours) return Number(hours[1]!.replace(',', '.'));
  const minutes = /^(\d+(?:[.,]\d+)?)(?:m|min)$/i.exec(text);
  if (minutes) return Number(minutes[1]!.replace(',', '.')) / 60;
  // "1,200" is a thousand and two hundred (English grouping); "2,5" is two and a half (French decimals).
  if (/^\d{1,3}(?:,\d{3})+$/.test(text)) return Number(text.replaceAll(',', ''));
  const plain = /^([-+]?\d+(?:[.,]\d+)?)%?$/.exec(text);
  return plain ? Number(plain[1]!.replace(',', '.')) : undefined;
}
