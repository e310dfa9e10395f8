// One shape for every finding, wherever it comes from (YAML syntax, schema, semantic rules),
// so that formatters never care about the origin.

import { compareCodeUnits } from './text/compare.js';

export type Severity = 'error' | 'warn' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warn', 'info'];

/** Higher is more severe. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warn: 2, info: 1 };

/** A 1-based position; `col` counts UTF-16 code units, as editors, LSP and SARIF do. */
export interface Position {
  line: number;
  col: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A segment of a path into the strategy data: a key or an index. */
export type PathSegment = string | number;

export interface Finding {
  /** Stable id, e.g. `schema/additional-property`, `refs/unknown-audience`. */
  ruleId: string;
  severity: Severity;
  /** What is wrong and what to do, in the user's language. */
  message: string;
  /** The file as the user named it (or `<stdin>`). */
  file: string;
  /** Where in the data the finding is: [] is the document root. */
  path: PathSegment[];
  /** The place in the file; every finding inside a file has one. */
  range: Range;
  /** The line at `range.start` (cut when long, control characters made visible) and the caret's
   *  column in it: shown by the stylish format under YAML errors; machine formats leave it out. */
  excerpt?: { text: string; col: number };
}

export interface FileReport {
  file: string;
  findings: Finding[];
  /** The language the file's messages were written in (its `organization.language`, or the run's). */
  lang?: 'en' | 'fr';
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

export function countBySeverity(reports: readonly FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warn: 0, info: 0 };
  for (const report of reports) for (const f of report.findings) counts[f.severity]++;
  return counts;
}

/** Sort findings by position, then severity, so every format shows them in file order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.col - b.range.start.col ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    compareCodeUnits(a.ruleId, b.ruleId)
  );
}

/** `platforms[0].audiences[1]` style, for messages and machine output. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}
