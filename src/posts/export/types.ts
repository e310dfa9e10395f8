import type { Lang } from '../../i18n/index.js';
import type { Strategy } from '../../strategy/types.js';
import type { ExportRow } from './rows.js';

export interface ExportContext {
  strategy: Strategy;
  lang: Lang;
}

/** One export format: the rows in, the file's text out. */
export type PostExporter = (rows: readonly ExportRow[], context: ExportContext) => string;
