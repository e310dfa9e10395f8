import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../src/formatters/json.js';
import { context, REPORTS } from './fixtures.js';

// The shape documented in docs/ci.md ("JSON output"): scripts rely on it, so any change must be deliberate.
describe('json format', () => {
  it('has the documented shape', () => {
    const out = JSON.parse(formatJson(REPORTS, context()));
    expect(Object.keys(out)).toEqual(['version', 'tool', 'summary', 'files']);
    expect(out.version).toBe(1);
    expect(out.tool).toEqual({ name: 'plan', version: '9.9.9' });
    expect(out.summary).toEqual({ files: 3, errors: 2, warnings: 1, infos: 1 });
    expect(out.files.map((f: { file: string; findings: unknown[] }) => [f.file, f.findings.length])).toEqual([
      ['/repo/strategies/a.strategy.yaml', 3],
      ['b.yaml', 1],
      ['clean.strategy.yaml', 0],
    ]);
    expect(out.files[0].findings[0]).toEqual({
      ruleId: 'refs/unknown-audience',
      severity: 'error',
      message: 'No audience has the id `parent`. Did you mean `parents`?',
      path: ['platforms', 0, 'audiences', 0],
      range: { start: { line: 12, col: 7 }, end: { line: 12, col: 13 } },
    });
  });

  it('is one JSON document followed by a newline', () => {
    const text = formatJson([], context());
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).summary).toEqual({ files: 0, errors: 0, warnings: 0, infos: 0 });
  });
});
