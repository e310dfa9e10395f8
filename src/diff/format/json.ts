// `plan diff --format json`: the same result for scripts; a stable, versioned shape.
import { countOf } from '../findings.js';
import type { Finding } from '../../diagnostics.js';
import { changesLine, deltaLine, words, type DiffFormatter } from './shared.js';

const finding = (f: Finding) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, path: f.path, line: f.range.start.line, column: f.range.start.col });

export const formatDiffJson: DiffFormatter = (diffs, context) => {
  const t = words(context.lang);
  const files = diffs.map((diff) => ({
    file: diff.file,
    status: diff.status,
    summary: {
      text: changesLine(diff, t),
      findings: deltaLine(diff, t, context.lang),
      changes: diff.changes.length,
      hiddenOrderChanges: diff.hiddenOrder,
      findingsAdded: countOf(diff.findings.added),
      findingsFixed: countOf(diff.findings.fixed),
    },
    changes: diff.changes.map((c) => ({
      section: c.section,
      kind: c.kind,
      text: c.text,
      path: c.path,
      ...(c.line !== undefined ? { line: c.line } : {}),
      ...(c.oldLine !== undefined ? { oldLine: c.oldLine } : {}),
      ...(c.before !== undefined ? { before: c.before } : {}),
      ...(c.after !== undefined ? { after: c.after } : {}),
    })),
    findings: { added: diff.findings.added.map(finding), fixed: diff.findings.fixed.map(finding), unchanged: diff.findings.unchanged },
  }));
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
};
