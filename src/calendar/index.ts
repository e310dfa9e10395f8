// CONTRACT used by `plan calendar` and the brief: keep these signatures stable.
// The planner lives in plan.ts; each output format has its own file (markdown, csv, hootsuite, ics).
import type { Lang } from '../i18n/index.js';
import type { Strategy } from '../strategy/types.js';
import { planCalendarWithNotes } from './plan.js';
import { renderMarkdown, type MarkdownOptions } from './markdown.js';

export type { MarkdownOptions } from './markdown.js';

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

/**
 * Spread each platform's cadence over `weeks` weeks from `from`, and rotate pillars, audiences and
 * formats. Deterministic. Throws a RangeError for a malformed date or a number of weeks out of range.
 */
export function planCalendar(strategy: Strategy, options: CalendarOptions): CalendarSlot[] {
  return planCalendarWithNotes(strategy, options).slots;
}

/**
 * A week-by-week Markdown grid (GFM tables, one row per platform), headed by a title. Optional
 * `options`: the grid's first day and number of weeks (by default from the slots) and the title's
 * heading level (1 by default; the brief passes 2 so the weeks sit at level 3).
 */
export function formatCalendarMarkdown(slots: readonly CalendarSlot[], strategy: Strategy, lang: Lang, options?: MarkdownOptions): string {
  return renderMarkdown(slots, strategy, lang, options);
}

export { planCalendarWithNotes, MAX_WEEKS, type CalendarPlan, type PlanNote } from './plan.js';
export { CALENDAR_FORMATS, CALENDAR_FORMAT_NAMES, isCalendarFormat, type CalendarFormatName } from './formats.js';
