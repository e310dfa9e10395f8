// The calendar's public face, re-exports only: the planner lives in plan.ts, each output format in
// its own file (markdown, csv, hootsuite, ics), the shapes in types.ts.
export type { CalendarOptions, CalendarPlan, CalendarRenderer, CalendarSlot, MarkdownOptions, PlanNote } from './types.js';
export { planCalendar, planCalendarWithNotes, MAX_WEEKS } from './plan.js';
export { formatCalendarMarkdown } from './markdown.js';
export { CALENDAR_FORMATS, CALENDAR_FORMAT_NAMES, isCalendarFormat, type CalendarFormatName } from './formats.js';
