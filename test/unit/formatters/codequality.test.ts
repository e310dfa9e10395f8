import { describe, expect, it } from 'vitest';
import { formatCodeQuality } from '../../../src/formatters/codequality.js';
import { validateCodeQuality as validate } from './codequality-schema.js';
import { context, finding, REPORTS } from './fixtures.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}
const issues = (text: string) => JSON.parse(text) as Issue[];

describe('--format codequality', () => {
  it('matches the GitLab Code Quality report schema', () => {
    const out = issues(formatCodeQuality(REPORTS, context()));
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(out).toHaveLength(4);
  });

  it('one issue per finding: rule, message, relative path, line and severity', () => {
    const [first, , third, fourth] = issues(formatCodeQuality(REPORTS, context()));
    expect(first).toMatchObject({ check_name: 'refs/unknown-audience', severity: 'major', location: { path: 'strategies/a.strategy.yaml', lines: { begin: 12 } } });
    expect(third!.severity).toBe('minor');
    expect(fourth).toMatchObject({ severity: 'info', location: { path: 'b.yaml', lines: { begin: 2 } } });
  });

  it('fingerprints are unique, even for the same rule twice at the same place', () => {
    const file = '/repo/x.yaml';
    const twice = [{ file, findings: [finding(file, 'r/a', 'warn', 'm', [3, 1]), finding(file, 'r/a', 'warn', 'm', [3, 1])] }];
    const out = issues(formatCodeQuality([...REPORTS, ...twice], context()));
    expect(new Set(out.map((i) => i.fingerprint)).size).toBe(out.length);
  });

  it('fingerprints are stable across runs and when lines above move or wording changes', () => {
    const again = issues(formatCodeQuality(REPORTS, context()));
    const moved = REPORTS.map((r) => ({
      ...r,
      findings: r.findings.map((f) => ({ ...f, message: f.message + '!', range: { start: { line: f.range.start.line + 5, col: 1 }, end: { line: f.range.end.line + 5, col: 1 } } })),
    }));
    const shifted = issues(formatCodeQuality(moved, context({ lang: 'fr' })));
    expect(shifted.map((i) => i.fingerprint)).toEqual(again.map((i) => i.fingerprint));
    expect(issues(formatCodeQuality(REPORTS, context())).map((i) => i.fingerprint)).toEqual(again.map((i) => i.fingerprint));
  });

  it('an empty run is an empty array', () => {
    expect(formatCodeQuality([{ file: 'a.yaml', findings: [] }], context())).toBe('[]\n');
  });
});
