// The calendar as a CSV sheet: one row per slot, then one row per key date (status `key date`),
// under a header in the strategy's language (documented in docs/calendar.md), RFC 4180, UTF-8 with
// a byte-order mark so that Excel shows accents right.
import type { Lang } from '../i18n/index.js';
import { translator } from '../i18n/index.js';
import { calendarCatalog, type CalendarKey } from '../i18n/calendar.js';
import type { Strategy } from '../strategy/types.js';
import { compareCodeUnits } from '../text/compare.js';
import { csvRecord, userField } from './csv-field.js';
import { labelsFor } from './labels.js';
import type { CalendarRenderer } from './types.js';

const COLUMNS = ['csv.date', 'csv.time', 'csv.platform', 'csv.format', 'csv.pillar', 'csv.audience', 'csv.owner', 'csv.status', 'csv.idea', 'csv.keyDate', 'csv.copy'] as const satisfies readonly CalendarKey[];

/** The header row's names in a language (English: date, time, platform...). */
export function csvHeader(lang: Lang): string[] {
  const t = translator(calendarCatalog, lang);
  return COLUMNS.map((key) => t(key));
}

export const CSV_HEADER = csvHeader('en');

export const renderCsv: CalendarRenderer = (plan, strategy: Strategy, { lang }) => {
  const l = labelsFor(strategy, lang);
  const rows: { date: string; time: string; fields: string[] }[] = [];
  for (const s of plan.slots) {
    rows.push({
      date: s.date,
      time: s.time ?? '',
      fields: [
        s.date,
        s.time ?? '',
        userField(l.platform(s.platform)),
        userField(s.format),
        userField(l.pillar(s.pillar)),
        userField(l.audience(s.audience)),
        userField(s.owner),
        l.t('csv.planned'),
        userField(s.idea),
        userField(s.keyDate),
        userField(s.copy),
      ],
    });
  }
  for (const k of plan.keyDates) {
    rows.push({
      date: k.date,
      time: '',
      fields: [k.date, '', '', '', userField(l.pillar(k.pillar)), '', '', l.t('csv.keyDateStatus'), userField(k.note), userField(k.name), ''],
    });
  }
  // Key dates first on their day (an all-day mark), then the day's posts by time.
  rows.sort((a, b) => compareCodeUnits(a.date, b.date) || compareCodeUnits(a.time, b.time));
  return '\uFEFF' + csvRecord(csvHeader(lang)) + rows.map((r) => csvRecord(r.fields)).join('');
};
