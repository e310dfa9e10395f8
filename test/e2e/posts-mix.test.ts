// The mix rules through plan validate: one run over the drafts, the window and tolerance from
// .planrc.yaml, severities and inline directives as for every other finding.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlan, exampleProject } from '../helpers/cli.js';

describe('posts/pillar-mix and posts/cadence in plan validate (spawned)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await exampleProject({ posts: { from: '2027-01-04', weeks: 2 } }));
  });
  afterAll(() => cleanup());

  it('drafts written by plan calendar keep the planned mix: no finding', async () => {
    const result = await runPlan(['validate', '.', '--now', '2027-01-04', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(0);
    const files = JSON.parse(result.stdout).files as { file: string; findings: unknown[] }[];
    expect(files.filter((f) => f.file.startsWith('posts/'))).toHaveLength(14);
    expect(files.flatMap((f) => f.findings)).toEqual([]);
  });

  it('a mix moved away from the plan is said at the post’s line, with the window from .planrc.yaml', async () => {
    const posts = join(dir, 'posts');
    for (const name of await readdir(posts)) {
      const text = await readFile(join(posts, name), 'utf8');
      await writeFile(join(posts, name), text.replace('pillar: coulisses', 'pillar: offres'));
    }
    await writeFile(join(dir, '.planrc.yaml'), 'mix:\n  from: 2027-01-04\n  weeks: 1\n');
    const result = await runPlan(['validate', 'posts', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(0);
    const findings = (JSON.parse(result.stdout).files as { file: string; findings: { ruleId: string; message: string }[] }[]).flatMap((f) => f.findings.map((x) => ({ ...x, file: f.file })));
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['posts/pillar-mix', 'posts/pillar-mix']);
    expect(findings[0]!.message).toContain('from 2027-01-04 to 2027-01-10');
    const strict = await runPlan(['validate', 'posts', '--fail-severity', 'warn', '-q'], { cwd: dir });
    expect(strict.code).toBe(1);
    // A wider tolerance: quiet.
    await writeFile(join(dir, '.planrc.yaml'), 'mix:\n  from: 2027-01-04\n  weeks: 1\n  tolerance: 60\n');
    expect((await runPlan(['validate', 'posts', '--format', 'json'], { cwd: dir })).stdout).not.toContain('posts/pillar-mix');
  });

  it('off in .planrc.yaml, or silenced by a directive with a reason (which then is not reported unused)', async () => {
    await writeFile(join(dir, '.planrc.yaml'), 'mix:\n  from: 2027-01-04\n  weeks: 1\nrules:\n  posts/pillar-mix: off\n');
    expect((await runPlan(['validate', 'posts', '--format', 'json'], { cwd: dir })).stdout).not.toContain('posts/pillar-mix');
    await writeFile(join(dir, '.planrc.yaml'), 'mix:\n  from: 2027-01-04\n  weeks: 1\n');
    const first = JSON.parse((await runPlan(['validate', 'posts', '--format', 'json'], { cwd: dir })).stdout).files.find((f: { findings: unknown[] }) => f.findings.length > 0) as { file: string; findings: { range: { start: { line: number } } }[] };
    const text = await readFile(join(dir, first.file), 'utf8');
    const lines = text.split('\n');
    lines.splice(first.findings[0]!.range.start.line - 1, 0, '# plan-disable-next-line posts/pillar-mix -- Semaine des Rois : on assume les offres');
    await writeFile(join(dir, first.file), lines.join('\n'));
    const after = await runPlan(['validate', 'posts', '--format', 'json'], { cwd: dir });
    expect(after.stdout).not.toContain('posts/pillar-mix');
    expect(after.stdout).not.toContain('suppress/unused');
  });

  it('a bad mix: setting is an input error naming the line', async () => {
    await writeFile(join(dir, '.planrc.yaml'), 'mix:\n  weeks: 0\n');
    const result = await runPlan(['validate', 'posts', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.planrc.yaml:2: `mix:` says how the posts’ mix is checked');
  });
});
