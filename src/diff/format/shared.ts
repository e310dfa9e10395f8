// Words every `plan diff` format shares: the one-line summary of a file and the findings counts.
import type { Finding, Severity } from '../../diagnostics.js';
import { diffCatalog, type DiffKey } from '../../i18n/diff.js';
import { joinList, translator, type Lang, type Translate } from '../../i18n/index.js';
import { visibleControls } from '../../text/controls.js';
import { countOf } from '../findings.js';
import type { FileDiff } from '../index.js';

export interface DiffFormatContext {
  lang: Lang;
  /** Colour escapes allowed (text only). */
  color: boolean;
  /** Markdown: the most characters to write (GitHub's comment limit, less room for the action's own lines). */
  maxChars?: number;
}

export type DiffFormatter = (diffs: readonly FileDiff[], context: DiffFormatContext) => string;

export function words(lang: Lang): Translate<DiffKey> {
  return translator(diffCatalog, lang);
}

export function counts(findings: readonly Finding[], t: Translate<DiffKey>, lang: Lang): string {
  const c = countOf(findings);
  const parts: string[] = [];
  for (const severity of ['error', 'warn', 'info'] as Severity[]) {
    if (c[severity] > 0) parts.push(t(`count.${severity}.${c[severity] === 1 ? 'one' : 'other'}`, { count: c[severity] }));
  }
  return joinList(parts, lang);
}

/** "adds 2 warnings, fixes 1 error". */
export function deltaLine(diff: FileDiff, t: Translate<DiffKey>, lang: Lang): string {
  const { added, fixed } = diff.findings;
  const adds = added.length ? t('delta.adds', { counts: counts(added, t, lang) }) : '';
  const fixes = fixed.length ? t('delta.fixes', { counts: counts(fixed, t, lang) }) : '';
  if (adds && fixes) return t('delta.join', { adds, fixes });
  return adds || fixes || t('delta.none');
}

/** What happened to the file as a whole: "6 changes", "new strategy file"... */
export function changesLine(diff: FileDiff, t: Translate<DiffKey>): string {
  switch (diff.status) {
    case 'added':
      return t('summary.newFile');
    case 'deleted':
      return t('summary.deletedFile');
    case 'unreadable':
      return t('summary.unreadable');
    case 'layout':
      return t('summary.sameData');
    default: {
      const n = diff.changes.length;
      return n === 0 ? t('summary.changes.zero') : t(n === 1 ? 'summary.changes.one' : 'summary.changes.other', { count: n });
    }
  }
}

export function summaryLine(diff: FileDiff, t: Translate<DiffKey>, lang: Lang, file = diff.file): string {
  return t('summary.file', { file, changes: changesLine(diff, t), delta: deltaLine(diff, t, lang) });
}

/** Text from outside (file names, finding messages) for a terminal: control characters spelled out. */
export function safe(text: string): string {
  return visibleControls(text);
}
