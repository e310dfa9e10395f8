// The report as JSON, for scripts and dashboards: the figures as numbers, statuses and reasons as
// ids (words belong to the other formats). `version` changes only when a field changes meaning.
import type { Report } from '../model.js';
import { statusCounts } from '../model.js';

export const REPORT_JSON_VERSION = 1;

export function formatJson(report: Report): string {
  return JSON.stringify({ version: REPORT_JSON_VERSION, ...report, statuses: statusCounts(report) }, null, 2) + '\n';
}
