// The calendar's public face, re-exports only: the planner lives in plan.ts, each output format in
// its own file (markdown, csv, hootsuite, ics), key dates in key-dates.ts, the shapes in types.ts.
export type { CalendarOptions, CalendarPlan, CalendarRenderer, CalendarSlot, DefaultTime, KeyDate, MarkdownOptions, PlanNote } from './types.js';
export { planCalendar, planCalendarWithNotes, planDrafts, planWithKeyDates, MAX_WEEKS, KEY_DATE_LEAD_DAYS, type Draft, type DraftPlan } from './plan.js';
export { keyDatesFor, regionHolidays, strategyKeyDates, isYearlyRule, knowsRegion } from './key-dates.js';
export { formatCalendarMarkdown } from './markdown.js';
export { CALENDAR_FORMATS, CALENDAR_FORMAT_NAMES, isCalendarFormat, type CalendarFormatName } from './formats.js';
