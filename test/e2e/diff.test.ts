// `plan diff` end to end: a git repository made in the test, two commits of an example with the
// edits a team makes (a pillar renamed and re-weighted, a platform added, a crisis tier removed),
// the real built binary, and golden files of what a reviewer reads, in English and in French.
// UPDATE_GOLDEN=1 rewrites the golden files; review them like any other change.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, cleanEnv, runPlan, tempDir } from '../helpers/cli.js';

const GOLDEN = join(ROOT, 'test', 'fixtures', 'diff');
const NOW = '2026-12-01';

/** The edits, as text replacements on the example; each must apply exactly once. */
const EDITS: Record<string, [string, string][]> = {
  'harbour-food-network': [
    // A pillar renamed (id and name) and re-weighted; another re-weighted and moved up.
    [
      '    - id: food-security\n      name: Understanding food insecurity\n      share: 25',
      '    - id: food-facts\n      name: Food insecurity, explained\n      share: 20',
    ],
    [
      '    - id: community\n      name: Our community\n      share: 15\n      purpose: community\n      examples: [Thank you to the grocers who donate fresh produce, Partner of the month]\n',
      '',
    ],
    [
      '      examples: [Three shifts left this Saturday, Your gift is matched until December 31]\n',
      '      examples: [Three shifts left this Saturday, Your gift is matched until December 31]\n    - id: community\n      name: Our community\n      share: 20\n      purpose: community\n      examples: [Thank you to the grocers who donate fresh produce, Partner of the month]\n',
    ],
    // A platform added, and a cadence raised.
    [
      '    formats: [impact reports, partner thank-yous, carousels]\n    owner: Priya Raman\n',
      '    formats: [impact reports, partner thank-yous, carousels]\n    owner: Priya Raman\n  - id: tiktok\n    role: secondary\n    rationale: Students scroll TikTok between classes; short volunteer stories reach them there.\n    audiences: [volunteers]\n    cadence: { posts: 2, per: week, days: [wed, sun], time: "18:00" }\n    formats: [short videos]\n    owner: Jordan Miles\n',
    ],
    ['cadence: { posts: 3, per: week, days: [tue, thu, sat], time: "17:30" }', 'cadence: { posts: 5, per: week, days: [mon, tue, thu, sat, sun], time: "17:30" }'],
    // A crisis tier removed; another tier loses its approver.
    [
      "    - level: 2\n      trigger: A food-safety concern, or a complaint shared widely in local groups\n      holding_statement: We take food safety very seriously. We're checking with the pantry now and will post an update today.\n      respond_within: 2h\n      approver: Dana Whitfield\n",
      '',
    ],
    ['      respond_within: 8h\n      approver: Priya Raman\n', '      respond_within: 8h\n'],
  ],
  'cafe-boreal': [
    ['    - id: coulisses\n      name: Dans les coulisses\n      share: 40', '    - id: comptoir\n      name: Derrière le comptoir\n      share: 30'],
    // More promotion than the 80-20 rule allows: the diff says the change adds an error.
    ['    - id: offres\n      name: Offres et nouveautés\n      share: 20', '    - id: offres\n      name: Offres et nouveautés\n      share: 30'],
    [
      '    formats: [photos, événements]\n    owner: Marc Gagnon\n',
      '    formats: [photos, événements]\n    owner: Marc Gagnon\n  - id: tiktok\n    role: secondary\n    rationale: Les 18-24 ans du quartier regardent des vidéos courtes de cafés.\n    audiences: [jeunes-pros]\n    cadence: { posts: 2, per: week, days: [wed, sat] }\n    formats: [vidéos courtes]\n    owner: Julie Tremblay\n',
    ],
    ['cadence: { posts: 4, per: week, days: [tue, thu, sat, sun], time: "08:30" }', 'cadence: { posts: 5, per: week, days: [mon, tue, thu, sat, sun], time: "08:30" }'],
    ['    humour: light', '    humour: playful'],
    [
      '    - level: 3\n      trigger: Une intoxication alimentaire signalée, ou un média qui nous contacte\n      holding_statement: Nous prenons la situation très au sérieux et collaborons avec les autorités. Nous ferons le point publiquement d’ici la fin de la journée.\n      respond_within: 1h\n      approver: Julie Tremblay\n'.replace('’', "'"),
      '',
    ],
  ],
};

function edit(text: string, edits: [string, string][]): string {
  for (const [from, to] of edits) {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`edit does not apply exactly once: ${from.slice(0, 60)}`);
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  return text;
}

async function golden(name: string, actual: string): Promise<void> {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) throw new Error(`missing golden file ${name}`);
    await mkdir(GOLDEN, { recursive: true });
    await writeFile(path, actual);
  }
  expect(actual).toBe(await readFile(path, 'utf8'));
}

let repo: { dir: string; cleanup: () => Promise<void> };
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo.dir, encoding: 'utf8', env: { ...cleanEnv(), GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });

beforeAll(async () => {
  repo = await tempDir();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  for (const name of Object.keys(EDITS)) await writeFile(join(repo.dir, `${name}.strategy.yaml`), await readFile(join(ROOT, 'examples', `${name}.strategy.yaml`), 'utf8'));
  git('add', '.');
  git('commit', '-q', '-m', 'first version');
  for (const [name, edits] of Object.entries(EDITS)) {
    const file = join(repo.dir, `${name}.strategy.yaml`);
    await writeFile(file, edit(await readFile(file, 'utf8'), edits));
  }
  git('commit', '-q', '-am', 'second version');
});

afterAll(async () => {
  await repo.cleanup();
});

const run = (args: string[], env = {}) => runPlan(['diff', ...args, '--now', NOW], { cwd: repo.dir, env: cleanEnv(env) });

describe('plan diff on a git repository', () => {
  for (const name of Object.keys(EDITS)) {
    for (const lang of ['en', 'fr']) {
      it(`${name}: text in ${lang} (golden)`, async () => {
        const result = await run(['HEAD~1', `${name}.strategy.yaml`, '--lang', lang]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        await golden(`${name}.${lang}.txt`, result.stdout);
      });
      it(`${name}: markdown in ${lang} (golden)`, async () => {
        const result = await run(['HEAD~1', `${name}.strategy.yaml`, '--lang', lang, '--format', 'markdown']);
        expect(result.code).toBe(0);
        await golden(`${name}.${lang}.md`, result.stdout);
      });
    }
  }

  it('speaks the strategy’s language without --lang', async () => {
    const result = await run(['HEAD~1', 'cafe-boreal.strategy.yaml']);
    expect(result.stdout).toBe(await readFile(join(GOLDEN, 'cafe-boreal.fr.txt'), 'utf8'));
  });

  it('reads the same from two files as from git', async () => {
    await writeFile(join(repo.dir, 'old.yaml'), git('show', 'HEAD~1:harbour-food-network.strategy.yaml'));
    const result = await run(['old.yaml', 'harbour-food-network.strategy.yaml', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(await readFile(join(GOLDEN, 'harbour-food-network.en.txt'), 'utf8'));
  });

  it('says what a change fixes: the edits undone', async () => {
    await writeFile(join(repo.dir, 'old-cafe.yaml'), git('show', 'HEAD~1:cafe-boreal.strategy.yaml'));
    const result = await run(['cafe-boreal.strategy.yaml', 'old-cafe.yaml', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^old-cafe\.yaml: 8 changes; fixes 1 error$/m);
    expect(result.stdout).toMatch(/^  - fixed error: Promotional pillars take 30% of posts/m);
  });

  it('lists every changed strategy when no file is named, and names the file of each', async () => {
    // Other YAML in the repository is not a strategy: left out.
    await writeFile(join(repo.dir, 'docker-compose.yml'), 'services:\n  web:\n    image: nginx\n');
    git('add', 'docker-compose.yml');
    expect(git('diff', '--name-only', 'HEAD~1')).toContain('docker-compose.yml');
    const result = await run(['HEAD~1', '--lang', 'en']);
    git('rm', '-q', '--cached', 'docker-compose.yml');
    expect(result.stdout).not.toContain('docker-compose');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^cafe-boreal\.strategy\.yaml: \d+ changes/m);
    expect(result.stdout).toMatch(/^harbour-food-network\.strategy\.yaml: \d+ changes/m);
  });

  it('json: the changes with their section, path and new line', async () => {
    const result = await run(['HEAD~1', 'harbour-food-network.strategy.yaml', '--format', 'json', '--lang', 'en']);
    const json = JSON.parse(result.stdout) as { files: { changes: { section: string; kind: string; path: string; line?: number; text: string }[] }[] };
    const changes = json.files[0]!.changes;
    expect(changes[0]!.section).toBe('platforms');
    const added = changes.find((c) => c.kind === 'added' && c.section === 'platforms')!;
    expect(added).toMatchObject({ path: 'platforms[3]', text: expect.stringContaining('TikTok') });
    const lines = (await readFile(join(repo.dir, 'harbour-food-network.strategy.yaml'), 'utf8')).split('\n');
    expect(lines[added.line! - 1]).toContain('- id: tiktok');
    expect(changes.at(-1)!.section).toBe('order');
  });

  it('--ignore-order hides the moves and says how many', async () => {
    const result = await run(['HEAD~1', 'harbour-food-network.strategy.yaml', '--lang', 'en', '--ignore-order']);
    expect(result.stdout).not.toMatch(/moved from position/);
    expect(result.stdout).toMatch(/1 order change hidden \(--ignore-order\)/);
  });

  it('--fail-on-new fails only when the change adds a finding at that level', async () => {
    const fails = await run(['HEAD~1', 'cafe-boreal.strategy.yaml', '--fail-on-new', 'error']);
    expect(fails.code).toBe(1);
    const harbour = await run(['HEAD~1', 'harbour-food-network.strategy.yaml', '--fail-on-new', 'error']);
    expect(harbour.code).toBe(0);
  });

  it('honours NO_COLOR and colours a forced terminal', async () => {
    const plain = await run(['HEAD~1', 'cafe-boreal.strategy.yaml'], { NO_COLOR: '1' });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const forced = await run(['HEAD~1', 'cafe-boreal.strategy.yaml'], { FORCE_COLOR: '1' });
    expect(forced.stdout).toMatch(/\u001b\[3\dm/);
  });

  it.each([
    [['nope-not-a-ref', 'x.yaml'], /neither a file nor a git revision/],
    [['HEAD~1', 'missing.strategy.yaml'], /missing\.strategy\.yaml/],
    [['harbour-food-network.strategy.yaml'], /two files/],
    [['HEAD~1', '--fail-on-new', 'info'], /fail-on-new/],
  ])('exits 2 with a clear message on bad input: %j', async (args, message) => {
    const result = await run(args as string[]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('docs/review.md', () => {
  it('shows the pull-request comments the tool writes today (the golden files)', async () => {
    const page = await readFile(join(ROOT, 'docs', 'review.md'), 'utf8');
    for (const name of ['harbour-food-network.en.md', 'cafe-boreal.fr.md']) expect(page).toContain(await readFile(join(GOLDEN, name), 'utf8'));
  });
});

describe('plan diff as a git diff driver', () => {
  it('git diff shows the strategy diff through .gitattributes and diff.plan.command', async () => {
    await writeFile(join(repo.dir, '.gitattributes'), '*.strategy.yaml diff=plan\n');
    git('config', 'diff.plan.command', `"${process.execPath}" "${BIN}" diff --lang en --now ${NOW}`);
    const out = git('diff', 'HEAD~1', 'HEAD', '--', 'harbour-food-network.strategy.yaml');
    expect(out).toBe(await readFile(join(GOLDEN, 'harbour-food-network.en.txt'), 'utf8'));
  });

  it('a new file shows as a new strategy file', async () => {
    await writeFile(join(repo.dir, 'new.strategy.yaml'), await readFile(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml')));
    git('add', 'new.strategy.yaml');
    const out = git('diff', '--cached', '--', 'new.strategy.yaml');
    git('rm', '-q', '--cached', 'new.strategy.yaml');
    expect(out).toMatch(/^new\.strategy\.yaml: new strategy file; no new finding, none fixed\n$/);
  });
});
