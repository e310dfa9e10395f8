// plan posts export, spawned: drafts from the calendar, written, checked, exported.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runPlan, exampleProject, tempDir } from '../helpers/cli.js';

const ready = (date: string, time: string, text: string, extra = '') => `---\nplatforms: [instagram, facebook]\ndate: ${date}\ntime: "${time}"\npillar: quartier\nstatus: ready\nauthor: Julie Tremblay\n${extra}---\n${text}\n\n::: facebook\n${text} (sur Facebook)\n:::\n`;

describe('plan posts export (spawned)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await exampleProject({ posts: 'empty' }));
    await writeFile(join(dir, 'posts', 'marche.md'), ready('2027-01-16', '08:30', 'Samedi, on se voit au marché du Vieux-Port?'));
    await writeFile(join(dir, 'posts', 'four.md'), ready('2027-01-14', '08:30', 'Le four chauffe dès 5 h: viens voir les premières fournées.'));
    await writeFile(join(dir, 'posts', 'brouillon.md'), '---\nplatforms: [instagram]\ndate: 2027-01-15\nstatus: draft\n---\nTODO : rédiger.\n');
  });
  afterAll(() => cleanup());

  it('Hootsuite: only ready posts, one profile with --platform, the variant’s text for its platform', async () => {
    const insta = await runPlan(['posts', 'export', '--format', 'hootsuite', '--platform', 'instagram', '--now', '2027-01-10'], { cwd: dir });
    expect(insta.code).toBe(0);
    expect(insta.stdout).toBe('01/14/2027 08:30,Le four chauffe dès 5 h: viens voir les premières fournées.,\r\n01/16/2027 08:30,"Samedi, on se voit au marché du Vieux-Port?",\r\n');
    expect(insta.stderr).toContain('Brouillons laissés de côté');
    const facebook = await runPlan(['posts', 'export', '--format', 'hootsuite', '--platform', 'facebook', '--now', '2027-01-10', '-q'], { cwd: dir });
    expect(facebook.stdout).toContain('(sur Facebook)');
    expect(facebook.stderr).toBe('');
  });

  it('Hootsuite without --platform, for posts on several platforms: one message saying to choose one, exit 2', async () => {
    await writeFile(join(dir, 'posts', 'tot.md'), '---\nplatforms: [facebook, instagram]\ndate: 2027-01-20\ntime: "10:03"\nstatus: ready\nauthor: Julie Tremblay\n---\nLe four chauffe tôt, ce matin.\n');
    try {
      const both = await runPlan(['posts', 'export', 'posts', '--format', 'hootsuite', '--now', '2027-01-10', '--lang', 'en', '--out', 'both.csv'], { cwd: dir });
      expect(both.code).toBe(2);
      expect(both.stderr).toBe('plan: Hootsuite’s bulk upload is for one social profile, and these posts go to 2 platforms (facebook and instagram): choose one with --platform (--platform facebook), and make one file per profile.\n');
      await expect(readFile(join(dir, 'both.csv'))).rejects.toThrow();
      const fr = await runPlan(['posts', 'export', '--format', 'hootsuite', '--platform', 'facebook,instagram', '--now', '2027-01-10'], { cwd: dir });
      expect(fr.code).toBe(2);
      expect(fr.stderr).toContain('choisissez-en une avec --platform');
    } finally {
      await rm(join(dir, 'posts', 'tot.md'));
    }
  });

  it('Hootsuite: a message that starts like a formula is published as written, with a note about spreadsheets', async () => {
    await writeFile(join(dir, 'posts', 'mention.md'), '---\nplatforms: [instagram]\ndate: 2027-01-21\ntime: "09:00"\npillar: quartier\nstatus: ready\nauthor: Julie Tremblay\n---\n@marche_vieux_port, on arrive samedi!\n');
    try {
      const result = await runPlan(['posts', 'export', '--format', 'hootsuite', '--platform', 'instagram', '--now', '2027-01-10', '--lang', 'en'], { cwd: dir });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('\r\n01/21/2027 09:00,"@marche_vieux_port, on arrive samedi!",\r\n');
      expect(result.stderr).toContain('Note: 1 message starts with = + - or @. Hootsuite publishes it as written');
    } finally {
      await rm(join(dir, 'posts', 'mention.md'));
    }
    const plain = await runPlan(['posts', 'export', '--format', 'hootsuite', '--platform', 'instagram', '--now', '2027-01-10', '--lang', 'en'], { cwd: dir });
    expect(plain.stderr).not.toContain('formula');
  });

  it('Hootsuite: a past date refuses the upload, names the post, and writes nothing', async () => {
    const result = await runPlan(['posts', 'export', '--format', 'hootsuite', '--platform', 'instagram', '--now', '2027-01-15', '--out', 'up.csv', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('posts/four.md: 2027-01-14 08:30 is already past (2027-01-15 today)');
    expect(result.stderr).toContain('Hootsuite would refuse this upload (above): nothing written.');
    await expect(readFile(join(dir, 'up.csv'))).rejects.toThrow();
  });

  it('CSV and ICS: drafts included, to a file that is never replaced without --force', async () => {
    const csv = await runPlan(['posts', 'export', '--format', 'csv', '--out', 'posts.csv'], { cwd: dir });
    expect(csv.code).toBe(0);
    expect(csv.stderr).toContain('5 messages exportés de 3 publications.');
    const text = await readFile(join(dir, 'posts.csv'), 'utf8');
    expect(text.split('\r\n')).toHaveLength(7);
    expect(text).toContain('2027-01-15,,Instagram,,,brouillon,,posts/brouillon.md,TODO : rédiger.');
    const again = await runPlan(['posts', 'export', '--format', 'csv', '--out', 'posts.csv'], { cwd: dir });
    expect(again.code).toBe(2);
    const ics = await runPlan(['posts', 'export', '--format', 'ics', '--from', '2027-01-15'], { cwd: dir });
    expect(ics.code).toBe(0);
    expect(ics.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  });

  it('a post with an error stops the export (exit 1) unless --allow-errors', async () => {
    const { dir: other, cleanup: done } = await tempDir();
    try {
      await copyFile(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), join(other, 'strategy.yaml'));
      await mkdir(join(other, 'posts'));
      await writeFile(join(other, 'posts', 'ok.md'), ready('2027-01-16', '08:30', 'Samedi au marché?'));
      await writeFile(join(other, 'posts', 'tiktok.md'), '---\nplatforms: [tiktok]\ndate: 2027-01-16\nstatus: ready\n---\nUne vidéo.\n');
      const blocked = await runPlan(['posts', 'export', '--format', 'csv', '--lang', 'en'], { cwd: other });
      expect(blocked.code).toBe(1);
      expect(blocked.stdout).toBe('');
      expect(blocked.stderr).toMatch(/posts\/tiktok\.md\n\s+2:\d+/);
      expect(blocked.stderr).toContain('1 post has errors (above): nothing exported. Fix it, or add --allow-errors to export anyway.');
      const anyway = await runPlan(['posts', 'export', '--format', 'csv', '--allow-errors', '-q'], { cwd: other });
      expect(anyway.code).toBe(0);
      expect(anyway.stdout).toContain('posts/ok.md');
    } finally {
      await done();
    }
  });

  it('exit 2: no posts folder, no --format, a bad date', async () => {
    const { dir: empty, cleanup: done } = await tempDir();
    try {
      const none = await runPlan(['posts', 'export', '--format', 'csv', '--lang', 'en'], { cwd: empty });
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('No post file (*.md) in posts/.');
      const noFormat = await runPlan(['posts', 'export'], { cwd: dir });
      expect(noFormat.code).toBe(2);
      const badDate = await runPlan(['posts', 'export', '--format', 'csv', '--from', 'janvier'], { cwd: dir });
      expect(badDate.code).toBe(2);
    } finally {
      await done();
    }
  });
});
