// `--format json`: a stable, documented shape for scripts (see README, "JSON output").
import type { Formatter } from './types.js';
import { countBySeverity } from '../diagnostics.js';

export const formatJson: Formatter = (reports, context) => {
  const counts = countBySeverity(reports);
  const output = {
    version: 1,
    tool: { name: 'plan', version: context.version },
    summary: { files: reports.length, errors: counts.error, warnings: counts.warn, infos: counts.info },
    files: reports.map((report) => ({
      file: report.file,
      findings: report.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        path: f.path,
        range: f.range,
      })),
    })),
  };
  return JSON.stringify(output, null, 2) + '\n';
};
