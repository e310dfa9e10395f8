// Going back from the summary keeps what the person answered, including answers taken from a
// pre-filled default that was their own earlier answer (after the promo-share warning).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInit, type InitOptions } from '../../../src/commands/init/run.js';
import type { CommandIO } from '../../../src/io/context.js';
import type { Choice, Prompter } from '../../../src/wizard/prompts.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-goback-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function io(lang: 'en' | 'fr'): CommandIO {
  return {
    stdin: Object.assign(new EventEmitter(), { isTTY: false }) as never,
    stdout: { write: () => true, isTTY: false },
    stderr: { write: () => true, isTTY: false },
    env: { LANG: lang === 'fr' ? 'fr_CA.UTF-8' : 'en_CA.UTF-8' },
    cwd: dir,
  };
}

/** Answers by question: the first rule whose pattern matches and still has replies (undefined = Enter). */
function responder(rules: [RegExp, (string | undefined)[]][]): Prompter & { asked: string[] } {
  const asked: string[] = [];
  const reply = (message: string, fallback: string | undefined): string | undefined => {
    asked.push(message);
    const rule = rules.find(([pattern, replies]) => pattern.test(message) && replies.length > 0);
    if (!rule) return fallback;
    const value = rule[1].shift();
    return value === undefined ? fallback : value;
  };
  return {
    asked,
    async input(q) {
      return reply(q.message, q.default) ?? '';
    },
    async confirm(q) {
      const value = reply(q.message, undefined);
      return value === undefined ? q.default : value === 'yes';
    },
    async select<T extends string>(q: { message: string; choices: readonly Choice<T>[]; default?: T }) {
      const value = reply(q.message, q.default ?? q.choices[0]!.value) as T;
      expect(q.choices.map((c) => c.value)).toContain(value);
      return value;
    },
    async checkbox<T extends string>(q: { message: string; choices: readonly (Choice<T> & { checked?: boolean })[] }) {
      reply(q.message, undefined);
      return q.choices.filter((c) => c.checked).map((c) => c.value);
    },
    note() {},
  };
}

const FLAGS: InitOptions = {
  now: '2026-11-26',
  quiet: true,
  quick: true,
  name: 'Acme',
  sector: 'bakery',
  region: 'CA-QC',
  context: 'ongoing-presence',
  owner: 'Jo',
  platforms: 'instagram',
  role: 'instagram=primary',
  cadence: 'instagram=3/week',
  audience: ['Locals:25-44'],
  positioning: 'x',
  voice: 'a,b,c',
  address: 'informal',
  humour: 'light',
  emoji: 'sparing',
};

describe('going back from the summary after the promo-share warning', () => {
  it.each([
    ['en', ['platforms'], /Content mix/, /Content pillars/, /Write the files, or change a step/],
    ['en', ['editorial', 'platforms'], /Content mix/, /Content pillars/, /Write the files, or change a step/],
    ['fr', ['platforms'], /Répartition du contenu/, /Piliers de contenu/, /Écrire les fichiers, ou changer/],
    ['fr', ['editorial', 'platforms'], /Répartition du contenu/, /Piliers de contenu/, /Écrire les fichiers, ou changer/],
  ] as const)('keeps the pillars and purposes taken back from their pre-filled answers (%s, back to %j)', async (lang, steps, mix, pillars, menu) => {
    const options: InitOptions = { ...FLAGS, ...(lang === 'fr' ? { lang: 'fr', address: 'tu' } : {}) };
    const prompter = responder([
      // 80/20 first, over the promo share; then Custom with the pre-filled pillars (Enter).
      [mix, ['80-20', 'custom']],
      [pillars, ['Tips 60, Promos 40', undefined]],
      [/Tips/, ['inform', undefined]],
      [menu, [...steps, 'write']],
    ]);
    await expect(runInit(options, io(lang), { prompter, interactive: true, signals: new EventEmitter() as never })).resolves.toBe(0);
    const strategy = parse(await readFile(join(dir, 'strategy.yaml'), 'utf8'));
    expect(strategy.editorial_line.mix).toBe('custom');
    expect(strategy.editorial_line.pillars.map((p: { name: string; share: number; purpose: string }) => [p.name, p.share, p.purpose])).toEqual([
      ['Tips', 60, 'inform'],
      ['Promos', 40, 'promote'],
    ]);
    // Going back to the editorial line, the pillars question comes back with the pillars filled in.
    expect(prompter.asked.filter((q) => pillars.test(q))).toHaveLength((steps as readonly string[]).includes('editorial') ? 3 : 2);
  });
});
