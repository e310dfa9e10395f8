// The registry of `plan posts export` formats, one file each behind the PostExporter type.
import { exportCsv } from './csv.js';
import { exportHootsuite } from './hootsuite.js';
import { exportIcs } from './ics.js';
import type { PostExporter } from './types.js';

export const POST_EXPORTERS = { hootsuite: exportHootsuite, csv: exportCsv, ics: exportIcs } satisfies Record<string, PostExporter>;

export type PostExportFormat = keyof typeof POST_EXPORTERS;
export const POST_EXPORT_FORMATS = Object.keys(POST_EXPORTERS) as PostExportFormat[];

export function isPostExportFormat(name: string): name is PostExportFormat {
  return Object.hasOwn(POST_EXPORTERS, name);
}

export { exportRows, isExportable, publishedTextFor, type ExportRow, type RowFilter } from './rows.js';
export { hootsuiteProblems, HOOTSUITE_MAX_MESSAGES, type HootsuiteProblem } from './hootsuite.js';
export type { ExportContext, PostExporter } from './types.js';
