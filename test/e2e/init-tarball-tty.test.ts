// A newcomer's first run, as issue 14 asks: the tarball installed globally into an empty prefix,
// then `plan init` in a real terminal (tmux) from an empty folder, in French and in English, to a
// written strategy. The answers are mostly Enter (the suggestions). Every screen seen on the way
// (capture-pane) must hold no English in French and no French in English. tmux is required:
// without it these tests FAIL with one line that says what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/cli.js';
import { packAndInstallGlobally, type PackedInstall } from '../helpers/tarball.js';

/** Words of one language that a screen in the other must not show (function words, prompt words;
 *  none that both languages write, such as `points`, `questions`, `photos` or `engagement`). */
export const ENGLISH_WORDS = ['the', 'and', 'with', 'your', 'you', 'which', 'who', 'what', 'when', 'how', 'this', 'that', 'is', 'are', 'for', 'from', 'will', 'write', 'wrote', 'files', 'step', 'name', 'yes', 'no', 'of', 'to', 'add', 'platform', 'platforms', 'none', 'every', 'week', 'month', 'choose', 'move', 'confirm', 'tick', 'invert', 'skip', 'later', 'answer', 'settle', 'lighter', 'adapted', 'relays'];
export const FRENCH_WORDS = ['le', 'la', 'les', 'des', 'du', 'une', 'et', 'est', 'vous', 'tu', 'pour', 'avec', 'qui', 'quel', 'quelle', 'quels', 'étape', 'oui', 'non', 'plateforme', 'plateformes', 'écrire', 'fichiers', 'semaine', 'mois', 'jour', 'cette', 'votre', 'vos', 'nous', 'aucun', 'aucune', 'ligne', 'cible', 'échéance', 'réponse'];

/**
 * The words of `words` that `text` shows, outside what is the same in every language: `code`,
 * rule ids `(objectives/smart)`, file and command names, and the organization's name.
 */
export function wordsFrom(text: string, words: readonly string[], keep: readonly string[] = []): string[] {
  let plain = text.replace(/`[^`\n]*`/g, ' ').replace(/\([a-z]+\/[a-z-]+\)/g, ' ').replace(/\b[\w-]+\.(?:yaml|md)\b/g, ' ').replace(/\bplan (?:init|validate|brief)\b/g, ' ');
  for (const name of keep) plain = plain.split(name).join(' ');
  const found = new Set<string>();
  const wanted = new Set(words);
  for (const word of plain.toLowerCase().split(/[^\p{L}]+/u)) if (wanted.has(word)) found.add(word);
  return [...found].sort();
}

const STEP_TIMEOUT_MS = 15_000;
let packed: PackedInstall;
let socket = '';

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
}

beforeAll(async () => {
  const probe = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error('tmux is missing for the terminal tests. Install it (Debian/Ubuntu: apt-get install tmux; macOS: brew install tmux).');
  }
  packed = await packAndInstallGlobally();
}, 180_000);

afterEach(() => {
  if (socket) spawnSync('tmux', ['-L', socket, 'kill-server']);
});

afterAll(() => packed?.cleanup());

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Run `plan init` (the installed one, found on PATH) in tmux in `cwd`, press Enter at every prompt
 * (typing `typed[question]` first where given), and return every distinct screen and the exit code.
 */
async function runWizard(cwd: string, lang: string, typed: [RegExp, string][], args: string[] = []): Promise<{ screens: string[]; code: number }> {
  socket = `h14inst-${process.pid}-${lang.slice(0, 2)}-${args.length}`;
  const exitFile = `${cwd}.exit`;
  const env = cleanEnv();
  const command = `env LANG=${lang} LC_ALL= LC_MESSAGES= NO_COLOR= PATH='${join(packed.prefix, 'bin')}':"$PATH" plan init --now 2026-11-26 ${args.join(' ')}; echo EXIT=$? > '${exitFile}'; sleep 120`;
  execFileSync('tmux', ['-L', socket, '-f', '/dev/null', 'new-session', '-d', '-s', 'init', '-x', '160', '-y', '50', '-c', cwd, command], { env });
  const screens = new Set<string>();
  const pending = [...typed];
  let last = '';
  let changedAt = Date.now();
  let actedOn = '';
  let actedAt = 0;
  const deadline = Date.now() + 150_000;
  while (!existsSync(exitFile) || !(await readFile(exitFile, 'utf8')).includes('\n')) {
    if (Date.now() > deadline) throw new Error(`plan init did not finish. Screen:\n${last}`);
    const now = tmux('capture-pane', '-p', '-J', '-t', 'init');
    if (now !== last) {
      screens.add(now);
      last = now;
      changedAt = Date.now();
    } else if (Date.now() - changedAt >= 300 && (now !== actedOn || Date.now() - actedAt > 3_000)) {
      // The screen has settled on a prompt we have not answered yet (or ignored our key): answer it.
      if (Date.now() - changedAt > STEP_TIMEOUT_MS) throw new Error(`plan init is stuck. Screen:\n${now}`);
      const active = now.split('\n').filter((line) => line.startsWith('? ')).at(-1) ?? '';
      // No question on screen yet (start-up, writing): a key now would answer the next one unseen.
      if (!active) {
        await pause(60);
        continue;
      }
      const index = pending.findIndex(([question]) => question.test(active));
      if (index >= 0) tmux('send-keys', '-t', 'init', '-l', pending.splice(index, 1)[0]![1]);
      tmux('send-keys', '-t', 'init', 'Enter');
      actedOn = now;
      actedAt = Date.now();
    }
    await pause(60);
  }
  screens.add(tmux('capture-pane', '-p', '-J', '-S', '-', '-t', 'init'));
  return { screens: [...screens], code: Number(/EXIT=(\d+)/.exec(await readFile(exitFile, 'utf8'))![1]) };
}

describe('plan init from the installed tarball, in a real terminal', () => {
  const cases = [
    { lang: 'fr_CA.UTF-8', args: [], name: 'Boulangerie du Coin', question: /Nom de l’organisation/, forbidden: ENGLISH_WORDS, other: 'English', done: /strategy\.yaml et brief\.md écrits/ },
    { lang: 'en_US.UTF-8', args: [], name: 'Harbour Bakery', question: /Name of the organization/, forbidden: FRENCH_WORDS, other: 'French', done: /Wrote strategy\.yaml and brief\.md/ },
    // The README's `plan init --lang fr --quick`, on a machine set to English: the flag wins everywhere.
    { lang: 'en_US.UTF-8', args: ['--lang', 'fr', '--quick'], name: 'Café du Parc', question: /Nom de l’organisation/, forbidden: ENGLISH_WORDS, other: 'English', done: /strategy\.yaml et brief\.md écrits/ },
  ];
  for (const c of cases) {
    it(`LANG=${c.lang} plan init ${c.args.join(' ')}: Enter through every question writes a strategy, and no screen shows ${c.other}`, async () => {
      const cwd = join(packed.dir, `new-user-${c.lang.slice(0, 2)}${c.args.length}`);
      await mkdir(cwd);
      const { screens, code } = await runWizard(cwd, c.lang, [[c.question, c.name]], c.args);
      const all = screens.join('\n');
      expect(code, all.slice(-3000)).toBe(0);
      expect(all).toMatch(c.done);
      // Every prompt was seen on its own screen (not only the final history), hints under lists included.
      expect(screens.length).toBeGreaterThan(c.args.includes('--quick') ? 20 : 50);
      expect((await readdir(cwd)).sort()).toEqual(['brief.md', 'strategy.yaml']);
      const strategy = await readFile(join(cwd, 'strategy.yaml'), 'utf8');
      expect(strategy).toContain(`name: ${c.name}`);
      expect(strategy).toContain(`language: ${c.args.includes('fr') ? 'fr' : c.lang.slice(0, 2)}`);
      // Line by line over every screen, so a failure names the very lines that showed the other language.
      const leaks = new Set<string>();
      for (const screen of screens) for (const line of screen.split('\n')) {
        const words = wordsFrom(line, c.forbidden, [c.name]);
        if (words.length > 0) leaks.add(`${words.join(', ')}: ${line.trim()}`);
      }
      expect([...leaks]).toEqual([]);
    }, 240_000);
  }
});

describe('the language check itself', () => {
  it('finds English words in French text, ignoring code, rule ids and names', () => {
    expect(wordsFrom('Choisissez les plateformes; lighter, adapted relays', ENGLISH_WORDS)).toEqual(['adapted', 'lighter', 'relays']);
    expect(wordsFrom('Ajoutez `target: the goal` (objectives/smart) dans strategy.yaml pour The Bakery', ENGLISH_WORDS, ['The Bakery'])).toEqual([]);
    expect(wordsFrom('Write these files? (Y/n)', FRENCH_WORDS)).toEqual([]);
    expect(wordsFrom('Écrire ces fichiers? (O/n)', FRENCH_WORDS)).toEqual(['fichiers', 'écrire']);
  });
});
