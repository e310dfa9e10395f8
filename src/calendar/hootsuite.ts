// Hootsuite's bulk composer layout: no header, three columns per row (date and time, message,
// link), one file per social profile. Sources in docs/calendar.md. The composer rejects empty or
// duplicate messages and times that are not on a five-minute mark, so each row gets a placeholder
// message naming its pillar, format, date and idea, and times round up to the next five minutes.
// Key dates are not rows here (a row is a message to publish): they live in the idea of the post
// that marks them. Times are the strategy's local time, the time zone chosen in the upload dialog.
// Messages are published as written: no `'` before an `@mention` or a `+1` (no spreadsheet opens
// this file; the plain CSV format, which one does, neutralizes formulas).
import { csvRecord, plainField } from './csv-field.js';
import { minutesOf, timeOf } from './dates.js';
import { labelsFor } from './labels.js';
import type { CalendarRenderer } from './types.js';

/** Time used when the cadence gives none: the start of community hours, else 09:00. */
export const DEFAULT_TIME = '09:00';

export const renderHootsuite: CalendarRenderer = (plan, strategy, { lang }) => {
  const l = labelsFor(strategy, lang);
  const fallback = strategy.community?.hours?.start ?? DEFAULT_TIME;
  const seen = new Map<string, number>();
  let out = '';
  for (const s of plan.slots) {
    const time = roundUpToFive(s.time ?? fallback);
    const [y, m, d] = s.date.split('-');
    const key = `${s.date}|${s.platform}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const what = [l.pillar(s.pillar), s.format, l.audience(s.audience)].filter(Boolean).join(' · ');
    const placeholder = l.t('hootsuite.message', { what, platform: l.platform(s.platform), date: `${s.date}${n > 1 ? ` #${n}` : ''}` });
    const message = s.copy || (s.idea ? l.t('hootsuite.idea', { message: placeholder, idea: s.idea }) : placeholder);
    out += csvRecord([`${m}/${d}/${y} ${time}`, plainField(message), '']);
  }
  return out;
};

function roundUpToFive(time: string): string {
  return timeOf(Math.min(Math.ceil(minutesOf(time) / 5) * 5, 23 * 60 + 55));
}
