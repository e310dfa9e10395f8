// The calendar as a CSV sheet: one row per slot under a fixed header in the plan's language
// (documented in docs/calendar.md), RFC 4180, UTF-8 with a byte-order mark so that Excel shows accents right.
import type { Strategy } from '../strategy/types.js';
import { csvRecord, userField } from './csv-field.js';
import { labelsFor } from './labels.js';
import type { CalendarRenderer } from './types.js';
import { translator, type Lang } from '../i18n/index.js';
import { calendarCatalog } from '../i18n/calendar.js';

export const CSV_HEADER = ['date', 'time', 'platform', 'format', 'pillar', 'audience', 'owner', 'status', 'copy'] as const;

/** The header row a French plan gets: `date, heure, plateforme…`. */
export function csvHeader(lang: Lang): string[] {
  const t = translator(calendarCatalog, lang);
  return CSV_HEADER.map((column) => t(`csv.${column}`));
}

export const renderCsv: CalendarRenderer = (plan, strategy: Strategy, { lang }) => {
  const l = labelsFor(strategy, lang);
  const t = translator(calendarCatalog, lang);
  let out = '\uFEFF' + csvRecord(csvHeader(lang));
  for (const s of plan.slots) {
    out += csvRecord([
      s.date,
      s.time ?? '',
      userField(l.platform(s.platform)),
      userField(s.format),
      userField(l.pillar(s.pillar)),
      userField(l.audience(s.audience)),
      userField(s.owner),
      s.status === 'planned' ? t('csv.planned') : s.status,
      userField(s.copy),
    ]);
  }
  return out;
};
