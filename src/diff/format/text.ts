// `plan diff` for a terminal: one line per change under its section, colour only when allowed.
import { painter } from '../../term/style.js';
import type { DescribedChange } from '../index.js';
import { SECTIONS } from '../describe.js';
import { safe, summaryLine, words, type DiffFormatter } from './shared.js';

export const formatDiffText: DiffFormatter = (diffs, context) => {
  const t = words(context.lang);
  const paint = painter(context.color);
  const signColor: Record<DescribedChange['sign'], (s: string) => string> = { '+': paint.green, '-': paint.red, '~': paint.yellow, '↕': paint.dim };
  const out: string[] = [];
  for (const diff of diffs) {
    if (out.length) out.push('');
    out.push(paint.bold(summaryLine(diff, t, context.lang, safe(diff.file))));
    for (const section of SECTIONS) {
      const changes = diff.changes.filter((c) => c.section === section);
      if (changes.length === 0) continue;
      out.push('', paint.bold(t(`section.${section}`)));
      for (const c of changes) out.push(`  ${signColor[c.sign](c.sign)} ${c.text}  ${paint.dim(where(c, t))}`);
    }
    if (diff.hiddenOrder) out.push('', paint.dim(t(diff.hiddenOrder === 1 ? 'order.hidden.one' : 'order.hidden.other', { count: diff.hiddenOrder })));
    const { added, fixed } = diff.findings;
    if (added.length || fixed.length) {
      out.push('', paint.bold(t('section.findings')));
      for (const f of added) {
        const color = f.severity === 'error' ? paint.red : f.severity === 'warn' ? paint.yellow : paint.cyan;
        const text = t('finding.addedLine', { label: color(t(`finding.added.${f.severity}`)), line: f.range.start.line, message: safe(f.message) });
        out.push(`  ${color('+')} ${text}  ${paint.dim(f.ruleId)}`);
      }
      for (const f of fixed) {
        out.push(`  ${paint.green('-')} ${t('finding.fixedLine', { label: paint.green(t(`finding.fixed.${f.severity}`)), message: safe(f.message) })}  ${paint.dim(f.ruleId)}`);
      }
    }
  }
  return out.join('\n') + '\n';
};

/** "line 33, platforms[2]"; a removal says where it was. */
export function where(c: DescribedChange, t: ReturnType<typeof words>): string {
  const parts: string[] = [];
  if (c.line !== undefined) parts.push(t('line', { line: c.line }));
  if (c.kind === 'removed' && c.oldLine !== undefined) parts.push(t('lineOld', { line: c.oldLine }));
  parts.push(c.path || '/');
  return parts.join(', ');
}
