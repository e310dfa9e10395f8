// `plan validate - --stdin-filename PATH`: an editor or a hook pipes the buffer, and the path says
// what it is (a post or a strategy), which .planrc.yaml and strategy apply, and what findings call it.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlan, exampleProject } from '../helpers/cli.js';

describe('plan validate --stdin-filename (spawned)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await exampleProject({ posts: 'empty' }));
  });
  afterAll(() => cleanup());

  const post = '---\nplatforms: [tiktok]\ndate: 2027-01-05\nstatus: draft\n---\nVous êtes les bienvenus\n';

  it('a post on stdin is checked against the strategy its path finds, at the path it names', async () => {
    const result = await runPlan(['validate', '-', '--stdin-filename', 'posts/2027-01-05-x.md', '--format', 'json'], { cwd: dir, input: post });
    expect(result.code).toBe(1);
    const [file] = JSON.parse(result.stdout).files as { file: string; findings: { ruleId: string; range: { start: { line: number; col: number } } }[] }[];
    expect(file!.file).toBe('posts/2027-01-05-x.md');
    expect(file!.findings.map((f) => [f.ruleId, f.range.start.line, f.range.start.col])).toEqual([
      ['posts/platform-not-chosen', 2, 13],
      ['posts/form-of-address', 6, 1],
    ]);
  });

  it('the .planrc.yaml of that path applies, as for the file on disk', async () => {
    await writeFile(join(dir, 'posts', '.planrc.yaml'), 'rules:\n  posts/form-of-address: off\n');
    const result = await runPlan(['validate', '-', '--stdin-filename', 'posts/2027-01-05-x.md', '--format', 'json'], { cwd: dir, input: post });
    expect(result.stdout).not.toContain('posts/form-of-address');
    expect(result.stdout).toContain('posts/platform-not-chosen');
  });

  it('without it, stdin is a strategy named <stdin>; with a .yaml name, a strategy under that name', async () => {
    const asStrategy = await runPlan(['validate', '-', '--format', 'json'], { cwd: dir, input: post });
    expect(JSON.parse(asStrategy.stdout).files[0].file).toBe('<stdin>');
    const strategy = await readFile(join(dir, 'strategy.yaml'), 'utf8');
    const named = await runPlan(['validate', '-', '--stdin-filename', 'strategy.yaml', '--format', 'json'], { cwd: dir, input: strategy });
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout).files[0].file).toBe('strategy.yaml');
  });
});
