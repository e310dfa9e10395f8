// `--format stylish` (default): grouped by file, one line per finding, a summary at the end.
import { relative } from 'node:path';
import type { Formatter } from './types.js';
import type { Finding } from '../diagnostics.js';
import { painter } from '../term/style.js';
import { translator } from '../i18n/index.js';
import { coreCatalog } from '../i18n/core.js';
import { visibleControls } from '../text/controls.js';
import { summaryLine } from './summary.js';

export const formatStylish: Formatter = (reports, context) => {
  const c = painter(context.color);
  const t = translator(coreCatalog, context.lang);
  const label = { error: t('severity.error'), warn: t('severity.warn'), info: t('severity.info') };
  // As wide as the longest label the report uses (`avertissement` is long).
  let labelWidth = 0;
  for (const report of reports) for (const f of report.findings) labelWidth = Math.max(labelWidth, label[f.severity].length);
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
      const sev = f.severity === 'error' ? c.red(label.error.padEnd(labelWidth)) : f.severity === 'warn' ? c.yellow(label.warn.padEnd(labelWidth)) : c.blue(label.info.padEnd(labelWidth));
      // A message's later lines are indented under its first, so no line of it can pass for a finding.
      const message = visibleControls(f.message).replace(/\n/g, `\n  ${' '.repeat(width)}  ${' '.repeat(labelWidth)}  `);
      lines.push(`  ${c.dim(pos)}  ${sev}  ${message}  ${c.dim(f.ruleId)}`);
      if (f.excerpt) lines.push(...excerptLines(f, c));
    }
    lines.push('');
  }
  const summary = summaryLine(reports, context.lang);
  lines.push(summary.problems === 0 ? c.green(summary.text) : summary.errors > 0 ? c.red.bold(summary.text) : c.yellow.bold(summary.text));
  return lines.join('\n') + '\n';
};

/** The line the finding points at, with a caret under its column, as compilers show it. */
function excerptLines(f: Finding, c: ReturnType<typeof painter>): string[] {
  const { text, col } = f.excerpt!;
  const gutter = String(f.range.start.line);
  // The caret goes under the character: count what is before it as the terminal shows it (one
  // column per grapheme; wide characters are rare in a strategy's YAML).
  const before = [...new Intl.Segmenter().segment(text.slice(0, col - 1))].length;
  return [`      ${c.dim(`${gutter} |`)} ${text}`, `      ${' '.repeat(gutter.length)} ${c.dim('|')} ${' '.repeat(before)}${c.red('^')}`];
}
