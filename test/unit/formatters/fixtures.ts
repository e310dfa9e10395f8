// Fixed findings shared by the formatter tests: every format is checked on the same input.
import type { FileReport, Finding, Severity } from '../../../src/diagnostics.js';
import type { FormatContext } from '../../../src/formatters/types.js';

export const CWD = '/repo';

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { color: false, cwd: CWD, lang: 'en', version: '9.9.9', failSeverity: 'error', ...overrides };
}

export function finding(
  file: string,
  ruleId: string,
  severity: Severity,
  message: string,
  start: [number, number],
  end: [number, number] = start,
  path: Finding['path'] = [],
): Finding {
  return { file, ruleId, severity, message, path, range: { start: { line: start[0], col: start[1] }, end: { line: end[0], col: end[1] } } };
}

const A = '/repo/strategies/a.strategy.yaml';

/** Two files with findings (one absolute path, one relative) and one clean file. */
export const REPORTS: FileReport[] = [
  {
    file: A,
    findings: [
      finding(A, 'refs/unknown-audience', 'error', 'No audience has the id `parent`. Did you mean `parents`?', [12, 7], [12, 13], ['platforms', 0, 'audiences', 0]),
      finding(A, 'schema/required', 'error', 'Missing `cadence` in `platforms[1]`.', [15, 5], [17, 1], ['platforms', 1]),
      finding(A, 'refs/pillar-shares', 'warn', 'Shares add up to 90%, not 100%.\nFix: adjust one pillar, e.g. a: 40, b: 60.', [30, 3], [30, 9], ['editorial_line', 'pillars']),
    ],
  },
  {
    file: 'b.yaml',
    findings: [finding('b.yaml', 'yaml/tab', 'info', 'Tabs <cannot> indent "YAML" & more | ]]> end', [2, 1], [2, 2])],
  },
  { file: 'clean.strategy.yaml', findings: [] },
];

/** Many findings of one severity, to exercise limits. */
export function many(count: number, severity: Severity, file = 'many.yaml'): FileReport {
  return {
    file,
    findings: Array.from({ length: count }, (_, i) => finding(file, 'refs/duplicate-id', severity, `Finding ${i + 1}`, [i + 1, 1], [i + 1, 4], ['audiences', i, 'id'])),
  };
}
