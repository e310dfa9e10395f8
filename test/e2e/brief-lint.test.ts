// Every committed Markdown brief, and a brief full of hostile strings, pass markdownlint with the
// repository's documented configuration (.markdownlint-cli2.jsonc).
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, ROOT, runPlan, tempDir } from '../helpers/cli.js';

const LINT = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

function markdownlint(files: string[]) {
  return spawnSync(process.execPath, [LINT, '--config', join(ROOT, '.markdownlint-cli2.jsonc'), ...files], { cwd: ROOT, encoding: 'utf8', env: cleanEnv() });
}

describe('markdownlint on briefs', () => {
  const temp = tempDir();
  afterAll(async () => (await temp).cleanup());

  it('passes on every example brief and example report', () => {
    const result = markdownlint(['examples/briefs/*.md', 'examples/reports/*.md']);
    expect(result.stderr + result.stdout).toMatch(/Linting: [1-9]\d* file/);
    expect(result.status, result.stderr).toBe(0);
  });

  it('passes on a brief of hostile strings, in both languages', async () => {
    const { dir } = await temp;
    const h = JSON.stringify('Evil | *x* <script>alert(1)</script> [l](javascript:alert(1)) `t`\n# heading\n- item');
    const yaml = `version: 1
organization: { name: ${h}, language: fr, sector: ${h} }
platforms: [{ id: instagram, role: primary, rationale: ${h}, audiences: [a], cadence: { posts: 2, per: week }, formats: [${h}] }]
audiences: [{ id: a, name: ${h}, description: ${h}, needs: [${h}] }]
editorial_line:
  positioning: ${h}
  tone: { voice: [${h}] }
  pillars: [{ id: p, name: ${h}, share: 100, examples: [${h}] }]
  do: [${h}]
objectives: [{ id: o, statement: ${h}, kpi: ${h}, baseline: 1, target: 2, deadline: 2027-01-31 }]
crisis: { tiers: [{ level: 1, trigger: ${h}, holding_statement: ${h} }] }
calendar: { brief_weeks: 1 }
`;
    await writeFile(join(dir, 'strategy.yaml'), yaml);
    for (const lang of ['fr', 'en']) {
      const run = await runPlan(['brief', '--lang', lang, '--now', '2026-11-26', '--out', `brief-${lang}.md`], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
    }
    const result = markdownlint([join(dir, 'brief-fr.md'), join(dir, 'brief-en.md')]);
    expect(result.status, result.stderr).toBe(0);
  });
});
