// What reading one sheet needs and gives, shared by the export rows (sheet.ts) and the neutral CSV (neutral.ts).
import type { Lang, Translate } from '../../i18n/index.js';
import type { ExportsKey } from '../../i18n/exports.js';
import type { ExportKind, Observation } from '../types.js';

export interface SheetContext {
  /** The file as the user named it, for messages and observations. */
  file: string;
  t: Translate<ExportsKey>;
  /** The messages' language (sizes are written in it: 4,9 Mio). */
  lang: Lang;
  maxRows: number;
}

export interface SheetResult {
  kind: ExportKind;
  rows: number;
  observations: Observation[];
}

/** An error with its message already in the user's words; index.ts turns it into an InputError. */
export class ReadError extends Error {
  override name = 'ReadError';
}

/** "file, line 12" or "file, sheet “Metrics”, row 12". */
export function where(context: SheetContext, sheet: string | undefined, line: number): string {
  return sheet === undefined ? context.t('where.line', { file: context.file, line }) : context.t('where.sheet', { file: context.file, sheet, line });
}
