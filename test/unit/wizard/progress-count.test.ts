// "Question N of M": within a step M changes only after an answer that adds questions (another
// persona, pillars asked again after the promo-share warning), and then holds to the step's end.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInit } from '../../../src/commands/init/run.js';
import type { CommandIO } from '../../../src/io/context.js';
import type { Choice, Prompter } from '../../../src/wizard/prompts.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-progress-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function prompter(rules: [RegExp, string[]][]): Prompter & { asked: string[] } {
  const asked: string[] = [];
  const reply = (message: string): string | undefined => {
    asked.push(message);
    return rules.find(([pattern, replies]) => pattern.test(message) && replies.length > 0)?.[1].shift();
  };
  return {
    asked,
    async input(q) {
      return reply(q.message) ?? q.default ?? '';
    },
    async confirm(q) {
      const value = reply(q.message);
      return value === undefined ? q.default : value === 'yes';
    },
    async select<T extends string>(q: { message: string; choices: readonly Choice<T>[]; default?: T }) {
      if (/change a step/.test(q.message)) return 'write' as T;
      return (reply(q.message) as T | undefined) ?? q.default ?? q.choices[0]!.value;
    },
    async checkbox<T extends string>(q: { message: string; choices: readonly (Choice<T> & { checked?: boolean })[] }) {
      const value = reply(q.message);
      return value !== undefined ? (value.split(',') as T[]) : q.choices.filter((c) => c.checked).map((c) => c.value);
    },
    note() {},
  };
}

describe('question N of M', () => {
  it('M holds within a step, changing only right after an answer that adds questions', async () => {
    const p = prompter([
      [/another persona/, ['yes']],
      [/Persona 2/, ['Tourists']],
      [/Content mix/, ['80-20', 'custom']],
      [/Content pillars/, ['Tips 60, Promos 40']],
    ]);
    const env: CommandIO = { stdin: new EventEmitter() as never, stdout: { write: () => true }, stderr: { write: () => true }, env: { LANG: 'en_CA.UTF-8' }, cwd: dir };
    await expect(runInit({ now: '2026-11-26', quiet: true, quick: true, name: 'Acme', lang: 'en' }, env, { prompter: p, interactive: true, signals: new EventEmitter() as never })).resolves.toBe(0);
    const progress = p.asked.map((q) => {
      const m = /^Question (\d+) of (\d+) · (.*)$/.exec(q)!;
      return { n: Number(m[1]), of: Number(m[2]), text: m[3]! };
    });
    // The answers that add questions: "another persona? yes", and the pillars over the mix.
    const grows = (i: number) => /another persona/.test(progress[i - 1]!.text) || (/Content mix/.test(progress[i]!.text) && progress[i]!.n > 1 && /Pillar \d of/.test(progress[i - 1]!.text));
    for (let i = 1; i < progress.length; i++) {
      const [before, now] = [progress[i - 1]!, progress[i]!];
      expect(now.n, now.text).toBeLessThanOrEqual(now.of);
      if (now.n === 1 || grows(i)) continue;
      expect([i, now.text, now.of]).toEqual([i, now.text, before.of]);
    }
    expect(progress.filter((q) => /Persona 2|Age range/.test(q.text)).map((q) => `${q.n}/${q.of}`)).toEqual(['2/7', '8/14', '9/14']);
  });

  it('declining edgy humour asks the humour again without the total jumping (it did to 506)', async () => {
    const p = prompter([
      [/Humour/, ['edgy', 'playful']],
      [/Keep edgy humour/, ['no']],
    ]);
    const env: CommandIO = { stdin: new EventEmitter() as never, stdout: { write: () => true }, stderr: { write: () => true }, env: { LANG: 'en_CA.UTF-8' }, cwd: dir };
    await expect(runInit({ now: '2026-11-26', quiet: true, quick: true, name: 'Acme', lang: 'en' }, env, { prompter: p, interactive: true, signals: new EventEmitter() as never })).resolves.toBe(0);
    const steps: { n: number; of: number; text: string }[][] = [];
    for (const q of p.asked) {
      const m = /^Question (\d+) of (\d+) · (.*)$/.exec(q)!;
      const at = { n: Number(m[1]), of: Number(m[2]), text: m[3]! };
      if (at.n === 1) steps.push([]);
      steps.at(-1)!.push(at);
    }
    const editorial = steps.find((step) => step.some((q) => /Keep edgy humour/.test(q.text)))!;
    // Choosing edgy adds a question (15 → 17); declining it brings the humour back, within the same 17.
    expect(editorial.filter((q) => /^(Humour|Keep edgy)/.test(q.text)).map((q) => `${q.n}/${q.of} ${q.text.slice(0, 9)}`)).toEqual(['4/15 Humour', '5/17 Keep edgy', '6/17 Humour']);
    // One total from the "Keep edgy humour?" question to the step's end: the question that came back is counted once.
    const from = editorial.findIndex((q) => /Keep edgy/.test(q.text));
    expect(new Set(editorial.slice(from).map((q) => q.of)).size).toBe(1);
    expect(editorial.at(-1)!.n).toBe(editorial.at(-1)!.of);
  });

  it('the total of a step never shrinks: an answer that drops a question to come ends the step early instead', async () => {
    // The trial's case: an objective on one platform of two drops the measure's platform question.
    const p = prompter([[/On which platforms\?/, ['instagram', 'facebook']]]);
    const env: CommandIO = { stdin: new EventEmitter() as never, stdout: { write: () => true }, stderr: { write: () => true }, env: { LANG: 'en_CA.UTF-8' }, cwd: dir };
    await expect(runInit({ now: '2026-11-26', quiet: true, name: 'Acme', lang: 'en', platforms: 'instagram,facebook' }, env, { prompter: p, interactive: true, signals: new EventEmitter() as never })).resolves.toBe(0);
    let previous: { n: number; of: number } | undefined;
    let steps = 0;
    for (const q of p.asked) {
      const m = /^Question (\d+) of (\d+) · /.exec(q);
      if (!m) continue;
      const at = { n: Number(m[1]), of: Number(m[2]) };
      if (at.n === 1) steps++;
      else expect(at.of, q).toBeGreaterThanOrEqual(previous!.of);
      previous = at;
    }
    expect(steps).toBeGreaterThan(3);
  });
});
