// The findings half of `plan diff`, pure: the findings of both versions in, what the change
// introduces and what it fixes out. A finding is the same in both versions when its rule and
// its message are (messages name the item, never a line, so a finding that only moved stays).
import { SEVERITY_RANK, compareFindings, type Finding, type Severity } from '../diagnostics.js';

export interface FindingsDelta {
  /** In the new version and not the old: what the change introduces. */
  added: Finding[];
  /** In the old version and not the new: what the change fixes (positions are the old file's). */
  fixed: Finding[];
  /** How many findings both versions share. */
  unchanged: number;
}

function identity(finding: Finding): string {
  return `${finding.ruleId}\u0000${finding.severity}\u0000${finding.message}`;
}

export function findingsDelta(before: readonly Finding[], after: readonly Finding[]): FindingsDelta {
  const pool = new Map<string, number>();
  for (const f of before) pool.set(identity(f), (pool.get(identity(f)) ?? 0) + 1);
  const added: Finding[] = [];
  let unchanged = 0;
  for (const f of after) {
    const left = pool.get(identity(f)) ?? 0;
    if (left > 0) {
      pool.set(identity(f), left - 1);
      unchanged++;
    } else added.push(f);
  }
  const fixed: Finding[] = [];
  for (const f of before) {
    const left = pool.get(identity(f)) ?? 0;
    if (left > 0) {
      pool.set(identity(f), left - 1);
      fixed.push(f);
    }
  }
  const bySeverity = (a: Finding, b: Finding) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || compareFindings(a, b);
  return { added: added.sort(bySeverity), fixed: fixed.sort(bySeverity), unchanged };
}

export function countOf(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warn: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
