// plan posts new, spawned: flags, defaults, the nearest strategy, refusals, standard input.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePost } from '../../src/posts/parse.js';
import { runPlan, exampleProject, tempDir } from '../helpers/cli.js';

describe('plan posts new (spawned)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await exampleProject());
  });
  afterAll(() => cleanup());

  it('with --yes, writes posts/DATE-PLATFORM.md with the defaults, prints its path and how to check it', async () => {
    const result = await runPlan(['posts', 'new', '--yes', '--now', '2027-01-10'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('posts/2027-01-11-instagram.md\n');
    // The file has a TODO in place of the text: write it, then check it.
    expect(result.stderr).toBe('Rédigez le texte, puis vérifiez-le\u202f: plan validate posts/2027-01-11-instagram.md\n');
    const { post, findings } = parsePost(await readFile(join(dir, 'posts', '2027-01-11-instagram.md'), 'utf8'), 'p.md');
    expect(findings).toEqual([]);
    expect(post.meta).toEqual({ platforms: ['instagram'], date: '2027-01-11', time: '08:30', status: 'draft', author: 'Julie Tremblay' });
  });

  it('with --text, only the check is left to suggest', async () => {
    const result = await runPlan(['posts', 'new', '--platform', 'instagram', '--date', '2027-01-12', '--pillar', 'quartier', '--text', 'Passe nous voir samedi au marché.', '--status', 'ready', '--yes'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`Vérifiez-le\u202f: plan validate ${result.stdout.trim()}\n`);
  });

  it('finds the strategy up from the post’s folder, and reads the text from standard input', async () => {
    await mkdir(join(dir, 'posts', 'janvier'), { recursive: true });
    const result = await runPlan(['posts', 'new', 'janvier/marche.md', '--platform', 'facebook,instagram', '--date', '2027-01-16', '--pillar', 'quartier', '--text', '-', '--variant', 'instagram=Samedi au marché ☕', '--yes', '-q'], { cwd: join(dir, 'posts'), input: 'Rendez-vous au marché du Vieux-Port samedi matin.\n\nOn apporte les croissants.\n' });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const { post } = parsePost(await readFile(join(dir, 'posts', 'janvier', 'marche.md'), 'utf8'), 'p.md');
    expect(post.meta.platforms).toEqual(['facebook', 'instagram']);
    expect(post.meta.author).toBe('Marc Gagnon');
    expect(post.body.text).toBe('Rendez-vous au marché du Vieux-Port samedi matin.\n\nOn apporte les croissants.');
    expect(post.variants.map((v) => [v.platform, v.body.text])).toEqual([['instagram', 'Samedi au marché ☕']]);
  });

  it('never replaces a file, and says so before asking anything', async () => {
    const path = join(dir, 'mine.md');
    await writeFile(path, 'my own words');
    const result = await runPlan(['posts', 'new', 'mine.md', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('plan: mine.md exists, and a post file is never replaced. Name another file, or remove this one first.\n');
    expect(await readFile(path, 'utf8')).toBe('my own words');
  });

  it('exits 2 on a bad flag, without a terminal and without --yes, or with no strategy, writing nothing', async () => {
    const cases: [string[], RegExp, string?][] = [
      [['posts', 'new', '--platform', 'tiktok', '--yes'], /Plateforme inconnue «.tiktok.»/],
      [['posts', 'new', '--pillar', 'promo', '--yes', '--lang', 'en'], /Unknown pillar "promo": the strategy has coulisses, quartier, and offres\./],
      [['posts', 'new', '--time', '25:00', '--yes'], /Heure invalide/],
      [['posts', 'new', '--status', 'done', '--yes'], /Allowed choices are draft, ready, scheduled, published/],
      [['posts', 'new', 'notes.txt', '--yes'], /notes.txt: a post file name ends in \.md/],
      [['posts', 'new', '--text', '::: x', '--yes'], /commence par `:::`/],
      [['posts', 'new'], /pose ses questions dans un terminal/],
      [['posts', 'new', '--yes', '--lang', 'en'], /No strategy found for the post/, 'empty'],
    ];
    const { dir: empty, cleanup: done } = await tempDir();
    try {
      for (const [args, message, where] of cases) {
        const result = await runPlan(args, { cwd: where === 'empty' ? empty : dir });
        expect(result.code, args.join(' ')).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stdout).toBe('');
      }
    } finally {
      await done();
    }
  });
});
