// plan calendar --format posts: one draft per slot, never over a file, skipping what is drafted.
import { copyFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePost } from '../../src/posts/parse.js';
import { cleanEnv, ROOT, runPlan, exampleProject, tempDir } from '../helpers/cli.js';

describe('plan calendar --format posts (spawned)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await exampleProject());
  });
  afterAll(() => cleanup());

  it('writes one draft per slot in posts/, each with the slot’s fields and its idea as a TODO', async () => {
    const result = await runPlan(['calendar', '--from', '2027-01-04', '--weeks', '1', '--format', 'posts'], { cwd: dir });
    expect(result.code).toBe(0);
    const files = (await readdir(join(dir, 'posts'))).sort();
    // Café Boréal: Instagram 4 a week, Facebook 3 a week.
    expect(files).toHaveLength(7);
    expect(result.stdout.trim().split('\n')).toEqual(files.map((f) => `posts/${f}`));
    expect(result.stderr).toContain('7 brouillons écrits dans posts.');
    const first = await readFile(join(dir, 'posts', '2027-01-05-instagram-quartier.md'), 'utf8');
    const { post, findings } = parsePost(first, 'p.md');
    expect(findings).toEqual([]);
    expect(post.meta).toEqual({ platforms: ['instagram'], date: '2027-01-05', time: '08:30', pillar: 'quartier', audience: 'jeunes-pros', status: 'draft', author: 'Julie Tremblay' });
    expect(post.body.text).toMatch(/^TODO\u202f: rédiger la publication \(reels\)\. Idée \(à développer, pas le texte final\)\u202f: \S/);
  });

  it('run again over a longer period, adds only the missing drafts; a renamed or re-timed draft still counts', async () => {
    const posts = join(dir, 'posts');
    await rename(join(posts, '2027-01-05-instagram-quartier.md'), join(posts, 'croissant.md'));
    const moved = (await readFile(join(posts, 'croissant.md'), 'utf8')).replace('time: "08:30"', 'time: "10:00"');
    await writeFile(join(posts, 'croissant.md'), moved);
    // A file in a subfolder counts too (drafts sorted by month, for example).
    await mkdir(join(posts, 'janvier'));
    await rename(join(posts, '2027-01-06-facebook-quartier.md'), join(posts, 'janvier', 'marche.md'));
    const before = await readFile(join(posts, '2027-01-07-instagram-coulisses.md'), 'utf8');
    const result = await runPlan(['calendar', '--from', '2027-01-04', '--weeks', '2', '--format', 'posts', '--out', 'posts/', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(7);
    expect(result.stdout).not.toContain('2027-01-0');
    expect(result.stderr).toContain('skipped the instagram post of 2027-01-05 08:30: posts/croissant.md already drafts it');
    expect(result.stderr).toContain('posts/janvier/marche.md already drafts it');
    expect(result.stderr).toMatch(/7 drafts written in posts\/\.\n7 slots skipped: already drafted\.\n$/);
    expect(await readFile(join(posts, '2027-01-07-instagram-coulisses.md'), 'utf8')).toBe(before);
  });

  it('a file of the same name that drafts another post is kept, and the new draft gets the next name', async () => {
    const { dir: other, cleanup: done } = await tempDir();
    try {
      await copyFile(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), join(other, 'strategy.yaml'));
      await mkdir(join(other, 'posts'));
      const mine = '---\nplatforms: [facebook]\ndate: 2027-02-01\n---\nMon texte.\n';
      await writeFile(join(other, 'posts', '2027-01-04-facebook-coulisses.md'), mine);
      const result = await runPlan(['calendar', '--from', '2027-01-04', '--weeks', '1', '--format', 'posts', '-q'], { cwd: other });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('posts/2027-01-04-facebook-coulisses-2.md\n');
      expect(await readFile(join(other, 'posts', '2027-01-04-facebook-coulisses.md'), 'utf8')).toBe(mine);
    } finally {
      await done();
    }
  });

  it('refuses --out -, --force and an --out that is a file, with exit 2 and nothing written', async () => {
    // In the strategy's language (French here) whatever the environment's, unless --lang says otherwise.
    const stdout = await runPlan(['calendar', '--format', 'posts', '--out', '-'], { cwd: dir, env: cleanEnv({ LANG: 'en_US.UTF-8' }) });
    expect(stdout.code).toBe(2);
    expect(stdout.stderr).toContain('donnez à --out un dossier');
    const force = await runPlan(['calendar', '--format', 'posts', '--force'], { cwd: dir, env: cleanEnv({ LANG: 'en_US.UTF-8' }) });
    expect(force.code).toBe(2);
    expect(force.stderr).toContain('--format posts ne remplace jamais un fichier de publication');
    const english = await runPlan(['calendar', '--format', 'posts', '--force', '--lang', 'en'], { cwd: dir });
    expect(english.stderr).toContain('--format posts never replaces a post file');
    await writeFile(join(dir, 'afile'), 'x');
    const file = await runPlan(['calendar', '--format', 'posts', '--out', 'afile', '--from', '2027-01-04'], { cwd: dir });
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('afile n’est pas un dossier');
    expect(await readFile(join(dir, 'afile'), 'utf8')).toBe('x');
  });
});

describe('drafts from the wizard’s own ideas (spawned)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterAll(() => cleanup());

  it.each(['tu', 'vous'])('plan init --address %s, then plan calendar --format posts: the drafts pass posts/form-of-address', async (address) => {
    const cwd = join(dir, address);
    await mkdir(cwd);
    // "thirds" has a community pillar, whose ideas speak to the reader ("Vos photos" / "Tes photos").
    const init = await runPlan(['init', '--yes', '--lang', 'fr', '--address', address, '--mix', 'thirds', '--now', '2026-12-06'], { cwd, env: cleanEnv() });
    expect(init.code).toBe(0);
    expect(await readFile(join(cwd, 'strategy.yaml'), 'utf8')).toContain(address === 'tu' ? 'Tes photos' : 'Vos photos');
    expect((await runPlan(['calendar', '--format', 'posts', '--out', 'posts/', '--now', '2026-12-06'], { cwd, env: cleanEnv() })).code).toBe(0);
    const drafts = await readdir(join(cwd, 'posts'));
    const texts = await Promise.all(drafts.map((f) => readFile(join(cwd, 'posts', f), 'utf8')));
    expect(texts.some((text) => /(Tes|Vos) photos/.test(text))).toBe(true);
    const validate = await runPlan(['validate', 'posts/', '--format', 'json'], { cwd, env: cleanEnv() });
    const report = JSON.parse(validate.stdout) as { summary: { files: number }; files: { findings: { ruleId: string }[] }[] };
    expect(report.summary.files).toBe(drafts.length);
    expect(report.files.flatMap((file) => file.findings).filter((f) => f.ruleId === 'posts/form-of-address')).toEqual([]);
  });
});
