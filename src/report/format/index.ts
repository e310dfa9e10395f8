// The report's output formats, one file each, behind one signature: the report and its words in, text out.
import type { Lang } from '../../i18n/index.js';
import { painter } from '../../term/style.js';
import type { Report } from '../model.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatTerminal } from './terminal.js';
import { reportView } from './view.js';

export const REPORT_FORMATS = ['text', 'md', 'json', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

export interface FormatOptions {
  lang: Lang;
  /** Colour for the terminal format. */
  color: boolean;
}

export function formatReport(report: Report, format: ReportFormat, options: FormatOptions): string {
  if (format === 'json') return formatJson(report);
  const view = reportView(report, options.lang);
  if (format === 'md') return formatMarkdown(view);
  if (format === 'html') return formatHtml(view);
  return formatTerminal(view, painter(options.color));
}
