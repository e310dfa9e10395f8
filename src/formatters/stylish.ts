// `--format stylish` (default): grouped by file, one line per finding, a summary at the end.
import { relative } from 'node:path';
import type { Formatter } from './types.js';
import { countBySeverity } from '../diagnostics.js';
import { painter } from '../term/style.js';
import { translator } from '../i18n/index.js';
import { coreCatalog } from '../i18n/core.js';
import { visibleControls } from '../text/controls.js';

const LABEL = { error: 'error', warn: 'warning', info: 'info' } as const;

export const formatStylish: Formatter = (reports, context) => {
  const c = painter(context.color);
  const t = translator(coreCatalog, context.lang);
  const lines: string[] = [];
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    const shown = report.file === '<stdin>' ? report.file : relative(context.cwd, report.file) || report.file;
    // File names and messages carry user text: control characters are spelled out, never sent raw.
    lines.push(c.underline(visibleControls(shown, { newlines: false })));
    // A loop, not Math.max(...spread): a hostile file can hold more findings than the call stack takes.
    let width = 0;
    for (const f of report.findings) width = Math.max(width, `${f.range.start.line}:${f.range.start.col}`.length);
    for (const f of report.findings) {
      const pos = `${f.range.start.line}:${f.range.start.col}`.padEnd(width);
      const sev = f.severity === 'error' ? c.red(LABEL.error.padEnd(7)) : f.severity === 'warn' ? c.yellow(LABEL.warn.padEnd(7)) : c.blue(LABEL.info.padEnd(7));
      // A message's later lines are indented under its first, so no line of it can pass for a finding.
      const message = visibleControls(f.message).replace(/\n/g, `\n  ${' '.repeat(width)}  ${' '.repeat(7)}  `);
      lines.push(`  ${c.dim(pos)}  ${sev}  ${message}  ${c.dim(f.ruleId)}`);
    }
    lines.push('');
  }
  const counts = countBySeverity(reports);
  const problems = counts.error + counts.warn + counts.info;
  if (problems === 0) {
    lines.push(c.green(t('validate.summaryClean', { files: reports.length })));
  } else {
    const summary = t('validate.summary', { problems, errors: counts.error, warnings: counts.warn, infos: counts.info, files: reports.length });
    lines.push(counts.error > 0 ? c.red.bold(summary) : c.yellow.bold(summary));
  }
  return lines.join('\n') + '\n';
};
