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
      reply(q.message);
      return q.choices.filter((c) => c.checked).map((c) => c.value);
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
});
