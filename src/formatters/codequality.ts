// `--format codequality`: GitLab Code Quality (a subset of the Code Climate spec), the file a job
// names under `artifacts:reports:codequality` (docs/ci/gitlab-ci.yml). GitLab drops an issue whose
// fingerprint repeats and matches issues across pipelines by fingerprint, so each one is a hash of
// what names the finding (file, rule, data path, occurrence), never of its line or its wording.
import { createHash } from 'node:crypto';
import type { Severity } from '../diagnostics.js';
import type { Formatter } from './types.js';
import { fingerprinted } from './shared.js';

/** Code Climate severities: info, minor, major, critical, blocker. An error blocks the run but not the project. */
const SEVERITY: Record<Severity, 'info' | 'minor' | 'major'> = { error: 'major', warn: 'minor', info: 'info' };

export const formatCodeQuality: Formatter = (reports, context) => {
  const issues: unknown[] = [];
  for (const { file, finding: f, fingerprint } of fingerprinted(reports, context.cwd)) {
    issues.push({
      type: 'issue',
      description: f.message,
      check_name: f.ruleId,
      fingerprint: createHash('sha256').update(fingerprint).digest('hex'),
      severity: SEVERITY[f.severity],
      location: { path: file, lines: { begin: f.range.start.line, end: f.range.end.line } },
    });
  }
  return JSON.stringify(issues, null, 2) + '\n';
};
