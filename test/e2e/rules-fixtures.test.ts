// Each flawed strategy under test/fixtures/rules marks with `# expect: RULE-ID` the lines where
// `plan validate` must report that rule; nothing else may be reported. The good examples in
// examples/ report only the warnings their `# plan-accepts: RULE-ID -- reason` comments accept.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runPlan } from '../helpers/cli.js';

const NOW = '2026-11-26';
const FIXTURES = 'test/fixtures/rules';

interface JsonReport { files: { file: string; findings: { ruleId: string; severity: string; range: { start: { line: number } } }[] }[] }

function expectedMarks(text: string): string[] {
  const marks: string[] = [];
  text.split('\n').forEach((line, i) => {
    const match = /#\s*expect:\s*(.+)$/.exec(line);
    if (match) for (const id of match[1]!.split(',').map((s) => s.trim()).filter(Boolean)) marks.push(`${id}@${i + 1}`);
  });
  return marks.sort();
}

async function validateJson(args: string[]): Promise<JsonReport> {
  const result = await runPlan(['validate', ...args, '--format', 'json', '--now', NOW, '--lang', 'en']);
  expect(result.code === 0 || result.code === 1, result.stderr).toBe(true);
  return JSON.parse(result.stdout) as JsonReport;
}

describe('rules on flawed strategies (spawned)', () => {
  const files = readdirSync(join(ROOT, FIXTURES)).filter((f) => f.endsWith('.yaml')).sort();

  it('reports each rule exactly at the lines the fixture marks', async () => {
    const report = await validateJson([FIXTURES]);
    expect(report.files.map((f) => f.file.split('/').pop()).sort()).toEqual(files);
    for (const file of report.files) {
      const actual = file.findings.map((f) => `${f.ruleId}@${f.range.start.line}`).sort();
      const expected = expectedMarks(readFileSync(join(ROOT, file.file), 'utf8'));
      expect(expected.length, `${file.file} marks nothing`).toBeGreaterThan(0);
      expect(actual, file.file).toEqual(expected);
    }
  });

  it('has a fixture for every semantic rule that `plan rules` lists', async () => {
    const listed = await runPlan(['rules', '--format', 'json']);
    expect(listed.code).toBe(0);
    const ids = (JSON.parse(listed.stdout) as { rules: { id: string; category: string }[] }).rules
      // Post rules fire on post files: examples/invalid/posts (test/e2e/posts.test.ts) and the mix tests cover them.
      .filter((r) => r.category !== 'refs' && r.category !== 'posts')
      .map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(19);
    const marked = new Set(files.flatMap((f) => expectedMarks(readFileSync(join(ROOT, FIXTURES, f), 'utf8')).map((m) => m.split('@')[0])));
    for (const id of ids) expect(marked.has(id), `no fixture fires ${id}`).toBe(true);
  });
});

describe('the examples (spawned)', () => {
  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).sort();

  it('have no error, and exactly the warnings their comments accept knowingly', async () => {
    expect(examples.length).toBeGreaterThan(0);
    const report = await validateJson(examples.map((f) => `examples/${f}`));
    for (const file of report.files) {
      const text = readFileSync(join(ROOT, file.file), 'utf8');
      const accepted = new Set<string>();
      for (const match of text.matchAll(/#\s*plan-accepts:\s*([a-z0-9/-]+)\s*--\s*(.*)$/gm)) {
        expect(match[2]!.trim(), `${file.file}: plan-accepts ${match[1]} needs a reason`).not.toBe('');
        accepted.add(match[1]!);
      }
      expect(file.findings.filter((f) => f.severity === 'error'), file.file).toEqual([]);
      expect(new Set(file.findings.map((f) => f.ruleId)), file.file).toEqual(accepted);
    }
  });
});
