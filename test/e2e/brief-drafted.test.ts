// plan brief's "Planned against drafted": the posts beside the strategy (or --posts) against the
// pillar shares and the cadence, over the mix window of .planrc.yaml, as a chart and tables.
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runPlan, exampleProject } from '../helpers/cli.js';

describe('plan brief: planned against drafted (spawned)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await exampleProject({ posts: { from: '2027-01-04', weeks: 2 } }));
  });
  afterAll(() => cleanup());

  it('the posts folder beside the strategy: each pillar planned against drafted, each platform a week', async () => {
    const result = await runPlan(['brief', '--now', '2027-01-04', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(0);
    const section = result.stdout.slice(result.stdout.indexOf('## Planned against drafted'));
    expect(section).toContain('## Planned against drafted');
    // Drafts written by plan calendar follow the plan: each pillar's drafted share is near its planned share.
    const rows = [...section.matchAll(/^\| ([^|]+) \| [█ ]*([\d.]+)% \| [█ ]*([\d.]+)% \| (\d+) \|$/gm)];
    expect(rows.length).toBe(3);
    for (const [, , planned, drafted] of rows) expect(Math.abs(Number(planned) - Number(drafted))).toBeLessThanOrEqual(15);
    const count = rows.reduce((sum, row) => sum + Number(row[4]), 0);
    expect(section).toContain(`${count} posts drafted from January 4, 2027 to January 17, 2027, against`);
    // Drafts plan calendar wrote hold a TODO: in preparation, not written, and the reader is told.
    expect(section).toContain(`${count} of them are still to write: their text is a placeholder`);
    // Instagram plans 4 a week, and plan calendar drafted that.
    expect(section).toMatch(/^\| Instagram \| 4 \| 4 \|$/m);
  });

  it('in French, in HTML: the chart with both bars named in words, and the tables', async () => {
    const result = await runPlan(['brief', '--now', '2027-01-04', '--format', 'html'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('<h2 id="drafted-title">Prévu et en préparation</h2>');
    expect(result.stdout).toMatch(/<svg class="chart"[^>]*aria-labelledby="chart-drafted-title chart-drafted-desc"/);
    expect(result.stdout).toMatch(/>Prévu \d+(,\d)?\s%<\/text>/);
    expect(result.stdout).toMatch(/>En préparation \d+(,\d)?\s%<\/text>/);
    expect(result.stdout).toContain('<th scope="col" class="num">En préparation par semaine</th>');
    // No folder name or path shown to the brief's reader.
    expect(result.stdout).not.toMatch(/\(posts\)|posts\//);
  });

  it('a posts folder that moved off the plan shows it; --no-posts leaves the section out', async () => {
    const posts = join(dir, 'posts');
    for (const name of await readdir(posts)) {
      const text = await readFile(join(posts, name), 'utf8');
      await writeFile(join(posts, name), text.replace(/^pillar: \S+$/m, 'pillar: offres'));
    }
    const result = await runPlan(['brief', '--now', '2027-01-04', '--lang', 'en'], { cwd: dir });
    expect(result.stdout).toMatch(/^\| Offres et nouveautés \| [█ ]*20% \| [█ ]*100% \| 14 \|$/m);
    const without = await runPlan(['brief', '--now', '2027-01-04', '--lang', 'en', '--no-posts'], { cwd: dir });
    expect(without.code).toBe(0);
    expect(without.stdout).not.toContain('Planned against drafted');
  });

  it('no post in the window: --posts says so, with the window; the folder found beside adds nothing', async () => {
    const named = await runPlan(['brief', '--now', '2027-03-01', '--lang', 'en', '--posts', 'posts'], { cwd: dir });
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('No post is dated from March 1, 2027 to March 28, 2027: nothing drafted to compare with the plan yet.');
    expect(named.stdout).toMatch(/\d+ posts dated outside this period are not counted\./);
    const found = await runPlan(['brief', '--now', '2027-03-01', '--lang', 'en'], { cwd: dir });
    expect(found.code).toBe(0);
    expect(found.stdout).not.toContain('Planned against drafted');
  });

  it('--posts names them; posts of another strategy in the folder beside are left out', async () => {
    const other = join(dir, 'posts', 'other');
    await mkdir(other, { recursive: true });
    await writeFile(join(other, '.planrc.yaml'), 'strategy: ../../other.strategy.yaml\n');
    await copyFile(join(ROOT, 'examples', 'northwind-analytics.strategy.yaml'), join(dir, 'other.strategy.yaml'));
    await writeFile(join(other, '2027-01-05-x.md'), '---\nplatforms: [linkedin]\ndate: 2027-01-05\npillar: offres\nstatus: draft\n---\nHello\n');
    const before = await runPlan(['brief', 'strategy.yaml', '--now', '2027-01-04', '--lang', 'en'], { cwd: dir });
    expect(before.stdout).not.toMatch(/LinkedIn \|/);
    const named = await runPlan(['brief', 'strategy.yaml', '--now', '2027-01-04', '--lang', 'en', '--posts', 'posts/other'], { cwd: dir });
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('1 post drafted from January 4, 2027 to January 10, 2027, against');
    expect(named.stdout).not.toContain('still to write');
    const missing = await runPlan(['brief', 'strategy.yaml', '--posts', 'nowhere'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere');
  });
});
