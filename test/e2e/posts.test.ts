// Post files through the real `plan validate`: the examples of mistakes fail at the line and column
// their header says, the example posts are clean, every format carries the post file's positions,
// and a post's strategy is found the documented ways (or the run says what to do).
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOUNDS, cleanEnv, ROOT, runPlan } from '../helpers/cli.js';

const INVALID_POSTS = 'examples/invalid/posts';

interface JsonFinding { ruleId: string; severity: string; message: string; range: { start: { line: number; col: number } } }
interface JsonReport { files: { file: string; findings: JsonFinding[] }[] }

const json = (stdout: string) => JSON.parse(stdout) as JsonReport;

describe('examples/invalid/posts (spawned plan validate)', async () => {
  const files = (await readdir(join(ROOT, INVALID_POSTS))).filter((name) => name.endsWith('.md.invalid')).sort();

  it('has a post for every post check', async () => {
    const headers = await Promise.all(files.map((file) => readFile(join(ROOT, INVALID_POSTS, file), 'utf8')));
    const shown = new Set(headers.map((text) => /^# Expected: (\S+)/m.exec(text)?.[1]));
    const { POST_RULES, POST_CHECK_IDS } = await import('../../src/rules/posts/index.js');
    for (const id of [...POST_RULES.map((rule) => rule.id), 'posts/syntax']) expect(shown.has(id), id).toBe(true);
    expect(POST_CHECK_IDS).toContain('posts/no-strategy');
  });

  it.each(files)('%s fails exactly where its header says', async (file) => {
    const text = await readFile(join(ROOT, INVALID_POSTS, file), 'utf8');
    const expected = /^# Expected: (\S+) at line (\d+):(\d+)$/m.exec(text);
    expect(expected, 'an `# Expected: rule at line L:C` header').not.toBeNull();
    expect(text).toMatch(/^# Shows: /m);
    // A post for a platform the café does not use names its own strategy (`# Strategy: file`, from the folder).
    const strategy = /^# Strategy: (\S+)$/m.exec(text)?.[1];
    const result = await runPlan(['validate', `${INVALID_POSTS}/${file}`, ...(strategy ? ['--strategy', `${INVALID_POSTS}/${strategy}`] : []), '--format', 'json', '--lang', 'en', '--fail-severity', 'warn']);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const findings = json(result.stdout).files[0]!.findings.map((f) => `${f.ruleId} at line ${f.range.start.line}:${f.range.start.col}`);
    expect(findings).toEqual([`${expected![1]} at line ${expected![2]}:${expected![3]}`]);
    expect(result.code).toBe(1);
  });
});

describe('the example posts', () => {
  it('are clean against their strategies, even at --fail-severity info', async () => {
    const result = await runPlan(['validate', 'examples/posts', '--format', 'json', '--fail-severity', 'info', '--now', '2026-11-26']);
    const report = json(result.stdout);
    expect(report.files.length).toBeGreaterThanOrEqual(7);
    expect(report.files.flatMap((f) => f.findings.map((x) => `${f.file}:${x.range.start.line} ${x.ruleId} ${x.message}`))).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('give one post per platform each example strategy uses, in French and English', async () => {
    for (const name of ['cafe-boreal', 'equipe-lavoie', 'harbour-food-network', 'northwind-analytics']) {
      const strategy = await readFile(join(ROOT, 'examples', `${name}.strategy.yaml`), 'utf8');
      const platforms = [...strategy.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]!).filter((id) => /^[a-z]+$/.test(id));
      const posts = await Promise.all((await readdir(join(ROOT, 'examples', 'posts', name))).filter((f) => f.endsWith('.md')).map((f) => readFile(join(ROOT, 'examples', 'posts', name, f), 'utf8')));
      const used = new Set(posts.flatMap((text) => /^platforms: \[(.*)\]$/m.exec(text)![1]!.split(', ')));
      const chosen = platforms.filter((id) => ['facebook', 'instagram', 'linkedin', 'youtube', 'x', 'tiktok'].includes(id));
      expect([...used].sort(), name).toEqual(chosen.sort());
    }
  });
});

describe('plan validate on a project with posts', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plan-posts-'));
    await copyFile(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), join(dir, 'strategy.yaml'));
    await mkdir(join(dir, 'posts', '2027'), { recursive: true });
    await writeFile(join(dir, 'posts', '2027', 'ok.md'), '---\nplatforms: [instagram]\nstatus: draft\npillar: coulisses\n---\nTon croissant t’attend.\n');
    await writeFile(join(dir, 'posts', '2027', 'bad.md'), '---\nplatforms: [instagram]\nstatus: draft\npillar: coulisses\n---\nVotre croissant vous attend.\n');
    await writeFile(join(dir, 'posts', '2027', 'wrong.md'), '---\nplatforms: [instagram, tiktok]\nstatus: draft\n---\nTon croissant.\n');
    await writeFile(join(dir, 'README.md'), '# Not a post\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('checks the strategy and its posts in one run, the nearest strategy found walking up', async () => {
    const result = await runPlan(['validate', '.', '--format', 'json', '--lang', 'en', '--now', '2026-11-26'], { cwd: dir });
    const report = json(result.stdout);
    expect(report.files.map((f) => f.file).sort()).toEqual(['posts/2027/bad.md', 'posts/2027/ok.md', 'posts/2027/wrong.md', 'strategy.yaml']);
    const bad = report.files.find((f) => f.file === 'posts/2027/bad.md')!;
    expect(bad.findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.col}`)).toEqual(['posts/form-of-address 6:1', 'posts/form-of-address 6:17']);
    expect(result.code).toBe(1);
    // bad.md has warnings only: exit 0 at the default --fail-severity error, 1 at warn.
    expect((await runPlan(['validate', 'posts/2027/bad.md'], { cwd: dir })).code).toBe(0);
    expect((await runPlan(['validate', 'posts/2027/bad.md', '-F', 'warn'], { cwd: dir })).code).toBe(1);
  });

  it('checks a subfolder of posts/ named on the command line, its posts and only them', async () => {
    const result = await runPlan(['validate', 'posts/2027', '--format', 'json', '--lang', 'en', '--now', '2026-11-26'], { cwd: dir });
    expect(json(result.stdout).files.map((f) => f.file)).toEqual(['posts/2027/bad.md', 'posts/2027/ok.md', 'posts/2027/wrong.md']);
    expect(result.code).toBe(1);
    const slash = await runPlan(['validate', './posts/2027/', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(json(slash.stdout).files).toHaveLength(3);
  });

  it.each([
    ['github', /::error file=posts\/2027\/wrong\.md,line=2,col=24/],
    ['sarif', /"uri": "posts\/2027\/wrong\.md"[\s\S]*"startLine": 2,\s*"startColumn": 24/],
    ['junit', /file="posts\/2027\/wrong\.md" line="2"[\s\S]*line 2, col 24/],
    ['codequality', /"path": "posts\/2027\/wrong\.md"[\s\S]*"begin": 2/],
    ['markdown', /posts\/2027\/wrong\.md[\s\S]*2:24/],
    ['stylish', /2:24 +error/],
  ])('gives the post file and position in the %s format', async (format, pattern) => {
    const result = await runPlan(['validate', 'posts/2027/wrong.md', '--format', format, '--lang', 'en'], { cwd: dir, env: cleanEnv({ NO_COLOR: '1' }) });
    expect(result.stdout).toMatch(pattern);
  });

  it('speaks the strategy’s language (French here) unless --lang says otherwise', async () => {
    const result = await runPlan(['validate', 'posts/2027/bad.md'], { cwd: dir, env: cleanEnv({ NO_COLOR: '1' }) });
    expect(result.stdout).toContain('cette stratégie tutoie son public');
  });

  it('takes the strategy from --strategy, and from `strategy:` in .planrc.yaml', async () => {
    const other = await mkdtemp(join(tmpdir(), 'plan-posts-other-'));
    try {
      await mkdir(join(other, 'posts'));
      await writeFile(join(other, 'posts', 'p.md'), '---\nplatforms: [tiktok]\nstatus: draft\n---\nHello\n');
      const flagged = await runPlan(['validate', 'posts', '--strategy', join(dir, 'strategy.yaml'), '-f', 'json', '--lang', 'en'], { cwd: other });
      expect(json(flagged.stdout).files[0]!.findings.map((f) => f.ruleId)).toEqual(['posts/platform-not-chosen']);
      await writeFile(join(other, '.planrc.yaml'), `strategy: ${join(dir, 'strategy.yaml')}\n`);
      const configured = await runPlan(['validate', 'posts', '-f', 'json', '--lang', 'en'], { cwd: other });
      expect(json(configured.stdout).files[0]!.findings.map((f) => f.ruleId)).toEqual(['posts/platform-not-chosen']);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('says what to do when no strategy is found, and exits 2 for a --strategy that does not exist', async () => {
    const lonely = await mkdtemp(join(tmpdir(), 'plan-posts-lonely-'));
    try {
      await writeFile(join(lonely, 'p.md'), '---\nplatforms: [x]\nstatus: draft\n---\nHello\n');
      const result = await runPlan(['validate', 'p.md', '-f', 'json', '--lang', 'en'], { cwd: lonely });
      const [finding] = json(result.stdout).files[0]!.findings;
      expect(finding).toMatchObject({ ruleId: 'posts/no-strategy', severity: 'error', range: { start: { line: 1, col: 1 } } });
      expect(finding!.message).toContain('--strategy FILE');
      expect(result.code).toBe(1);
      const missing = await runPlan(['validate', 'p.md', '--strategy', 'nope.yaml'], { cwd: lonely });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('nope.yaml');
      expect(missing.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await rm(lonely, { recursive: true, force: true });
    }
  });

  it('lists the post rules in plan rules, with their docs', async () => {
    const result = await runPlan(['rules', '--format', 'json']);
    const { rules } = JSON.parse(result.stdout) as { rules: { id: string; category: string; url: string }[] };
    const posts = rules.filter((r) => r.category === 'posts');
    expect(posts.map((r) => r.id)).toEqual(expect.arrayContaining(['posts/platform-not-chosen', 'posts/placeholder', 'posts/form-of-address']));
    for (const rule of posts) expect(rule.url).toContain('docs/posts.md#');
  });
});

describe('hostile post files stay within bounds (1 MiB each, the default size limit)', () => {
  let dir: string;
  const head = '---\nplatforms: [instagram]\ndate: 2027-01-12\nstatus: ready\nauthor: A\n---\n';
  const cases: [string, string][] = [
    ['a body of words every check reports', head + 'Votre TODO allergies intolérances alimentaires lorem ipsum vous. '.repeat(15_000)],
    ['250,000 stray `:::` lines', head + 'body\n' + ':::\n'.repeat(250_000)],
    ['80,000 variants of one platform', head + 'body\n' + '::: x\nt\n:::\n'.repeat(80_000)],
    ['an unclosed fence of markers (text, not variants)', head + 'TODO\n```\n' + '::: x\n'.repeat(170_000)],
    ['a front matter of 100,000 keys', '---\n' + Array.from({ length: 100_000 }, (_, i) => `k${i}: v`).join('\n') + '\n---\nText\n'],
  ];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plan-posts-hostile-'));
    await copyFile(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), join(dir, 'strategy.yaml'));
    await mkdir(join(dir, 'posts'));
    for (const [i, [, text]] of cases.entries()) await writeFile(join(dir, 'posts', `${i}.md`), text);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(cases.map(([name], i) => [name, i] as const))('%s: a capped report, in bounded time and memory', async (_name, i) => {
    const result = await runPlan(['validate', `posts/${i}.md`, '--format', 'json', '--lang', 'en'], { cwd: dir, measure: true, timeoutMs: 30_000 });
    expect(result.signal).toBeNull();
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(1);
    const findings = json(result.stdout).files[0]!.findings;
    expect(findings.length).toBeLessThanOrEqual(101);
    expect(result.usage!.cpuMs).toBeLessThan(BOUNDS.cpuMs);
    expect(result.usage!.maxRssMiB).toBeLessThan(BOUNDS.maxRssMiB);
  });
});
