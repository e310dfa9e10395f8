// The wizard's answers to issue 14, in both languages: pillar purposes asked (guessed from the
// name) and the promotional share checked at that question with editorial/promo-share's words;
// answers saved to a file when the end goes wrong, and taken back with --answers; the summary
// goes back to any step; numbers for baselines and targets; past deadlines confirmed; true
// question counts and "question N of M"; B2B defaults; defaults that follow tu/vous.
import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInit, flagOf, type InitOptions } from '../../../src/commands/init/run.js';
import { CancelledError, InputError, UsageError } from '../../../src/errors.js';
import type { CommandIO } from '../../../src/io/context.js';
import { checkText } from '../../../src/validate/check.js';
import { Asker, type Answers, type AskMode } from '../../../src/wizard/ask.js';
import { terminalPrompter, type Choice, type Prompter } from '../../../src/wizard/prompts.js';
import { askAudiences } from '../../../src/wizard/steps/audience.js';
import { askCommunity } from '../../../src/wizard/steps/community.js';
import { defaultPlatforms } from '../../../src/wizard/steps/context-defaults.js';
import { askCrisis } from '../../../src/wizard/steps/crisis.js';
import { askEditorialLine, PRESETS } from '../../../src/wizard/steps/editorial-line.js';
import { askObjectives } from '../../../src/wizard/steps/objectives.js';
import { askPolicy } from '../../../src/wizard/steps/policy.js';
import { guessPurpose } from '../../../src/wizard/steps/pillar-purpose.js';
import { translator } from '../../../src/i18n/index.js';
import { wizardCatalog } from '../../../src/i18n/wizard.js';
import { briefCatalog } from '../../../src/i18n/brief.js';
import { choicesCatalog } from '../../../src/i18n/choices.js';
import type { StepContext } from '../../../src/wizard/types.js';
import { DEFAULT, scripted, type Reply } from './scripted.js';

const NOW = new Date(Date.UTC(2026, 10, 26));
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-h14w-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function io(): CommandIO & { err: () => string } {
  let err = '';
  const stdin = new PassThrough();
  stdin.end();
  return { stdin: stdin as never, stdout: { write: () => true, isTTY: false }, stderr: { write: (s: string) => ((err += s), true), isTTY: false }, env: { LANG: 'en_CA.UTF-8' }, cwd: dir, err: () => err };
}
const signals = new EventEmitter() as never;

function context(script: [RegExp, Reply][], options: { mode?: AskMode; answers?: Record<string, unknown>; lang?: 'en' | 'fr' } = {}) {
  const prompter = scripted(script);
  const answers: Answers = new Map(Object.entries(options.answers ?? {}));
  const ask = new Asker(options.mode ?? 'interactive', answers, prompter, options.lang ?? 'en', flagOf);
  const ctx: StepContext = { ask, now: NOW, folderName: 'x', env: {} };
  return { ctx, prompter, ask };
}

async function answersFile(data: Record<string, unknown>): Promise<string> {
  const file = join(dir, `answers-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify(data));
  return file;
}

const SKIP_ALL = ['objectives', 'community', 'crisis', 'policy', 'measurement'];

describe('pillar purposes', () => {
  it.each([
    ['Promos', 'promote'], ['Offres', 'promote'], ['Product updates', 'promote'], ['Offers and news', 'promote'], ['Offres et nouveautés', 'promote'],
    ['Finance playbooks', 'educate'], ['Conseils', 'educate'], ['Customer stories', 'inspire'], ['Témoignages', 'inspire'],
    ['Coulisses', 'entertain'], ['Behind the scenes', 'entertain'], ['Partages de partenaires', 'community'], ['Nouvelles du quartier', 'community'],
    ['Industry news', 'inform'], ['Quelque chose', 'educate'],
  ] as const)('"%s" suggests %s', (name, purpose) => {
    expect(guessPurpose(name)).toBe(purpose);
  });

  it('every preset pillar name, in both languages, suggests its preset purpose', () => {
    for (const lang of ['en', 'fr'] as const) {
      const t = translator(wizardCatalog, lang);
      for (const preset of Object.values(PRESETS)) for (const p of preset) expect([lang, t(p.key), guessPurpose(t(p.key))]).toEqual([lang, t(p.key), p.purpose]);
    }
  });

  it('the English 4-1-1 reproduction: stops at the pillars with the rule’s own message, exit 2, nothing written', async () => {
    const file = await answersFile({ lang: 'en', name: 'Ledgerly', sector: 'B2B software', platforms: ['linkedin'], audiences: ['Partners:30-55'], mix: '4-1-1', pillars: 'Finance playbooks 50, Customer stories 20, Product updates 30', skip: SKIP_ALL });
    const error = await runInit({ answers: file, yes: true, out: join(dir, 'out'), now: '2026-11-26', quiet: true }, io(), { signals }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(/^Cannot use --pillars \(or `pillars` in --answers\): Promotional pillars take 30% of posts, above the 16\.7% that the `4-1-1` rule allows/);
    expect((error as Error).message).not.toMatch(/bug/i);
    expect(await readdir(dir)).not.toContain('out');
  });

  it('in a terminal, the promotional share is said at the question and mix, pillars and purposes are asked again', async () => {
    const { ctx, prompter } = context([
      [/Positioning/, 'Finance, made clear'], [/Voice/, DEFAULT], [/address/, DEFAULT], [/Humour/, DEFAULT], [/Emoji/, DEFAULT],
      [/Content mix/, '4-1-1'],
      [/Content pillars/, 'Finance playbooks 50, Customer stories 20, Product updates 30'],
      [/Pillar 1 of 3, "Finance playbooks"/, DEFAULT], [/Pillar 2 of 3, "Customer stories"/, DEFAULT], [/Pillar 3 of 3, "Product updates"/, DEFAULT],
      [/Content mix/, DEFAULT],
      [/Content pillars/, 'Finance playbooks 64, Customer stories 20, Product updates 16'],
      [/Pillar 1 of 3/, DEFAULT], [/Pillar 2 of 3/, DEFAULT], [/Pillar 3 of 3/, DEFAULT],
      [/Do:/, DEFAULT], [/Don't:/, DEFAULT],
    ]);
    const line = await askEditorialLine(ctx, 'Ledgerly');
    expect(prompter.notes.join('\n')).toContain('⚠ Promotional pillars take 30% of posts, above the 16.7% that the `4-1-1` rule allows.');
    expect(line.mix).toBe('4-1-1');
    expect(line.pillars!.map((p) => [p.name, p.share, p.purpose])).toEqual([['Finance playbooks', 64, 'educate'], ['Customer stories', 20, 'inspire'], ['Product updates', 16, 'promote']]);
    expect(prompter.remaining()).toBe(0);
  });

  it('French pillars get purposes, and "Promos 40" under 80/20 stops with the French message', async () => {
    const ok = await askEditorialLine(context([], { mode: 'defaults', lang: 'fr', answers: { pillars: 'Conseils 50, Coulisses 30, Offres 20' } }).ctx, 'Café');
    expect(ok.pillars!.map((p) => p.purpose)).toEqual(['educate', 'entertain', 'promote']);
    await expect(askEditorialLine(context([], { mode: 'defaults', lang: 'fr', answers: { mix: '80-20', pillars: 'Conseils 60, Promos 40' } }).ctx, 'Café')).rejects.toThrow(/Les piliers promotionnels prennent 40 % des publications, au-delà des 20 %/);
  });

  it('--purpose and purpose.<id> answer the question; a wrong purpose names the flag', async () => {
    const line = await askEditorialLine(context([], { mode: 'defaults', answers: { pillars: 'Tips 80, Stories 20', 'purpose.stories': 'promote' } }).ctx, 'X');
    expect(line.pillars!.map((p) => p.purpose)).toEqual(['educate', 'promote']);
    await expect(askEditorialLine(context([], { mode: 'defaults', answers: { pillars: 'Tips 80, Stories 20', 'purpose.stories': 'sell' } }).ctx, 'X')).rejects.toThrow(/--purpose.*"sell" is not a choice/);
  });
});

describe('baselines, targets and deadlines', () => {
  // The measure of a conversion objective with the default KPI: a custom metric, named from it.
  const MEASURE: [RegExp, Reply][] = [[/plan report/, DEFAULT], [/one number|un seul nombre/, DEFAULT], [/Name of this metric|Nom de cette métrique/, DEFAULT]];
  const objective = (replies: [RegExp, Reply][], lang: 'en' | 'fr' = 'en') =>
    context([[/Fill this section|Remplir cette section/, true], [/Objective 1|Objectif 1/, 'Plus de commandes'], [/Kind|Type/, 'conversion'], [/KPI|Indicateur/, DEFAULT], ...replies, ...MEASURE, [/another objective|autre objectif/, false]], { lang });

  it.each([['en', /"une dizaine" is not a number/], ['fr', /«\u202fune dizaine\u202f» n’est pas un nombre/]] as const)('refuses "une dizaine" as a baseline (%s)', async (lang, message) => {
    const { ctx } = objective([[/Baseline|Point de départ/, 'une dizaine']], lang);
    await expect(askObjectives(ctx, [{ id: 'instagram', role: 'primary' }])).rejects.toThrow(message);
  });

  it('from an answers file, text that cannot be measured names the key (exit 2)', async () => {
    await expect(askObjectives(context([], { mode: 'defaults', answers: { 'objective.1.target': 'le triple' } }).ctx, [])).rejects.toThrow(/--objective \(or `objective\.1\.target` in --answers\).*"le triple" is not a number/);
    await expect(askObjectives(context([], { mode: 'defaults', answers: { objectives: [{ statement: 'X', baseline: 'une dizaine' }] } }).ctx, [])).rejects.toThrow(/--objective.*une dizaine/);
  });

  it('"12,000" typed in English is twelve thousand; "2,5" is refused as ambiguous, never saved as another number', async () => {
    const { ctx, prompter } = objective([[/Baseline/, '12,000'], [/Target/, '30,000'], [/Unit/, 'CAD'], [/Deadline/, DEFAULT]]);
    expect((await askObjectives(ctx, [{ id: 'instagram', role: 'primary' }]))![0]).toMatchObject({ baseline: 12000, target: 30000 });
    expect(prompter.remaining()).toBe(0);
    const typed = objective([[/Baseline/, '2,5']]);
    await expect(askObjectives(typed.ctx, [{ id: 'instagram', role: 'primary' }])).rejects.toThrow(/"2,5" is not a number in English: a comma groups thousands \(12,000\) and a point marks decimals \(2\.5\)/);
    const file = context([], { mode: 'defaults', answers: { 'objective.1.baseline': '12,000', 'objective.1.target': '30,000' } });
    expect((await askObjectives(file.ctx, []))![0]).toMatchObject({ baseline: 12000, target: 30000 });
    await expect(askObjectives(context([], { mode: 'defaults', answers: { 'objective.1.baseline': '2,5' } }).ctx, [])).rejects.toThrow(/`objective\.1\.baseline`.*"2,5" is not a number in English/);
    const list = context([], { mode: 'defaults', answers: { objectives: [{ statement: 'X', baseline: '12,000', target: 30000 }] } });
    expect((await askObjectives(list.ctx, []))![0]).toMatchObject({ baseline: 12000, target: 30000 });
    await expect(askObjectives(context([], { mode: 'defaults', answers: { objectives: [{ statement: 'X', target: '2,5' }] } }).ctx, [])).rejects.toThrow(/"2,5" is not a number in English/);
  });

  it('in French, "1 200" and "1,5" are numbers; "12,000" is refused as ambiguous', async () => {
    const file = context([], { mode: 'defaults', lang: 'fr', answers: { 'objective.1.baseline': '1\u00a0200', 'objective.1.target': '1,5' } });
    expect((await askObjectives(file.ctx, []))![0]).toMatchObject({ baseline: 1200, target: 1.5 });
    await expect(askObjectives(context([], { mode: 'defaults', lang: 'fr', answers: { 'objective.1.target': '12,000' } }).ctx, [])).rejects.toThrow(/«\u202f12,000\u202f» n’est pas un nombre clair/);
  });

  it('a deadline in the past is asked again unless confirmed', async () => {
    const replies: [RegExp, Reply][] = [[/Baseline/, '10'], [/Target/, '30'], [/Unit/, 'orders'], [/Deadline/, '2025-06-30'], [/2025-06-30 is already past \(today is 2026-11-26\)/, false], [/Deadline/, '2027-03-31']];
    const { ctx, prompter } = objective(replies);
    expect((await askObjectives(ctx, [{ id: 'instagram', role: 'primary' }]))![0]).toMatchObject({ baseline: 10, target: 30, deadline: '2027-03-31' });
    expect(prompter.remaining()).toBe(0);
    const kept = objective([...replies.slice(0, 4), [/already past/, true]]);
    expect((await askObjectives(kept.ctx, [{ id: 'instagram', role: 'primary' }]))![0]!.deadline).toBe('2025-06-30');
    await expect(askObjectives(context([], { mode: 'defaults', lang: 'fr', answers: { 'objective.1.deadline': '2025-06-30' } }).ctx, [])).rejects.toThrow(/l’échéance 2025-06-30 est déjà passée/);
  });

  it.each([
    ['en', 'target: the triple', /The target of the objective `more` is not a number \("the triple"\)/],
    ['fr', 'target: le triple', /La cible de l’objectif `more` n’est pas un nombre \(«\u202fle triple\u202f»\)/],
  ] as const)('objectives/smart reports a target that cannot be measured (%s)', (lang, line, message) => {
    const text = `version: 1\norganization: {name: X, language: ${lang}}\nobjectives:\n  - id: more\n    statement: More\n    kpi: orders\n    baseline: 10\n    ${line}\n    deadline: 2027-03-31\n`;
    const smart = checkText(text, 's.yaml', { now: NOW, env: {} }).findings.filter((f) => f.ruleId === 'objectives/smart');
    expect(smart.map((f) => f.message)).toEqual([expect.stringMatching(message)]);
    expect(checkText(text.replace(line, 'target: "1 200"'), 's.yaml', { now: NOW, env: {} }).findings.filter((f) => f.ruleId === 'objectives/smart')).toEqual([]);
  });
});

describe('list questions', () => {
  it('show the suggestion as a default that typing replaces (not text that typing appends to)', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => {} });
    const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 80, rows: 24 });
    stdout.resume();
    const terminal: CommandIO = { stdin: stdin as never, stdout: stdout as never, stderr: { write: () => true }, env: {}, cwd: '/' };
    const ask = new Asker('interactive', new Map(), terminalPrompter(terminal, { cancelled: 'c', noTerminal: 'n' }), 'en');
    const typed = ask.list({ key: 'community.managers', message: 'Who answers?', default: ['Head of Marketing'] });
    await new Promise((r) => setTimeout(r, 30));
    stdin.write('Marco\r');
    await expect(typed).resolves.toEqual(['Marco']);
    const kept = ask.list({ key: 'x', message: 'Who answers?', default: ['Head of Marketing'] });
    await new Promise((r) => setTimeout(r, 30));
    stdin.write('\r');
    await expect(kept).resolves.toEqual(['Head of Marketing']);
  });
});

describe('B2B software: defaults and fit advice from the knowledge file', () => {
  it.each([['B2B software'], ['Logiciel de paie'], ['SaaS comptable']])('"%s" pre-ticks LinkedIn only', (sector) => {
    expect(defaultPlatforms('ongoing-presence', sector)).toEqual(['linkedin']);
    expect(defaultPlatforms('ongoing-presence', 'Boulangerie')).toEqual(['facebook', 'instagram']);
  });

  it.each(['en', 'fr'] as const)('partners aged 30-55 on LinkedIn are not told to go to YouTube and Facebook (%s)', async (lang) => {
    const { ctx, prompter } = context([], { mode: 'defaults', lang, answers: { audiences: ['Partners:30-55'] } });
    await askAudiences(ctx, [{ id: 'linkedin', role: 'primary' }], 'US', 'B2B software');
    expect(prompter.notes.join('\n')).toBe('');
    const without = context([], { mode: 'defaults', lang, answers: { audiences: ['Partners:30-55'] } });
    await askAudiences(without.ctx, [{ id: 'facebook', role: 'primary' }], 'US', 'B2B software');
    const note = without.prompter.notes.join('\n');
    expect(note).toMatch(/LinkedIn/);
    expect(note).toMatch(/Content Marketing Institute.*https:\/\//);
    expect(note).not.toMatch(/YouTube/);
  });
});

describe('French defaults follow tu or vous', () => {
  it('house rules, holding statements (one per level) and the policy use the chosen address and neutral words', async () => {
    const tu = await askCommunity(context([], { mode: 'defaults', lang: 'fr' }).ctx, 'Sam', 'tu');
    expect(tu!.house_rules!.join(' ')).not.toMatch(/\bvous\b|Restez|Respectez/);
    const crisisTu = await askCrisis(context([], { mode: 'defaults', lang: 'fr' }).ctx, 'Sam', 'tu');
    const statements = crisisTu!.tiers!.map((tier) => tier.holding_statement!);
    expect(new Set(statements).size).toBe(3);
    for (const s of statements) expect(s).not.toMatch(/\bvous\b|\bvos\b|revenons/);
    const crisisVous = await askCrisis(context([], { mode: 'defaults', lang: 'fr' }).ctx, 'Sam', 'vous');
    expect(crisisVous!.tiers![1]!.holding_statement).toContain('nous vous donnerons des nouvelles');
    const policy = await askPolicy(context([], { mode: 'defaults', lang: 'fr' }).ctx);
    expect(policy!.rules!.join(' ')).not.toMatch(/la porte-parole|\bvous\b/);
    expect(policy!.rules!.join(' ')).toContain('la personne porte-parole');
  });

  it('one word per humour and emoji choice, the same in the wizard and the brief', () => {
    for (const lang of ['en', 'fr'] as const) {
      const wizard = translator(wizardCatalog, lang);
      // The brief prints the choices catalog's word (src/i18n/choices.ts), the one the wizard starts with.
      const brief = translator(choicesCatalog, lang);
      for (const key of ['humour.none', 'humour.light', 'humour.playful', 'humour.edgy', 'emoji.none', 'emoji.sparing', 'emoji.frequent'] as const) {
        const word = (text: string) => text.split(/\s?[:(]/)[0]!.trim().toLowerCase();
        expect([lang, key, word(wizard(key))]).toEqual([lang, key, word(brief(key))]);
      }
    }
  });
});

/** Takes every suggestion, records every question; at the summary's menu, answers `menu`. */
function defaultsPrompter(menu: string[] = ['write']): Prompter & { asked: string[]; notes: string[] } {
  const asked: string[] = [];
  const notes: string[] = [];
  return {
    asked,
    notes,
    async input(q) {
      asked.push(q.message);
      return q.default ?? '';
    },
    async confirm(q) {
      asked.push(q.message);
      return q.default;
    },
    async select<T extends string>(q: { message: string; choices: readonly Choice<T>[]; default?: T }) {
      if (/change a step|Which step do you want|changer d’abord une étape|Quelle étape/.test(q.message)) return menu.shift() as T;
      asked.push(q.message);
      return q.default ?? q.choices[0]!.value;
    },
    async checkbox<T extends string>(q: { message: string; choices: readonly (Choice<T> & { checked?: boolean })[] }) {
      asked.push(q.message);
      return q.choices.filter((c) => c.checked).map((c) => c.value);
    },
    note(text) {
      notes.push(text);
    },
  };
}

describe('the summary menu', () => {
  it.each([
    ['fr', ['Changer l’étape 1, l’organisation', 'Changer les objectifs', 'Changer la gestion de communauté', 'Changer le plan de crise', 'Changer la politique d’utilisation', 'Changer la mesure']],
    ['en', ['Change step 1, the organization', 'Change the objectives', 'Change the community management', 'Change the crisis plan', 'Change the usage policy', 'Change the measurement']],
  ] as const)('names each step with its article (%s)', async (lang, names) => {
    const prompter = defaultsPrompter();
    const menus: string[][] = [];
    const select = prompter.select.bind(prompter);
    prompter.select = async <T extends string>(q: { message: string; choices: readonly Choice<T>[]; default?: T }) => {
      if (/change a step|changer d’abord une étape/.test(q.message)) menus.push(q.choices.map((c) => c.name));
      return select(q);
    };
    const env = lang === 'fr' ? { ...io(), env: { LANG: 'fr_CA.UTF-8' } } : io();
    await expect(runInit({ now: '2026-11-26', quiet: true }, env, { prompter, interactive: true, signals })).resolves.toBe(0);
    for (const name of names) expect(menus[0]).toContain(name);
  });
});

describe('question counts and progress', () => {
  it.each([
    [false, 'en'],
    [true, 'en'],
    [false, 'fr'],
    [true, 'fr'],
    [false, 'en', 'political-campaign'],
    [false, 'fr', 'local-business'],
  ] as const)('the intro says how many questions the route asks, and each shows "question N of M" in its step (quick: %s, %s, template: %s)', async (quick, lang, template?: string) => {
    const prompter = defaultsPrompter();
    const env = lang === 'fr' ? { ...io(), env: { LANG: 'fr_CA.UTF-8' } } : io();
    await expect(runInit({ now: '2026-11-26', quick, quiet: true, template }, env, { prompter, interactive: true, signals })).resolves.toBe(0);
    const intro = prompter.notes[0]!;
    expect(intro).not.toMatch(/about thirty|une trentaine/);
    const words = lang === 'fr' ? ['courtes questions en quatre étapes', 'dans cinq sections facultatives', 'sur'] : ['short questions in four steps', 'in five optional sections', 'of'];
    const m = new RegExp(quick ? `(\\d+) ${words[0]}` : `(\\d+) ${words[0]}, puis (\\d+) ${words[1]}|(\\d+) ${words[0]}, then (\\d+) ${words[1]}`).exec(intro)!;
    const found = m.slice(1).filter((x) => x !== undefined).map(Number);
    const total = found.reduce((a, b) => a + b, 0);
    expect(found).toHaveLength(quick ? 1 : 2);
    expect(prompter.asked).toHaveLength(total);
    // Within each step, the numbers run 1..M and M is the step's own count.
    const progress = prompter.asked.map((q) => new RegExp(`^Question (\\d+) ${words[2]} (\\d+) · `).exec(q)!.slice(1).map(Number) as [number, number]);
    let expected = 1;
    for (const [i, [n, of]] of progress.entries()) {
      if (n === 1) expected = 1;
      expect([i, n]).toEqual([i, expected++]);
      const last = progress.slice(i).findIndex(([next], k) => k > 0 && next === 1);
      const stepLength = (last === -1 ? progress.length - i : last) + n - 1;
      expect([i, of]).toEqual([i, stepLength]);
    }
  });
});

describe('the end of the run never loses an answer', () => {
  it('a write that fails saves the answers to a file the message names; --answers takes them back', async () => {
    await mkdir(join(dir, 'strategy.yaml'));
    const prompter = defaultsPrompter();
    const error = await runInit({ now: '2026-11-26', force: true, name: 'Harbour Bakery' }, io(), { prompter, interactive: true, signals }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message).not.toMatch(/bug/i);
    const saved = /Your answers are saved in (\S+)\./.exec(message)![1]!;
    expect(saved).toBe('plan-answers.yaml');
    await rm(join(dir, 'strategy.yaml'), { recursive: true });
    const again = defaultsPrompter();
    await expect(runInit({ now: '2026-11-26', answers: saved, quiet: true }, io(), { prompter: again, interactive: true, signals })).resolves.toBe(0);
    expect(again.asked).toEqual([]);
    expect(again.notes[0]).toMatch(/^plan init: every question is already answered/);
    const text = await readFile(join(dir, 'strategy.yaml'), 'utf8');
    expect(text).toContain('name: Harbour Bakery');
    // And without a terminal too (--yes), to the same strategy.
    await rm(join(dir, 'strategy.yaml'));
    await rm(join(dir, 'brief.md'));
    await expect(runInit({ now: '2026-11-26', answers: saved, yes: true, quiet: true }, io(), { signals })).resolves.toBe(0);
    expect(await readFile(join(dir, 'strategy.yaml'), 'utf8')).toBe(text);
  });

  it('in a terminal, an answer from the file that does not fit is shown with its problem and asked again', async () => {
    const { ctx, prompter } = context([[/Content pillars/, 'Tips 70, Offers 30'], [/Pillar 1 of 2/, DEFAULT], [/Pillar 2 of 2/, 'educate']], {
      answers: { positioning: 'P', voice: 'warm', address: 'formal', humour: 'none', emoji: 'none', mix: '80-20', pillars: 'Tips 60, Offers 30', do: [], dont: [] },
    });
    const line = await askEditorialLine(ctx, 'X');
    expect(prompter.notes.join('\n')).toMatch(/Cannot use --pillars \(or `pillars` in --answers\): The shares sum to 90/);
    expect(line.pillars!.map((p) => [p.name, p.share, p.purpose])).toEqual([['Tips', 70, 'educate'], ['Offers', 30, 'educate']]);
    expect(prompter.remaining()).toBe(0);
  });

  it('in a terminal, a point that would not pass validate is marked in the summary; quitting keeps the answers', async () => {
    const original = 'version: 1\norganization: {name: Old Bakery, language: en, colour: blue}\nplatforms:\n  - {id: facebook, role: primary}\naudiences:\n  - {id: locals, name: Locals}\neditorial_line: {positioning: Bread, tone: {address: informal}}\n';
    await writeFile(join(dir, 'strategy.yaml'), original);
    const prompter = defaultsPrompter(['quit']);
    const error = await runInit({ now: '2026-11-26' }, io(), { prompter, interactive: true, signals }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect((error as Error).message).toMatch(/^Nothing was written\.\nYour answers are saved in plan-answers\.yaml\./);
    expect(prompter.notes.find((n) => n.includes('Summary'))).toMatch(/✖ error, line \d+: Unknown key `colour`/);
    expect(await readFile(join(dir, 'strategy.yaml'), 'utf8')).toBe(original);
    expect((await readdir(dir)).sort()).toEqual(['plan-answers.yaml', 'strategy.yaml']);
  });

  it('never overwrites an answers file already there', async () => {
    await writeFile(join(dir, 'plan-answers.yaml'), 'mine\n');
    await mkdir(join(dir, 'strategy.yaml'));
    const error = await runInit({ now: '2026-11-26', force: true }, io(), { prompter: defaultsPrompter(), interactive: true, signals }).catch((e: unknown) => e);
    expect((error as Error).message).toContain('saved in plan-answers-2.yaml');
    expect(await readFile(join(dir, 'plan-answers.yaml'), 'utf8')).toBe('mine\n');
  });

  it('Ctrl-C writes nothing, not even the answers', async () => {
    const prompter = defaultsPrompter();
    let n = 0;
    const input = prompter.input.bind(prompter);
    prompter.input = async (q) => {
      if (++n === 5) throw new CancelledError('Cancelled. Nothing was written.');
      return input(q);
    };
    await expect(runInit({ now: '2026-11-26' }, io(), { prompter, interactive: true, signals })).rejects.toBeInstanceOf(CancelledError);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('the summary goes back to any step', () => {
  it('changes the organization, then the platforms (asking again only what no longer fits), and returns to the summary', async () => {
    const prompter = defaultsPrompter(['organization', 'platforms', 'write']);
    const base = prompter.input.bind(prompter);
    let revisits = 0;
    prompter.input = async (q) => (/Name of the organization/.test(q.message) && revisits++ === 1 ? (prompter.asked.push(q.message), 'Harbour Bread') : base(q));
    const checkbox = prompter.checkbox.bind(prompter);
    let platformsAsked = 0;
    prompter.checkbox = async (q) => (/Which platforms/.test(q.message) && platformsAsked++ === 1 ? (prompter.asked.push(q.message), ['linkedin'] as never) : checkbox(q));
    await expect(runInit({ now: '2026-11-26', quiet: true }, io(), { prompter, interactive: true, signals })).resolves.toBe(0);
    expect(prompter.notes.filter((n) => n.includes('Summary'))).toHaveLength(3);
    const text = await readFile(join(dir, 'strategy.yaml'), 'utf8');
    expect(text).toContain('name: Harbour Bread');
    expect(text).toContain('- id: linkedin');
    expect(text).not.toMatch(/- id: (facebook|instagram)/);
    // With LinkedIn alone, the persona and objective platform questions do not apply: only its own came back.
    const afterPlatforms = prompter.asked.slice(prompter.asked.findLastIndex((q) => /Which platforms/.test(q)) + 1);
    expect(afterPlatforms.filter((q) => !/LinkedIn ·/.test(q)).map((q) => q.replace(/^Question \d+ of \d+ · /, ''))).toEqual([]);
    expect(checkText(text, 'strategy.yaml', { now: NOW, env: {} }).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('in French, changing vous to tu from the summary changes the suggested house rules and holding statements, not what was typed', async () => {
    const prompter = defaultsPrompter(['editorial', 'write']);
    const select = prompter.select.bind(prompter);
    let addressAsked = 0;
    prompter.select = async (q) => (/Tutoiement ou vouvoiement/.test(q.message) && addressAsked++ === 1 ? (prompter.asked.push(q.message), 'tu' as never) : select(q));
    const input = prompter.input.bind(prompter);
    prompter.input = async (q) => (/Niveau 3/.test(q.message) ? (prompter.asked.push(q.message), 'Notre message à nous.') : input(q));
    await expect(runInit({ now: '2026-11-26', quiet: true }, { ...io(), env: { LANG: 'fr_CA.UTF-8' } }, { prompter, interactive: true, signals })).resolves.toBe(0);
    const text = await readFile(join(dir, 'strategy.yaml'), 'utf8');
    expect(text).toContain('address: tu');
    expect(text).toContain('Respecte les autres');
    expect(text).not.toContain('Respectez les autres');
    expect(text).toContain('nous te donnerons des nouvelles');
    expect(text).toContain('Notre message à nous.');
    expect(prompter.notes.filter((n) => n.includes('Résumé'))).toHaveLength(2);
  });
});
