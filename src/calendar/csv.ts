// The calendar as a CSV sheet: one row per slot under a fixed English header (documented in
// docs/calendar.md), RFC 4180, UTF-8 with a byte-order mark so that Excel shows accents right.
import type { Strategy } from '../strategy/types.js';
import { csvRecord, userField } from './csv-field.js';
import { labelsFor } from './labels.js';
import type { CalendarRenderer } from './types.js';

export const CSV_HEADER = ['date', 'time', 'platform', 'format', 'pillar', 'audience', 'owner', 'status', 'copy'] as const;

export const renderCsv: CalendarRenderer = (plan, strategy: Strategy, { lang }) => {
  const l = labelsFor(strategy, lang);
  let out = '\uFEFF' + csvRecord(CSV_HEADER);
  for (const s of plan.slots) {
    out += csvRecord([
      s.date,
      s.time ?? '',
      userField(l.platform(s.platform)),
      userField(s.format),
      userField(l.pillar(s.pillar)),
      userField(l.audience(s.audience)),
      userField(s.owner),
      s.status,
      userField(s.copy),
    ]);
  }
  return out;
};
