// The calendar's shapes, apart from the code that makes or renders them, so every module imports
// them from here (no import cycle through index.ts or formats.ts).
import type { Weekday } from '../knowledge/index.js';
import type { Lang } from '../i18n/index.js';
import type { Strategy } from '../strategy/types.js';

export interface CalendarSlot {
  /** YYYY-MM-DD in the strategy's time zone. */
  date: string;
  /** HH:MM, when the platform's cadence gives a time. */
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
  status: 'planned';
  copy: string;
}

export interface CalendarOptions {
  /** First day, YYYY-MM-DD. */
  from: string;
  weeks: number;
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
  notes: PlanNote[];
}

export interface MarkdownOptions {
  /** First day of the grid; by default the Monday of the first slot's week. */
  from?: string;
  /** Weeks shown; by default enough to reach the last slot. */
  weeks?: number;
  /** Level of the title heading (weeks go one level below); 1 by default, 2 inside the brief. */
  headingLevel?: number;
}

/** One output format: the plan in, the file's text out. */
export type CalendarRenderer = (plan: CalendarPlan, strategy: Strategy, context: { lang: Lang }) => string;
