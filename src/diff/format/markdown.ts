// `plan diff --format markdown`: a pull-request comment. GitHub refuses a comment over 65,536
// characters, so lines stop at the budget and a last line counts what was left out.
import { escapeCell } from '../../formatters/markdown.js';
import { visibleControls } from '../../text/controls.js';
import { codeSpan, markdownWithCode } from '../../text/markdown.js';
import { SECTIONS, type DescribedChange } from '../describe.js';
import { changesLine, deltaLine, words, type DiffFormatter } from './shared.js';

/** GitHub's limit for a comment body, less room for what the action adds around the diff. */
export const COMMENT_MAX_CHARS = 65_536 - 4_096;

const SIGN = { '+': '`+`', '-': '`−`', '~': '`~`', '↕': '`↕`' } as const;

export const formatDiffMarkdown: DiffFormatter = (diffs, context) => {
  const t = words(context.lang);
  const max = context.maxChars ?? COMMENT_MAX_CHARS;
  const lines: string[] = [`### ${t('markdown.title')}`, ''];
  if (diffs.length === 0) lines.push(t('markdown.noFiles'));
  for (const diff of diffs) {
    lines.push(t('summary.file', { file: `**${escapeCell(diff.file)}**`, changes: escapeCell(changesLine(diff, t)), delta: deltaLine(diff, t, context.lang) }), '');
    for (const section of SECTIONS) {
      const changes = diff.changes.filter((c) => c.section === section);
      if (changes.length === 0) continue;
      lines.push(`**${t(`section.${section}`)}**`, '');
      for (const c of changes) lines.push(`- ${SIGN[c.sign]} ${escapeCell(c.text)} <sub>${where(c, t)}</sub>`);
      lines.push('');
    }
    if (diff.hiddenOrder) lines.push(t(diff.hiddenOrder === 1 ? 'order.hidden.one' : 'order.hidden.other', { count: diff.hiddenOrder }), '');
    const { added, fixed } = diff.findings;
    if (added.length || fixed.length) {
      lines.push(`**${t('section.findings')}**`, '');
      for (const f of added) {
        const icon = f.severity === 'error' ? '🔴' : f.severity === 'warn' ? '🟠' : '🔵';
        const text = t('finding.addedLine', { label: `**${t(`finding.added.${f.severity}`)}**`, line: f.range.start.line, message: message(f.message) });
        lines.push(`- ${icon} ${text} <sub>${codeSpan(f.ruleId)}</sub>`);
      }
      for (const f of fixed) lines.push(`- ✅ ${t('finding.fixedLine', { label: `**${t(`finding.fixed.${f.severity}`)}**`, message: message(f.message) })} <sub>${codeSpan(f.ruleId)}</sub>`);
      lines.push('');
    }
  }
  return fit(lines, max, (count) => t('markdown.truncated', { count }));
};

/** A finding's message: its code spans kept, the rest escaped (the project's one escaper). */
function message(text: string): string {
  return markdownWithCode(visibleControls(text, { newlines: false }));
}

/** "line 33, `platforms[2]`": the path as code, as it reads in the YAML. */
function where(c: DescribedChange, t: ReturnType<typeof words>): string {
  const parts: string[] = [];
  if (c.line !== undefined) parts.push(t('line', { line: c.line }));
  if (c.kind === 'removed' && c.oldLine !== undefined) parts.push(t('lineOld', { line: c.oldLine }));
  parts.push(codeSpan(visibleControls(c.path || '/', { newlines: false })));
  return parts.join(', ');
}

/** Whole lines up to `max` characters, then one line that counts the lines left out. */
export function fit(lines: readonly string[], max: number, note: (count: number) => string): string {
  let size = 0;
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i]!.length + 1;
    // Room for the note, which is at most a few hundred characters.
    if (size + next > max - 400) {
      const left = lines.slice(i).filter((l) => l.trim() !== '').length;
      return lines.slice(0, i).join('\n') + '\n\n' + note(left) + '\n';
    }
    size += next;
  }
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}
