// Hootsuite's bulk composer CSV, with the posts' real text (no spreadsheet guard: the composer
// publishes the cell as is, so `'@mention` would go out with its apostrophe): no header, three columns (date and
// time `MM/DD/YYYY HH:MM`, the message, an optional link left empty), one social profile per
// upload. The composer refuses an upload with an empty or duplicate message, a time not on a
// five-minute mark, a time in the past, or more than 350 messages: hootsuiteProblems says which row
// breaks which rule before anything is written (sources in docs/posts.md, as for the calendar's
// Hootsuite file in docs/calendar.md).
import { csvRecord, plainField } from '../../calendar/csv-field.js';
import { minutesOf, timeOf } from '../../calendar/dates.js';
import type { ExportRow } from './rows.js';
import type { PostExporter } from './types.js';

/** The most messages one bulk upload takes (fewer when messages are already scheduled). */
export const HOOTSUITE_MAX_MESSAGES = 350;

export const exportHootsuite: PostExporter = (rows) => {
  let out = '';
  for (const row of rows) {
    const [y, m, d] = (row.date ?? '').split('-');
    out += csvRecord([`${m}/${d}/${y} ${row.time ?? ''}`, plainField(row.text), '']);
  }
  return out;
};

export type HootsuiteProblem =
  | { kind: 'no-date' | 'no-time' | 'empty'; row: ExportRow }
  | { kind: 'five-minutes'; row: ExportRow; earlier: string; later: string }
  | { kind: 'past'; row: ExportRow; today: string }
  | { kind: 'duplicate'; row: ExportRow; other: ExportRow }
  | { kind: 'too-many'; count: number; max: number };

/**
 * Why Hootsuite would refuse these rows, in row order (an empty list: it takes them). `today` is
 * YYYY-MM-DD in the strategy's time zone: a message dated today or later is left to the composer's
 * own check of the minutes ahead.
 */
export function hootsuiteProblems(rows: readonly ExportRow[], today: string): HootsuiteProblem[] {
  const problems: HootsuiteProblem[] = [];
  if (rows.length > HOOTSUITE_MAX_MESSAGES) problems.push({ kind: 'too-many', count: rows.length, max: HOOTSUITE_MAX_MESSAGES });
  const seen = new Map<string, ExportRow>();
  for (const row of rows) {
    if (row.date === undefined) problems.push({ kind: 'no-date', row });
    else if (row.date < today) problems.push({ kind: 'past', row, today });
    if (row.time === undefined) problems.push({ kind: 'no-time', row });
    else if (minutesOf(row.time) % 5 !== 0) {
      const minutes = minutesOf(row.time);
      problems.push({ kind: 'five-minutes', row, earlier: timeOf(minutes - (minutes % 5)), later: timeOf(Math.min(minutes - (minutes % 5) + 5, 23 * 60 + 55)) });
    }
    const text = row.text.trim();
    if (text === '') problems.push({ kind: 'empty', row });
    else {
      const other = seen.get(text);
      if (other) problems.push({ kind: 'duplicate', row, other });
      else seen.set(text, row);
    }
  }
  return problems;
}
