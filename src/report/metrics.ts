// Which export gives which metric for which platform: the one table the readers (src/report/read/),
// the `objectives/not-followable` rule and `plan report` share. Each reader's columns must give
// exactly the metrics listed here (test/unit/report/read/metrics.test.ts checks it).
//
// Column sources: research §3 (/work/shared/research/posts-and-analytics.md) and the readers' own
// comments. A column that holds a gain (X "New follows", LinkedIn "Total followers" of the
// "New followers" sheet, YouTube "Subscribers") is `new-followers`, never `followers`: reading a
// gain as a count would be a silently wrong number.
import type { ExportKind, Metric } from './types.js';

export type PlatformExportKind = Exclude<ExportKind, 'neutral'>;

export interface ExportMetrics {
  /** The platform id (knowledge file) the export is about. */
  platform: string;
  /** One row per post (figures dated by the post's publish day) or one row per day. */
  rows: 'post' | 'day';
  metrics: readonly Metric[];
}

export const EXPORT_METRICS: Readonly<Record<PlatformExportKind, ExportMetrics>> = {
  'x-content': { platform: 'x', rows: 'post', metrics: ['posts', 'impressions', 'engagements', 'shares', 'comments', 'saves', 'clicks', 'new-followers'] },
  'x-content-legacy': { platform: 'x', rows: 'post', metrics: ['posts', 'impressions', 'engagements', 'engagement-rate', 'shares', 'comments', 'clicks', 'new-followers', 'views'] },
  'meta-instagram-posts': { platform: 'instagram', rows: 'post', metrics: ['posts', 'views', 'reach', 'shares', 'comments', 'saves', 'new-followers'] },
  'meta-facebook-posts': { platform: 'facebook', rows: 'post', metrics: ['posts', 'views', 'reach', 'engagements', 'shares', 'comments', 'clicks'] },
  'meta-instagram-daily': { platform: 'instagram', rows: 'day', metrics: ['new-followers', 'reach', 'views', 'engagements', 'clicks'] },
  'meta-facebook-daily': { platform: 'facebook', rows: 'day', metrics: ['new-followers', 'reach', 'views', 'engagements', 'clicks'] },
  'linkedin-metrics': { platform: 'linkedin', rows: 'day', metrics: ['impressions', 'reach', 'clicks', 'comments', 'shares', 'engagement-rate'] },
  'linkedin-posts': { platform: 'linkedin', rows: 'post', metrics: ['posts', 'impressions', 'views', 'clicks', 'comments', 'shares', 'new-followers', 'engagement-rate'] },
  'linkedin-followers': { platform: 'linkedin', rows: 'day', metrics: ['new-followers'] },
  'youtube-studio': { platform: 'youtube', rows: 'post', metrics: ['posts', 'views', 'new-followers', 'impressions', 'comments', 'shares'] },
  'tiktok-overview': { platform: 'tiktok', rows: 'day', metrics: ['views', 'comments', 'shares'] },
  'tiktok-followers': { platform: 'tiktok', rows: 'day', metrics: ['followers', 'new-followers'] },
  'tiktok-content': { platform: 'tiktok', rows: 'post', metrics: ['posts', 'views', 'comments', 'shares'] },
};

export const PLATFORM_EXPORT_KINDS = Object.keys(EXPORT_METRICS) as PlatformExportKind[];

/** The platform exports that give `metric` for `platform` (`all`: for any platform). The neutral CSV gives every metric and is not listed. */
export function exportsGiving(platform: string, metric: Metric): PlatformExportKind[] {
  return PLATFORM_EXPORT_KINDS.filter((kind) => {
    const entry = EXPORT_METRICS[kind];
    return (platform === 'all' || entry.platform === platform) && entry.metrics.includes(metric);
  });
}

/** The platforms some export reader knows (the others are followed through the neutral CSV only). */
export function platformsWithExports(): string[] {
  return [...new Set(PLATFORM_EXPORT_KINDS.map((kind) => EXPORT_METRICS[kind].platform))];
}

/**
 * How `plan report` can follow a measure: `export` (some platform export gives it), `neutral`
 * (only a neutral CSV written by hand or a script: custom metrics, platforms no reader knows,
 * metrics no export gives).
 */
export function followedThrough(platform: string, metric: Metric): 'export' | 'neutral' {
  if (metric === 'custom') return 'neutral';
  return exportsGiving(platform, metric).length > 0 ? 'export' : 'neutral';
}
