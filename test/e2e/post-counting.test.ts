// The counting checks through the real `plan validate`: a post's findings at the file's line and
// column in stylish and JSON output, in French, with the exit code CI trusts; and hostile texts
// (a megabyte of emoji, of links, of hashtags) counted within the time and memory bounds.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOUNDS, ROOT, cleanEnv, runPlan } from '../helpers/cli.js';

let dir: string;
const strategy = join(ROOT, 'examples', 'northwind-analytics.strategy.yaml');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-counting-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function post(name: string, platforms: string, body: string, extra = ''): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, `---\nplatforms: [${platforms}]\ndate: 2027-01-12\nstatus: draft\n${extra}---\n${body}\n`);
  return file;
}

describe('plan validate on posts, counted the platforms’ way', () => {
  it('reports the first character over X’s limit and a < in a YouTube description, exit 1', async () => {
    const x = await post('x.md', 'x', `${'Payroll closes Friday. '.repeat(11)}👀 https://example.com/${'p'.repeat(60)} done`);
    const yt = await post('yt.md', 'youtube', 'Close payroll in <10 minutes.', 'title: Payroll close, step by step\n');
    const result = await runPlan(['validate', x, yt, '--strategy', strategy, '--now', '2027-01-01'], { env: cleanEnv() });
    expect(result.code).toBe(1);
    // 11 × 23 = 253, the emoji 2, a space, the link 23: 279; the space after it is the 280th, "d" the 281st.
    expect(result.stdout).toMatch(/x\.md\n {2}6:(\d+) +error +X \(Twitter\) takes 280 characters as X counts them \(emoji 2, links 23\); this text counts 284\./);
    const col = Number(/x\.md\n {2}6:(\d+)/.exec(result.stdout)![1]);
    expect(col).toBe(253 + 2 + 1 + `https://example.com/${'p'.repeat(60)}`.length + 1 + 1);
    expect(result.stdout).toMatch(/yt\.md\n {2}7:18 +error +YouTube refuses `<` in the text/);
  });

  it('says it in French and in JSON, with the same positions', async () => {
    const file = await post('fr.md', 'linkedin', 'é'.repeat(3001));
    const result = await runPlan(['validate', file, '--strategy', strategy, '--lang', 'fr', '-f', 'json', '--now', '2027-01-01'], { env: cleanEnv() });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { files: { findings: { ruleId: string; message: string; range: { start: { line: number; col: number } } }[] }[] };
    const finding = report.files[0]!.findings.find((f) => f.ruleId === 'posts/too-long')!;
    expect(finding.range.start).toEqual({ line: 6, col: 3001 });
    expect(finding.message).toMatch(/^LinkedIn accepte 3\s000 caractères/);
  });

  it('counts hostile texts (emoji families, links, hashtags, a long word of emoji and links) within the bounds', async () => {
    // A run of emoji before links made twitter-text's link pattern take minutes (src/posts/count/chunks.ts).
    const body = ['👨‍👩‍👧‍👦'.repeat(20_000), 'https://example.com/a '.repeat(10_000), '#tag '.repeat(40_000), `${'👨‍👩‍👧‍👦'.repeat(20)}https://example.com/a`.repeat(300)].join('\n\n');
    const file = await post('hostile.md', 'x, linkedin, youtube, mastodon, threads, instagram, bluesky', body);
    const result = await runPlan(['validate', file, '--strategy', strategy, '--max-size', '5MB', '--now', '2027-01-01'], { env: cleanEnv(), measure: true, timeoutMs: 80_000 });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/posts\/too-long/);
    expect(result.usage!.cpuMs).toBeLessThan(BOUNDS.cpuMs);
    expect(result.usage!.maxRssMiB).toBeLessThan(BOUNDS.maxRssMiB);
  }, 90_000);
});
