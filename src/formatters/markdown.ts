// `--format markdown`: a Markdown report with a table, for GitHub job summaries
// ($GITHUB_STEP_SUMMARY), pull-request comments and wikis.
import type { FileReport } from '../diagnostics.js';
import { translator } from '../i18n/index.js';
import { summaryLine } from './summary.js';
import { formatsCatalog } from '../i18n/formats.js';
import type { FormatContext, Formatter } from './types.js';
import { ordered, relativePath } from './shared.js';
import { visibleControls } from '../text/controls.js';
import { codeSpan, escapeMarkdown, markdownWithCode } from '../text/markdown.js';

/** GitHub caps a step's job summary at 1 MiB; stay under it with room for the note. */
export const STEP_SUMMARY_MAX_BYTES = 1024 * 1024 - 4096;

/**
 * A table cell of user text: escaped as Markdown and HTML (src/text/markdown.ts), one line, no
 * pipe that would end the cell, control characters spelled out. The message keeps its code spans.
 */
export function escapeCell(value: string): string {
  return escapeMarkdown(visibleControls(value.replace(/\r\n/g, '\n')));
}

/** A message cell: each line of the message escaped on its own, lines joined by `<br>`. */
function messageCell(message: string): string {
  return visibleControls(message.replace(/\r\n/g, '\n'))
    .split('\n')
    .map((line) => markdownWithCode(line, { table: true }))
    .filter(Boolean)
    .join('<br>');
}

export function renderMarkdown(reports: readonly FileReport[], context: FormatContext, maxBytes = Infinity): string {
  const t = translator(formatsCatalog, context.lang);
  const { text: summary, problems } = summaryLine(reports, context.lang);
  const head = [`## ${t('markdown.title')}`, '', summary, ''];
  if (problems === 0) return head.join('\n');

  head.push(
    `| ${t('markdown.file')} | ${t('markdown.line')} | ${t('markdown.severity')} | ${t('markdown.rule')} | ${t('markdown.message')} |`,
    '| --- | --- | --- | --- | --- |',
  );
  let text = head.join('\n') + '\n';
  let bytes = Buffer.byteLength(text);
  let written = 0;
  for (const report of reports) {
    const file = escapeCell(relativePath(report.file, context.cwd));
    for (const f of ordered(report)) {
      const row = `| ${file} | ${f.range.start.line}:${f.range.start.col} | ${t(`severity.${f.severity}`)} | ${codeSpan(f.ruleId, { table: true })} | ${messageCell(f.message)} |\n`;
      const size = Buffer.byteLength(row);
      if (bytes + size > maxBytes) {
        return text + '\n' + t('markdown.truncated', { count: problems - written }) + '\n';
      }
      text += row;
      bytes += size;
      written++;
    }
  }
  return text;
}

export const formatMarkdown: Formatter = (reports, context) => renderMarkdown(reports, context);
