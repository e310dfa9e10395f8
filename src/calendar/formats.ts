// The registry of calendar output formats, one file each behind the CalendarRenderer type.
import type { CalendarRenderer } from './types.js';
import { renderMarkdown } from './markdown.js';
import { renderCsv } from './csv.js';
import { renderHootsuite } from './hootsuite.js';
import { renderIcs } from './ics.js';

export const CALENDAR_FORMATS = {
  md: (plan, strategy, { lang }) => renderMarkdown(plan.slots, strategy, lang, { from: plan.from, weeks: plan.weeks, keyDates: plan.keyDates, defaultTimes: plan.defaultTimes }),
  csv: renderCsv,
  hootsuite: renderHootsuite,
  ics: renderIcs,
} satisfies Record<string, CalendarRenderer>;

export type CalendarFormatName = keyof typeof CALENDAR_FORMATS;
export const CALENDAR_FORMAT_NAMES = Object.keys(CALENDAR_FORMATS) as CalendarFormatName[];

export function isCalendarFormat(name: string): name is CalendarFormatName {
  return Object.hasOwn(CALENDAR_FORMATS, name);
}

/** The usual file extension of each format, for `--out` suggestions and the examples. */
export const CALENDAR_EXTENSIONS: Record<CalendarFormatName, string> = { md: 'md', csv: 'csv', hootsuite: 'hootsuite.csv', ics: 'ics' };
