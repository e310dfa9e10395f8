// The calendar's shapes, apart from the code that makes or renders them, so every module imports
// them from here (no import cycle through index.ts or formats.ts).
import type { SourceRef, Weekday } from '../knowledge/index.js';
import type { Lang } from '../i18n/index.js';
import type { Strategy } from '../strategy/types.js';

export interface CalendarSlot {
  /** YYYY-MM-DD in the strategy's time zone. */
  date: string;
  /** HH:MM in the strategy's time zone: the cadence's time, else the platform's usual one (see CalendarPlan.defaultTimes). */
  time?: string;
  /** The platform's id, as in the strategy (`instagram`). */
  platform: string;
  /** One of the platform's formats, in rotation. */
  format?: string;
  /** The pillar's id (look its name up in `editorial_line.pillars`). */
  pillar?: string;
  /** The audience's id, one of the platform's audiences in rotation. */
  audience?: string;
  /** The platform's owner, else the organization's. */
  owner?: string;
  /** A post idea (the key date the post marks, or one of its pillar's `examples` in rotation): never final text. */
  idea?: string;
  /** The name of the strategy key date this post marks. */
  keyDate?: string;
  status: 'planned';
  copy: string;
}

export interface CalendarOptions {
  /** First day, YYYY-MM-DD. */
  from: string;
  weeks: number;
  /** The key dates of the period (keyDatesFor): posts mark them and avoid their blackout pillars. */
  keyDates?: KeyDate[];
}

export interface KeyDate {
  /** YYYY-MM-DD, a day on the wall calendar of the strategy's region. */
  date: string;
  name: string;
  /** `holiday`: from date-holidays for the region; `strategy`: from `calendar.key_dates`. */
  origin: 'holiday' | 'strategy';
  /** date-holidays' type for a holiday: public, bank, school, optional, observance. */
  type?: string;
  /** date-holidays' yearly rule for a holiday (`12-25`, `2nd sunday after 05-01`). */
  rule?: string;
  /** Index in `calendar.key_dates`, for a strategy key date. */
  index?: number;
  pillar?: string;
  campaign?: string;
  note?: string;
  /** Pillars not to publish that day. */
  blackoutPillars?: string[];
}

/** Where the time of a platform's posts comes from when its cadence gives none. */
export interface DefaultTime {
  platform: string;
  time: string;
  /** `platform`: the platform knowledge (with its source); `hours`: the start of community hours; `fallback`: 09:00. */
  from: 'platform' | 'hours' | 'fallback';
  source?: SourceRef;
}

/** Something the planner had to decide that the user should hear about (printed on stderr). */
export type PlanNote =
  | { kind: 'no-cadence'; platform: string }
  | { kind: 'days-off-hours'; platform: string; days: Weekday[] }
  | { kind: 'none-in-period'; platform: string }
  | { kind: 'time-off-hours'; platform: string; time: string }
  | { kind: 'dropped'; platform: string; count: number }
  | { kind: 'no-pillars' };

export interface CalendarPlan {
  from: string;
  /** Last day of the period, inclusive. */
  to: string;
  weeks: number;
  slots: CalendarSlot[];
  /** The key dates of the period (the strategy's and the region's holidays), by date. */
  keyDates: KeyDate[];
  /** Platforms whose cadence has no time, and the time their posts got. */
  defaultTimes: DefaultTime[];
  notes: PlanNote[];
}

export interface MarkdownOptions {
  /** First day of the grid; by default the Monday of the first slot's week. */
  from?: string;
  /** Weeks shown; by default enough to reach the last slot. */
  weeks?: number;
  /** Level of the title heading (weeks go one level below); 1 by default, 2 inside the brief. */
  headingLevel?: number;
  /** Key dates to mark in each week (CalendarPlan.keyDates). */
  keyDates?: readonly KeyDate[];
  /** Where the times of cadences without one come from (CalendarPlan.defaultTimes). */
  defaultTimes?: readonly DefaultTime[];
}

/** One output format: the plan in, the file's text out. */
export type CalendarRenderer = (plan: CalendarPlan, strategy: Strategy, context: { lang: Lang }) => string;
