// The shapes shared by the export readers (src/report/read/) and the report (src/report/): what an
// export says, as one observation per date, platform and metric, each with the line it came from.

/** The metrics an objective can follow (`objectives[].measure.metric` in the strategy schema). */
export const METRICS = [
  'followers',
  /** Followers gained (net) over the day or by the post: what LinkedIn, YouTube and TikTok give besides, or instead of, the count. */
  'new-followers',
  'reach',
  'impressions',
  'engagements',
  'engagement-rate',
  'clicks',
  'views',
  'saves',
  'shares',
  'comments',
  'posts',
  'response-time',
  'custom',
] as const;
export type Metric = (typeof METRICS)[number];

/** How an objective's figure is made from the observations of its period (`measure.aggregate`). */
export const AGGREGATES = ['last', 'sum', 'mean'] as const;
export type Aggregate = (typeof AGGREGATES)[number];

/** The export kinds recognised by their header row (and the neutral long CSV). */
export type ExportKind =
  | 'neutral'
  | 'x-content'
  | 'x-content-legacy'
  | 'meta-instagram-posts'
  | 'meta-facebook-posts'
  /** Meta Business Suite's per-metric daily files (UTF-16LE, `sep=,`, the metric's name, then Date,Primary). */
  | 'meta-instagram-daily'
  | 'meta-facebook-daily'
  | 'linkedin-metrics'
  | 'linkedin-posts'
  | 'linkedin-followers'
  | 'youtube-studio'
  | 'tiktok-overview'
  | 'tiktok-followers'
  | 'tiktok-content';

export interface Observation {
  /** The day the figure is for, YYYY-MM-DD (a post's figures: the day it was published). */
  date: string;
  /** A platform id of the knowledge file (`instagram`, `x`...). */
  platform: string;
  metric: Metric;
  /** For `custom`: the metric's own name, as the neutral file writes it. */
  name?: string;
  /** The figure; `engagement-rate` in percent (4.5 means 4.5 %), `response-time` in minutes. */
  value: number;
  /** The post the figure is about (its id or link), when the row is a post's. */
  post?: string;
  /** The post's pillar, when the export carries it (a tag column) or a post file says it. */
  pillar?: string;
  /** Where the figure was read, for messages: the file as the user named it, its 1-based line (row), and the sheet of a workbook. */
  source: { file: string; line: number; sheet?: string };
}

export interface ReadFile {
  file: string;
  kind: ExportKind;
  /** Rows read (data rows, not headers, totals or "Lifetime" rows). */
  rows: number;
}

export interface ReadResult {
  observations: Observation[];
  files: ReadFile[];
  /** Observations dropped because an overlapping export gave the same day, platform, metric and post. */
  duplicates: number;
}
