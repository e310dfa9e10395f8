// `--format github`: GitHub Actions workflow commands, which GitHub turns into annotations on the
// pull request. The default when GITHUB_ACTIONS=true. Shape and escaping follow GitHub's docs and
// @actions/core (command.ts); see docs/ci.md.
import type { Finding, Severity } from '../diagnostics.js';
import { SEVERITY_RANK } from '../diagnostics.js';
import { translator } from '../i18n/index.js';
import { formatsCatalog } from '../i18n/formats.js';
import type { Formatter } from './types.js';
import { ordered, relativePath, STDIN } from './shared.js';
import { visibleControls } from '../text/controls.js';

type Kind = 'error' | 'warning' | 'notice';
const KIND: Record<Severity, Kind> = { error: 'error', warn: 'warning', info: 'notice' };
const KINDS: readonly Kind[] = ['error', 'warning', 'notice'];

/** GitHub shows at most this many annotations of each kind per step, and drops the rest silently. */
export const ANNOTATIONS_PER_KIND = 10;

/**
 * Message data: `%`, CR and LF are percent-encoded, as @actions/core does; the runner splits lines
 * on a lone CR too, and would run a `::command` found at the start of one. Other control
 * characters are spelled out (`\x1b`): the log viewer interprets ANSI escapes.
 */
export function escapeData(value: string): string {
  return visibleControls(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Property values: the data escapes plus `:` and `,`, which separate properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

interface Located {
  finding: Finding;
  file: string;
}

/** One workflow command for a finding. */
export function annotation({ finding: f, file }: Located): string {
  const props: string[] = [];
  if (file !== STDIN) props.push(`file=${escapeProperty(file)}`);
  const { start, end } = f.range;
  props.push(`line=${start.line}`);
  // @actions/core: columns "cannot be sent when startLine and endLine are different values".
  if (end.line > start.line) props.push(`endLine=${end.line}`);
  else {
    props.push(`col=${start.col}`);
    if (end.col > start.col) props.push(`endColumn=${end.col}`);
  }
  props.push(`title=${escapeProperty(f.ruleId)}`);
  return `::${KIND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}

/** A plain log line (the workflow commands themselves are hidden from the log). */
function logLine({ finding: f, file }: Located, severityLabel: string): string {
  // The runner reads a line that starts with `::` (after spaces) as a command: a file named
  // `::error::x.yaml` is shown as `./::error::x.yaml`, the same file.
  // The runner does not decode plain lines, so `%` stays as typed; CR and LF would start a line.
  const shown = /^\s*:/.test(file) ? `./${file}` : file;
  const line = `${shown}:${f.range.start.line}:${f.range.start.col}: ${severityLabel} ${f.message.replace(/\r?\n/g, ' ')} (${f.ruleId})`;
  return visibleControls(line.replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

export const formatGithub: Formatter = (reports, context) => {
  const t = translator(formatsCatalog, context.lang);
  const all: Located[] = [];
  for (const report of reports) {
    const file = relativePath(report.file, context.cwd);
    for (const finding of ordered(report)) all.push({ finding, file });
  }
  if (all.length === 0) return '';

  // Most severe first, file order within a severity (a stable sort keeps the order of `all`).
  const bySeverity = [...all].sort((a, b) => SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity]);
  const shown: Located[] = [];
  const hidden: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  const overflow = KINDS.some((kind) => bySeverity.filter((l) => KIND[l.finding.severity] === kind).length > ANNOTATIONS_PER_KIND);
  for (const kind of KINDS) {
    const ofKind = bySeverity.filter((l) => KIND[l.finding.severity] === kind);
    // The counting notice takes one notice slot, so it is never itself the one GitHub drops.
    const limit = kind === 'notice' && overflow ? ANNOTATIONS_PER_KIND - 1 : ANNOTATIONS_PER_KIND;
    shown.push(...ofKind.slice(0, limit));
    hidden[kind] = Math.max(0, ofKind.length - limit);
  }

  const lines: string[] = [];
  // The full list, folded, so nothing is lost past the annotation limit.
  lines.push(`::group::${escapeData(t('github.group'))}`);
  for (const located of all) lines.push(logLine(located, t(`severity.${located.finding.severity}`)));
  lines.push('::endgroup::');
  for (const located of shown) lines.push(annotation(located));
  const hiddenTotal = hidden.error + hidden.warning + hidden.notice;
  if (hiddenTotal > 0) {
    const detail = KINDS.filter((k) => hidden[k] > 0)
      .map((k) => t('github.moreDetail', { count: hidden[k], kind: t(`kind.${k}`) }))
      .join(', ');
    lines.push(`::notice title=plan validate::${escapeData(t('github.moreAnnotations', { count: hiddenTotal, detail }))}`);
  }
  return lines.join('\n') + '\n';
};
