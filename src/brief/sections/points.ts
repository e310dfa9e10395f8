// The points from validation: errors (only when forced) and the open points, what is not decided yet.
import type { Finding } from '../../diagnostics.js';
import { markdownWithCode } from '../escape.js';
import { decisionText, isForReader } from '../decisions.js';
import type { Point } from '../types.js';
import type { SectionContext } from './context.js';

export function pointsSection(c: SectionContext, findings: readonly Finding[]): { errors: Point[]; openPoints: Point[] } {
  const { t } = c;
  const point = (finding: Finding, message = finding.message): Point => ({
    severity: finding.severity,
    severityLabel: t(`severity.${finding.severity}`),
    message,
    parts: codeParts(message),
    markdown: markdownWithCode(message),
    where: t('where.line', { line: finding.range.start.line }),
    ruleId: finding.ruleId,
  });
  // Open points speak to the client: decisions about named things, each said once.
  const openPoints: Point[] = [];
  const said = new Set<string>();
  for (const finding of findings) {
    if (finding.severity === 'error' || !isForReader(finding)) continue;
    const decision = decisionText(finding, c.input.strategy, c.lang);
    if (said.has(decision)) continue;
    said.add(decision);
    openPoints.push(point(finding, decision));
  }
  return { errors: findings.filter((f) => f.severity === 'error').map((f) => point(f)), openPoints };
}

/** "Set `review_by` now" -> [{text: 'Set ', code: false}, {text: 'review_by', code: true}, {text: ' now', code: false}]. */
export function codeParts(message: string): { text: string; code: boolean }[] {
  const parts: { text: string; code: boolean }[] = [];
  const pattern = /`([^`]+)`/g;
  let last = 0;
  for (const match of message.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: message.slice(last, match.index), code: false });
    parts.push({ text: match[1]!, code: true });
    last = match.index + match[0].length;
  }
  if (last < message.length) parts.push({ text: message.slice(last), code: false });
  return parts;
}
