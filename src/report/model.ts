// The report: every objective against the data, and the posts planned against those published.
// Pure: the strategy, what the readers read, and today's date in; the report out.
import { platformFacts } from '../knowledge/index.js';
import type { Strategy } from '../strategy/types.js';
import { objectiveProgress, type ObjectiveProgress } from './progress.js';
import { postsReport, type PostsReport } from './posts.js';
import type { Status } from './status.js';
import type { ReadFile, ReadResult } from './types.js';

export interface Report {
  organization: string;
  /** Names to show, by id: the strategy's name for each platform (else the knowledge file's) and pillar. */
  names: { platforms: Record<string, string>; pillars: Record<string, string> };
  /** Today, YYYY-MM-DD (the run's clock in the strategy's time zone, or --now). */
  today: string;
  since?: string;
  /** The files read, and the overlapping days dropped. */
  files: ReadFile[];
  duplicates: number;
  /** Figures dated after today, left out (said in the notes, so a wrong --now or a misread date shows). */
  future: { count: number; last?: string };
  /** Observations read. */
  observations: number;
  objectives: ObjectiveProgress[];
  /** Undefined when the data has no day up to today. */
  posts?: PostsReport;
}

export interface ReportOptions {
  today: string;
  since?: string;
}

export function buildReport(strategy: Strategy, read: ReadResult, options: ReportOptions): Report {
  const { today, since } = options;
  const counted = read.observations.filter((o) => o.date <= today && (since === undefined || o.date >= since));
  const future = read.observations.filter((o) => o.date > today);
  const lastFuture = future.reduce<string | undefined>((last, o) => (last === undefined || o.date > last ? o.date : last), undefined);
  let first: string | undefined;
  let last: string | undefined;
  for (const o of counted) {
    if (first === undefined || o.date < first) first = o.date;
    if (last === undefined || o.date > last) last = o.date;
  }
  return {
    organization: strategy.organization.name,
    names: {
      platforms: Object.fromEntries(strategy.platforms.map((p) => [p.id, p.name ?? platformFacts(p.id)?.name ?? p.id])),
      pillars: Object.fromEntries((strategy.editorial_line.pillars ?? []).map((p) => [p.id, p.name])),
    },
    today,
    ...(since !== undefined ? { since } : {}),
    files: read.files,
    duplicates: read.duplicates,
    future: lastFuture === undefined ? { count: 0 } : { count: future.length, last: lastFuture },
    observations: read.observations.length,
    objectives: (strategy.objectives ?? []).map((objective) => objectiveProgress(objective, counted, { today, platforms: strategy.platforms.map((p) => p.id), ...(since !== undefined ? { since } : {}) })),
    ...(first !== undefined && last !== undefined ? { posts: postsReport(strategy, counted, { from: since ?? first, to: last }) } : {}),
  };
}

/** How many objectives have each status. */
export function statusCounts(report: Report): Partial<Record<Status, number>> {
  const counts: Partial<Record<Status, number>> = {};
  for (const o of report.objectives) counts[o.status] = (counts[o.status] ?? 0) + 1;
  return counts;
}
