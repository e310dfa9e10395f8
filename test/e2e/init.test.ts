// `plan init` spawned as a user or CI would run it: flags, an answers file, --yes, every template
// in both languages. Whatever init writes must pass `plan validate` (exit 0).
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, ROOT, runPlan, tempDir } from '../helpers/cli.js';

const TEMPLATES = ['product-launch', 'political-campaign', 'nonprofit-cause', 'local-business', 'b2b'];
const NOW = ['--now', '2026-11-26'];

let dir: string;
let cleanup: () => Promise<void>;
/** Every folder init wrote into, validated together at the end. */
const written: string[] = [];

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(async () => {
  await cleanup();
});

async function init(name: string, args: string[], env = cleanEnv()) {
  const out = join(dir, name);
  await mkdir(out, { recursive: true });
  const result = await runPlan(['init', ...NOW, ...args], { cwd: out, env });
  return { ...result, out };
}

async function expectWritten(result: { code: number | null; stderr: string; out: string }) {
  expect(result.stderr).not.toMatch(/Unexpected error|at .*\.js:\d+/);
  expect(result.code).toBe(0);
  const text = await readFile(join(result.out, 'strategy.yaml'), 'utf8');
  // The published URL, or a relative path that must lead to the schema file.
  const ref = /^# yaml-language-server: \$schema=(\S+)$/.exec(text.split('\n')[0]!)?.[1] ?? '';
  expect(ref).toMatch(/^(https:\/\/.*|\.\.?\/.*)strategy\.schema(\.fr)?\.json$/);
  if (!ref.startsWith('https://')) expect(existsSync(resolve(result.out, ref))).toBe(true);
  expect((await readFile(join(result.out, 'brief.md'), 'utf8')).length).toBeGreaterThan(0);
  written.push(join(result.out, 'strategy.yaml'));
  return text;
}

describe('plan init, scripted', () => {
  it.each(['en', 'fr'])('--yes in %s writes a commented strategy and a brief', async (lang) => {
    const result = await init(`yes-${lang}`, ['--yes', '--lang', lang]);
    const text = await expectWritten(result);
    expect(text).toContain(`language: ${lang}`);
    expect(text).toMatch(lang === 'fr' ? /# Étape 2 · Les plateformes/ : /# Step 2 · The platforms/);
    expect(text).toContain(`name: yes-${lang}`);
    expect(result.stderr).toMatch(lang === 'fr' ? /strategy\.yaml et brief\.md écrits/ : /Wrote strategy\.yaml and brief\.md/);
  });

  it.each(TEMPLATES.flatMap((t) => [[t, 'en'], [t, 'fr']]))('--template %s in %s', async (template, lang) => {
    const result = await init(`tpl-${template}-${lang}`, ['--yes', '--template', template, '--lang', lang, '--name', 'Équipe Test']);
    const text = await expectWritten(result);
    expect(text).toContain(`language: ${lang}`);
    expect(text).toContain('name: Équipe Test');
  });

  it('answers every question of steps 1-4 with flags, without a terminal and without --yes', async () => {
    const result = await init('flags', [
      '--lang', 'fr', '--name', 'Café Boréal', '--sector', 'Café', '--region', 'CA-QC', '--context', 'product-launch', '--owner', 'Julie Tremblay',
      '--platforms', 'instagram,facebook', '--role', 'instagram=primary,facebook=secondary', '--cadence', 'instagram=4/semaine,facebook=2/semaine',
      '--audience', 'Jeunes pros:24-38@instagram', '--audience', 'Familles:30-55@facebook',
      '--positioning', 'Le café du coin', '--voice', 'chaleureux, simple', '--address', 'tu', '--humour', 'light', '--emoji', 'sparing',
      '--mix', 'custom', '--pillars', 'Frais du jour 40, Coulisses 40, Offres 20', '--do', 'Répondre à tous', '--dont', 'Supprimer la critique',
      '--objective', 'Plus de visites', '--quick',
      '--ideas', 'offres=Le croissant du mois|La boîte du samedi, pour deux', '--key-dates', '06-24', '--promo-free', '12-25',
      '--answers', join(ROOT, 'test', 'fixtures', 'init', 'platform-details.yaml'),
    ]);
    const text = await expectWritten(result);
    expect(text).toContain('address: tu');
    expect(text).toMatch(/cadence: \{posts: 4, per: week\}/);
    expect(text).toContain('audiences: [jeunes-pros]');
    expect(text).toContain('name: Frais du jour');
    // Post ideas and key dates, asked after the editorial line, answered by flags too.
    expect(text).toMatch(/name: Offres\n\s+share: 20\n\s+purpose: promote\n\s+examples: \[Le croissant du mois, "La boîte du samedi, pour deux"\]/);
    expect(text).toMatch(/- rule: "?12-25"?\n\s+name: Noël\n\s+blackout_pillars: \[offres\]/);
    expect(text).toMatch(/- rule: "?06-24"?\n\s+name: Fête nationale du Québec/);
  });

  it('pre-answers questions from a YAML or JSON answers file', async () => {
    const answers = {
      lang: 'en', name: 'Harbour Food Network', context: 'cause', owner: 'Priya', platforms: ['facebook', 'instagram'],
      facebook: { role: 'primary', why: 'Donors are here', cadence: '3/week' },
      audiences: [{ name: 'Donors', age: '40-75', places: ['Halifax'], platforms: ['facebook'] }, 'Volunteers:18-35'],
      positioning: 'Food for everyone', mix: 'thirds', humour: 'none',
      objectives: [{ statement: 'Raise donations', type: 'conversion', kpi: 'donations', baseline: 0, target: 15000, deadline: '2027-06-30', platforms: ['facebook'] }],
      community: { response_time: '1d', approach: 'respond-publicly' },
      skip: ['policy'],
    };
    const file = join(dir, 'answers.json');
    await writeFile(file, JSON.stringify(answers));
    const result = await init('answers-json', ['--yes', '--answers', file]);
    const text = await expectWritten(result);
    expect(text).toContain('rationale: Donors are here');
    expect(text).toContain('target: 15000');
    expect(text).toContain('response_time: 1d');
    expect(text).not.toContain('policy:');
    const yamlFile = join(dir, 'answers.yaml');
    await writeFile(yamlFile, 'lang: fr\nname: Équipe Lavoie\nplatforms: facebook\naudiences: ["Électeurs:18-85"]\nquick: true\n');
    await expectWritten(await init('answers-yaml', ['--yes', '--answers', yamlFile]));
  });

  it('writes where --out, --strategy and --brief say', async () => {
    const result = await init('paths', ['--yes', '--out', 'plan', '--strategy', 'custom/s.yaml', '--brief', 'custom/b.md'].filter((a) => a !== '--out' && a !== 'plan'));
    expect(result.code).toBe(0);
    expect((await readdir(join(result.out, 'custom'))).sort()).toEqual(['b.md', 's.yaml']);
    written.push(join(result.out, 'custom', 's.yaml'));
    const out = await init('out-dir', ['--yes', '--out', 'plan']);
    expect(out.code).toBe(0);
    expect((await readdir(join(out.out, 'plan'))).sort()).toEqual(['brief.md', 'strategy.yaml']);
  });

  it('without a terminal and with answers missing: exit 2, names the flags, writes nothing', async () => {
    const result = await init('missing', ['--name', 'X']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--platforms/);
    expect(result.stderr).toMatch(/--yes/);
    expect(result.stderr).not.toMatch(/--name[,.]/);
    expect(result.stdout).toBe('');
    expect(await readdir(result.out)).toEqual([]);
  });

  it('without a terminal, every flag given: names the answer keys that have no flag, counted once', async () => {
    const flags = ['--name', 'Café', '--sector', 'Café', '--region', 'CA-QC', '--context', 'ongoing-presence', '--owner', 'Julie', '--platforms', 'facebook,instagram', '--role', 'facebook=primary,instagram=primary', '--cadence', 'facebook=3/week,instagram=3/week', '--audience', 'Voisins:25-54', '--positioning', 'Le café du coin', '--voice', 'chaleureux', '--address', 'tu', '--humour', 'light', '--emoji', 'sparing', '--mix', '80-20', '--pillars', 'Conseils 80, Offres 20', '--do', 'Répondre', '--dont', 'Jamais', '--skip', 'objectives,community,crisis,policy,measurement'];
    const fr = await init('missing-keys-fr', ['--lang', 'fr', ...flags]);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('et 4 réponses manquent\u202f: facebook.why, facebook.formats, instagram.why, instagram.formats (clés de --answers FICHIER, sans option).');
    expect(fr.stderr).not.toMatch(/autres/);
    const en = await init('missing-keys-en', ['--lang', 'en', ...flags.map((f) => (f === 'tu' ? 'informal' : f))]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('and 4 answers are missing: facebook.why, facebook.formats, instagram.why, instagram.formats (keys of --answers FILE, no flag).');
    expect(en.stderr).not.toMatch(/more/);
    // A flag that answers several questions (--role for each platform) is named, and counted, once.
    const some = await init('missing-some', ['--lang', 'en', '--name', 'X', '--platforms', 'facebook,instagram', '--skip', 'objectives,community,crisis,policy,measurement']);
    const listed = /answers are missing: (.*?)\. Pass them/.exec(some.stderr)![1]!;
    const count = Number(/and (\d+) answers are missing/.exec(some.stderr)![1]);
    expect(listed.replace(/ \(keys of --answers FILE, no flag\)/, '').split(', ')).toHaveLength(count);
    expect(listed.match(/--role/g)).toHaveLength(1);
  });

  it('never overwrites an existing strategy without --force; --edit keeps its comments', async () => {
    const first = await init('exists', ['--yes']);
    expect(first.code).toBe(0);
    const path = join(first.out, 'strategy.yaml');
    await writeFile(path, (await readFile(path, 'utf8')).replace('version: 1', 'version: 1 # our comment'));
    const again = await init('exists', ['--yes']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists.*--edit.*--force/);
    const edited = await init('exists', ['--yes', '--edit', '--name', 'Renamed']);
    expect(edited.code).toBe(0);
    const text = await readFile(path, 'utf8');
    expect(text).toContain('version: 1 # our comment');
    expect(text).toContain('name: Renamed');
    const forced = await init('exists', ['--yes', '--force']);
    expect(forced.code).toBe(0);
    expect(await readFile(path, 'utf8')).not.toContain('# our comment');
  });

  it.each([
    [['--template', 'nope'], /No template named "nope".*b2b.*product-launch/],
    [['--pillars', 'Tips 60, Offers 30'], /--pillars.*90/],
    [['--platforms', 'instagram', '--cadence', 'instagram=often'], /--cadence/],
    [['--skip', 'lunch'], /--skip.*lunch/],
    [['--answers', 'missing.yaml'], /missing\.yaml/],
  ])('bad input %j: exit 2 with a message that says what to do', async (args, message) => {
    const result = await init('bad', ['--yes', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('finds its templates when the package is installed elsewhere (from the bundle in dist/)', async () => {
    // A copy of what npm ships (bin, dist, templates, package.json) in another folder: templates
    // must be found relative to the bundle, not to the repository or the current folder.
    const pkg = join(dir, 'node_modules', 'social-plan');
    for (const part of ['bin', 'dist', 'templates', 'schemas', 'package.json']) await cp(join(ROOT, part), join(pkg, part), { recursive: true });
    const out = join(dir, 'elsewhere');
    await mkdir(out, { recursive: true });
    const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [join(pkg, 'bin', 'plan.js'), 'init', ...NOW, '--yes', '--template', 'b2b', '--lang', 'fr'], { cwd: out, env: cleanEnv() });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => done({ code, stderr }));
    });
    const text = await expectWritten({ ...result, out });
    expect(text).toContain('sector: Logiciel B2B');
    // The installed package's own schema, found by walking up: works offline in any editor.
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/social-plan/schemas/strategy.schema.fr.json');
  });

  it('the English 4-1-1 reproduction: exit 2 at the pillars with the rule’s words; fixed pillars get purposes (en and fr)', async () => {
    const base = ['--yes', '--name', 'Ledgerly', '--sector', 'B2B software', '--platforms', 'linkedin', '--audience', 'Partners:30-55', '--mix', '4-1-1', '--skip', 'objectives,community,crisis,policy,measurement'];
    const over = await init('promo-over', [...base, '--lang', 'en', '--pillars', 'Finance playbooks 50, Customer stories 20, Product updates 30']);
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/Cannot use --pillars .*Promotional pillars take 30% of posts, above the 16\.7% that the `4-1-1` rule allows/);
    expect(over.stderr).not.toMatch(/bug/i);
    expect(await readdir(over.out)).toEqual([]);
    const fr = await init('promo-over-fr', [...base, '--lang', 'fr', '--mix', '80-20', '--pillars', 'Conseils 60, Promos 40']);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toMatch(/Les piliers promotionnels prennent 40 % des publications/);
    const fixed = await init('promo-fixed', [...base, '--lang', 'en', '--pillars', 'Finance playbooks 64, Customer stories 20, Product updates 16']);
    const text = await expectWritten(fixed);
    expect(text).toMatch(/name: Product updates\n\s+share: 16\n\s+purpose: promote/);
    expect(text).toContain('- id: linkedin');
  });

  it('a --yes run that cannot write saves no answers file: the same command reproduces it', async () => {
    const out = join(dir, 'unwritable');
    await mkdir(join(out, 'strategy.yaml'), { recursive: true });
    const args = ['--yes', '--force', '--lang', 'fr', '--name', 'Café Boréal', '--pillars', 'Conseils 80, Offres 20', '--skip', 'crisis'];
    const failed = await runPlan(['init', ...NOW, ...args], { cwd: out, env: cleanEnv() });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/strategy\.yaml/);
    expect(failed.stderr).not.toMatch(/réponses sont gardées|answers are saved/);
    expect(await readdir(out)).toEqual(['strategy.yaml']);
  });

  it('everything init wrote passes plan validate', async () => {
    expect(written.length).toBeGreaterThanOrEqual(TEMPLATES.length * 2 + 5);
    const result = await runPlan(['validate', ...NOW, ...written]);
    expect(result.stderr + result.stdout).not.toMatch(/ error /);
    expect(result.code).toBe(0);
  });
});
