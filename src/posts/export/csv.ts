// The posts as a CSV sheet: one row per post and platform, with the text that platform publishes,
// under a header in the strategy's language; RFC 4180 and a byte-order mark, as the calendar's CSV
// (src/calendar/csv.ts), with the same guard against spreadsheet formulas.
import { csvRecord, userField } from '../../calendar/csv-field.js';
import { labelsFor } from '../../calendar/labels.js';
import { translator } from '../../i18n/index.js';
import { draftsCatalog, type DraftsKey } from '../../i18n/drafts.js';
import { statusWord } from './status.js';
import type { PostExporter } from './types.js';

const COLUMNS = ['export.csv.date', 'export.csv.time', 'export.csv.platform', 'export.csv.pillar', 'export.csv.campaign', 'export.csv.status', 'export.csv.author', 'export.csv.file', 'export.csv.text'] as const satisfies readonly DraftsKey[];

const stringOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

export const exportCsv: PostExporter = (rows, { strategy, lang }) => {
  const t = translator(draftsCatalog, lang);
  const l = labelsFor(strategy, lang);
  let out = '\uFEFF' + csvRecord(COLUMNS.map((key) => t(key)));
  for (const row of rows) {
    const meta = row.post.meta;
    out += csvRecord([row.date ?? '', row.time ?? '', userField(l.platform(row.platform)), userField(l.pillar(stringOf(meta.pillar))), userField(stringOf(meta.campaign)), userField(statusWord(meta.status, t)), userField(stringOf(meta.author)), userField(row.post.file), userField(row.text)]);
  }
  return out;
};
