import { describe, expect, it } from 'vitest';
import { runPlan } from '../helpers/cli.js';

describe('plan validate (spawned)', () => {
  it('passes on the examples folder with exit 0', async () => {
    const result = await runPlan(['validate', 'examples/']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/no problems/);
    expect(result.code).toBe(0);
  });

  it('reports schema findings from stdin with file:line positions and exit 1', async () => {
    const input = 'version: 1\norganisation:\n  name: x\nplatforms: []\n';
    const result = await runPlan(['validate', '-', '--format', 'json'], { input });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    const ids = report.files[0].findings.map((f: { ruleId: string; range: { start: { line: number } } }) => `${f.ruleId}@${f.range.start.line}`);
    expect(ids).toContain('schema/additional-property@2');
    expect(ids).toContain('schema/min-items@4');
    expect(report.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'schema/additional-property').message).toMatch(/Did you mean `organization`/);
  });

  it('exits 2 for a missing file, an unknown command and an unknown option', async () => {
    const missing = await runPlan(['validate', 'nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.yaml/);
    const typo = await runPlan(['valdate']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/Did you mean validate/);
    const flag = await runPlan(['validate', '--bogus', 'examples/']);
    expect(flag.code).toBe(2);
  });

  it('prints no colour escapes when stdout is not a terminal', async () => {
    const result = await runPlan(['validate', '-'], { input: 'version: 2\n' });
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });
});
