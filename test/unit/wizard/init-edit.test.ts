// `plan init --edit FILE` in process, with a scripted prompter: only the measure questions, the
// lines shown before they are written, a refusal that writes nothing, a file changed meanwhile kept.
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInit, type InitOptions } from '../../../src/commands/init/run.js';
import { CancelledError, InputError, UsageError } from '../../../src/errors.js';
import type { CommandIO } from '../../../src/io/context.js';
import { DEFAULT, scripted, type Reply } from './scripted.js';

const STRATEGY = `# Our plan
version: 1
organization: { name: Harbour Bakery, language: en }
platforms:
  - id: instagram
    role: primary
  - id: facebook
    role: secondary
audiences: [{ id: a, name: Neighbours }]
editorial_line:
  positioning: The bakery of the neighbourhood
  tone: { voice: [warm] }
objectives:
  - id: reach   # the first one
    statement: Be known on the street
    type: awareness
    kpi: monthly reach
    platforms: [instagram, facebook]
  - id: signups
    statement: "More sign-ups: the newsletter"
    kpi: newsletter sign-ups
`;

let dir: string;
let out = '';
let err = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-edit-'));
  await writeFile(join(dir, 's.yaml'), STRATEGY);
  out = '';
  err = '';
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function io(): CommandIO {
  return {
    stdin: Object.assign(new EventEmitter(), { isTTY: false }) as never,
    stdout: { write: (s: string) => ((out += s), true), isTTY: false },
    stderr: { write: (s: string) => ((err += s), true), isTTY: false },
    env: { LANG: 'en_CA.UTF-8' },
    cwd: dir,
  };
}

const signals = new EventEmitter() as never;
function run(options: InitOptions, script: [RegExp, Reply][] = [], interactive = true) {
  const prompter = scripted(script);
  return { prompter, done: runInit({ now: '2026-11-26', edit: 's.yaml', ...options }, io(), { prompter, interactive, signals }) };
}

describe('plan init --edit FILE', () => {
  it('asks only the measures, suggested from each objective, shows the lines, and adds them with every other line kept', async () => {
    const { prompter, done } = run({}, [
      [/What will `plan report` follow/, DEFAULT],
      [/Measured on which platform/, 'instagram'],
      [/one number/, DEFAULT],
      [/What will `plan report` follow/, DEFAULT],
      [/Measured on which platform/, DEFAULT],
      [/one number/, DEFAULT],
      [/Name of this metric/, DEFAULT],
      [/Write these lines to s\.yaml/, true],
    ]);
    expect(await done).toBe(0);
    expect(prompter.remaining()).toBe(0);
    expect(prompter.notes.join('\n')).toMatch(/Objective `reach`: Be known on the street \(KPI: monthly reach\)[\s\S]*Objective `signups`/);
    const text = await readFile(join(dir, 's.yaml'), 'utf8');
    expect(text).toBe(STRATEGY.replace('    platforms: [instagram, facebook]\n', '    platforms: [instagram, facebook]\n    measure: { platform: instagram, metric: reach, aggregate: sum }\n') + '    measure: { platform: all, metric: custom, aggregate: sum, name: newsletter-sign-ups }\n');
    expect(out).toBe('Lines added to s.yaml:\n  line 19: + measure: { platform: instagram, metric: reach, aggregate: sum }   (objective `reach`)\n  line 23: + measure: { platform: all, metric: custom, aggregate: sum, name: newsletter-sign-ups }   (objective `signups`)\n');
    expect(err).toMatch(/s\.yaml updated: 2 measures added, every other line kept as it was\.\nNext: `plan validate s\.yaml`\./);
  });

  it('writes nothing when the lines are declined', async () => {
    const { done } = run({ measure: ['all/reach', 'signups=all/custom:signups/sum'] }, [[/Write these lines/, false]]);
    await expect(done).rejects.toThrow(CancelledError);
    expect(await readFile(join(dir, 's.yaml'), 'utf8')).toBe(STRATEGY);
  });

  it('never writes over a change made to the file while the questions were asked', async () => {
    const prompter = scripted([[/Write these lines/, true]]);
    // The editor saves the file while the person reads the lines to add.
    const confirm = prompter.confirm.bind(prompter);
    prompter.confirm = async (q) => {
      await writeFile(join(dir, 's.yaml'), STRATEGY + '# saved by the editor\n');
      return confirm(q);
    };
    const done = runInit({ now: '2026-11-26', edit: 's.yaml', measure: ['all/reach', 'all/posts'] }, io(), { prompter, interactive: true, signals });
    await expect(done).rejects.toThrow(/s\.yaml changed while the questions were asked, so nothing was written/);
    expect(await readFile(join(dir, 's.yaml'), 'utf8')).toBe(STRATEGY + '# saved by the editor\n');
  });

  it('without a terminal, needs --measure or --yes, and names the objectives and an example', async () => {
    const { done } = run({}, [], false);
    await expect(done).rejects.toThrow(UsageError);
    const again = run({}, [], false);
    await expect(again.done).rejects.toThrow(/pass --measure ID=PLATFORM\/METRIC\[\/AGGREGATE\] for `reach`, `signups` \(for example --measure reach=all\/reach\/sum\), or add --yes/);
    expect(await readFile(join(dir, 's.yaml'), 'utf8')).toBe(STRATEGY);
  });

  it('takes --measure in order or by id, and refuses an id the file does not have', async () => {
    expect(await run({ measure: ['signups=all/custom:newsletter/last', 'facebook/reach'] }, [], false).done).toBe(0);
    const text = await readFile(join(dir, 's.yaml'), 'utf8');
    expect(text).toContain('    measure: { platform: facebook, metric: reach, aggregate: sum }\n  - id: signups');
    expect(text).toContain('    measure: { platform: all, metric: custom, aggregate: last, name: newsletter }\n');
    await writeFile(join(dir, 's.yaml'), STRATEGY);
    await expect(run({ measure: ['nope=all/reach'], yes: true }, [], false).done).rejects.toThrow(/--measure: no objective `nope`\. Objectives: `reach`, `signups`/);
    await expect(run({ measure: ['reach=tiktok/reach'] }, [], false).done).rejects.toThrow(/"tiktok" is not a choice here\. Use one of: instagram, facebook, all/);
    expect(await readFile(join(dir, 's.yaml'), 'utf8')).toBe(STRATEGY);
  });

  it('says there is nothing to do, or what is wrong with the file, and never touches it', async () => {
    expect(await run({ measure: ['all/reach', 'all/posts'] }, [], false).done).toBe(0);
    const measured = await readFile(join(dir, 's.yaml'), 'utf8');
    err = '';
    expect(await run({ yes: true }, [], false).done).toBe(0);
    expect(err).toBe('Every objective of s.yaml has a measure: nothing to change.\n');
    expect(await readFile(join(dir, 's.yaml'), 'utf8')).toBe(measured);
    await writeFile(join(dir, 's.yaml'), 'objectives: [\n');
    await expect(run({ yes: true }, [], false).done).rejects.toThrow(InputError);
    await writeFile(join(dir, 's.yaml'), 'version: 1\n');
    expect(await run({ yes: true }, [], false).done).toBe(0);
    expect(err).toMatch(/s\.yaml has no objectives/);
    await expect(run({ yes: true, strategy: 'other.yaml' }, [], false).done).rejects.toThrow(/leave out --strategy/);
  });

  it('speaks the plan’s language unless --lang says otherwise', async () => {
    await writeFile(join(dir, 's.yaml'), STRATEGY.replace('language: en', 'language: fr'));
    expect(await run({ yes: true }, [], false).done).toBe(0);
    expect(out).toMatch(/^Lignes ajoutées à s\.yaml\u202f:/);
    expect(err).toMatch(/2 mesures ajoutées/);
  });
});
