import type { FileReport, Severity } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';

export interface FormatContext {
  /** Colour escapes allowed (a terminal, no NO_COLOR, no --no-color). */
  color: boolean;
  /** Paths in machine formats are made relative to this folder. */
  cwd: string;
  lang: Lang;
  version: string;
  failSeverity: Severity;
}

/** A formatter turns the reports of a run into the text written to stdout or --output. */
export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
