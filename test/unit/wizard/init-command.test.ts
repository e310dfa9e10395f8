// The command itself, in process, with a scripted prompter: summary, confirmation, edit mode,
// cancellation and the no-terminal error. The files written must pass `plan validate`.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInit, type InitOptions } from '../../../src/commands/init/run.js';
import { CancelledError, InputError, UsageError } from '../../../src/errors.js';
import type { CommandIO } from '../../../src/io/context.js';
import { checkText } from '../../../src/validate/check.js';
import { DEFAULT, scripted, type Reply } from './scripted.js';
import type { Strategy } from '../../../src/strategy/types.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-init-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function io(): CommandIO & { err: () => string } {
  let err = '';
  return {
    stdin: Object.assign(new EventEmitter(), { isTTY: false }) as never,
    stdout: { write: () => true, isTTY: false },
    stderr: { write: (s: string) => ((err += s), true), isTTY: false },
    env: { LANG: 'en_CA.UTF-8' },
    cwd: dir,
    err: () => err,
  };
}

const signals = new EventEmitter() as never;
const run = (options: InitOptions, script: [RegExp, Reply][] = [], interactive = true) => {
  const prompter = scripted(script);
  return { prompter, done: runInit({ now: '2026-11-26', ...options }, io(), { prompter, interactive, signals }) };
};

/** The whole interactive path, every step answered. */
const FULL: [RegExp, Reply][] = [
  [/Language of the plan/, 'en'],
  [/Name of the organization/, 'Harbour Bakery'],
  [/Sector/, 'Bakery'],
  [/Region/, 'CA'],
  [/Why this plan/, 'ongoing-presence'],
  [/owns this strategy/, 'Sam Lee'],
  [/Which platforms/, ['instagram', 'facebook']],
  [/Instagram · role/, 'primary'],
  [/Instagram · why/, 'Our bread is photogenic'],
  [/Instagram · formats/, DEFAULT],
  [/Instagram · how often/, '3/week'],
  [/Facebook · role/, 'secondary'],
  [/Facebook · why/, 'Neighbours and events'],
  [/Facebook · formats/, DEFAULT],
  [/Facebook · how often/, DEFAULT],
  [/Persona 1/, 'Neighbours'],
  [/Age range/, '25-54'],
  [/live or work/, 'Old Port'],
  [/care about/, 'fresh bread'],
  [/need from you/, 'opening hours'],
  [/reach "Neighbours"/, ['instagram', 'facebook']],
  [/another persona/, false],
  [/Positioning/, 'The bakery that bakes for the neighbourhood'],
  [/Voice/, DEFAULT],
  [/address people/, 'informal'],
  [/Humour/, 'light'],
  [/Emoji/, DEFAULT],
  [/Content mix/, '80-20'],
  [/Content pillars/, 'Baking tips 50, Our team 30, Offers 20'],
  [/Pillar 1 of 3, "Baking tips"/, DEFAULT],
  [/Pillar 2 of 3, "Our team"/, DEFAULT],
  [/Pillar 3 of 3, "Offers"/, DEFAULT],
  [/Do:/, DEFAULT],
  [/Don't:/, DEFAULT],
  [/Post ideas for "Baking tips" \(1 of 3\)/, DEFAULT],
  [/Post ideas for "Our team"/, 'Meet the bakers, Our 5 a.m. oven'],
  [/Post ideas for "Offers"/, DEFAULT],
  [/Key dates to plan posts for/, DEFAULT],
  [/Public holidays with no promotion/, DEFAULT],
  [/Fill this section/, true],
  [/Objective 1/, 'More weekend visits'],
  [/Kind/, 'conversion'],
  [/KPI/, 'visits mentioning Instagram'],
  [/Baseline/, '10'],
  [/Target/, '40'],
  [/Unit/, 'per weekend'],
  [/Deadline/, DEFAULT],
  [/On which platforms/, DEFAULT],
  [/What will `plan report` follow/, DEFAULT],
  [/Measured on which platform/, DEFAULT],
  [/one number/, DEFAULT],
  [/Name of this metric/, DEFAULT],
  [/another objective/, false],
  [/Fill this section/, true],
  [/Who answers/, DEFAULT],
  [/Which days/, DEFAULT],
  [/From/, DEFAULT],
  [/Until/, DEFAULT],
  [/Longest time/, DEFAULT],
  [/House rules/, DEFAULT],
  [/criticism/, DEFAULT],
  [/Delete a comment only for/, DEFAULT],
  [/takes over/, DEFAULT],
  [/Fill this section/, true],
  [/Spokesperson/, DEFAULT],
  [/approves/, 'Sam Lee, Alex Roy'],
  [/Level 1 .* holding statement/, DEFAULT],
  [/Level 2 .* holding statement/, DEFAULT],
  [/Level 3 .* holding statement/, DEFAULT],
  [/Fill this section/, false],
  [/Fill this section/, true],
  [/How often are results reviewed/, 'monthly'],
  [/Tools/, DEFAULT],
  [/Report to/, DEFAULT],
];

/** The summary's menu: write. */
const WRITE: [RegExp, Reply] = [/Write the files, or change a step/, 'write'];

describe('plan init (in process)', () => {
  it('runs every step, shows a summary, asks to confirm, then writes files that validate', async () => {
    const { prompter, done } = run({}, [...FULL, WRITE]);
    await expect(done).resolves.toBe(0);
    expect(prompter.remaining()).toBe(0);
    expect(prompter.notes.join('\n')).toMatch(/Summary[\s\S]*Harbour Bakery[\s\S]*Instagram · Primary · 3\/week[\s\S]*Baking tips 50%[\s\S]*Skipped for now: usage policy/);
    const text = await readFile(join(dir, 'strategy.yaml'), 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=')).toBe(true);
    expect(text).toContain('name: Harbour Bakery');
    expect(text).not.toContain('policy:');
    expect(checkText(text, 'strategy.yaml', { now: new Date('2026-11-26') }).findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(await readFile(join(dir, 'brief.md'), 'utf8')).toContain('Harbour Bakery');
    // Post ideas per pillar (suggested from its purpose, or typed), and no promotion at Christmas.
    const data = checkText(text, 'strategy.yaml', { now: new Date('2026-11-26') }).parsed!.data as Strategy;
    const pillars = data.editorial_line.pillars!;
    expect(pillars.find((p) => p.name === 'Our team')!.examples).toEqual(['Meet the bakers', 'Our 5 a.m. oven']);
    expect(pillars.every((p) => (p.examples ?? []).length >= 1 && (p.examples ?? []).length <= 3)).toBe(true);
    const offers = pillars.find((p) => p.name === 'Offers')!.id;
    expect(data.calendar?.key_dates).toEqual(expect.arrayContaining([expect.objectContaining({ rule: '12-25', blackout_pillars: [offers] })]));
  });

  it('numbers the four steps from 1, in order, then names each section', async () => {
    const { prompter, done } = run({}, [...FULL, WRITE]);
    await expect(done).resolves.toBe(0);
    const headings = prompter.notes.filter((n) => /^\nStep \d/.test(n)).map((n) => n.trim().split(' · ')[0]);
    expect(headings).toEqual(['Step 1 of 4', 'Step 2 of 4', 'Step 3 of 4', 'Step 4 of 4']);
  });

  it('the summary names every point left to settle, exactly as plan validate will', async () => {
    // No owner, no target, no crisis approver: decisions only the user can make.
    const script = FULL.map(([p, r]) => (/Target|approves|owns this strategy/.test(String(p)) ? [p, ''] : [p, r]) as [RegExp, Reply]);
    const { prompter, done } = run({}, [...script, WRITE]);
    await expect(done).resolves.toBe(0);
    const summary = prompter.notes.find((n) => n.includes('Summary'))!;
    const findings = checkText(await readFile(join(dir, 'strategy.yaml'), 'utf8'), 'strategy.yaml', { now: new Date('2026-11-26') }).findings;
    // (The usage policy, skipped in FULL, leaves its own point.)
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['consistency/crisis-after-hours', 'crisis/readiness', 'crisis/readiness', 'crisis/readiness', 'objectives/smart', 'policy/disclosure']);
    expect(summary).toContain(`${findings.length} points still to settle`);
    for (const f of findings) expect(summary).toContain(`· line ${f.range.start.line}: ${f.message} (${f.ruleId})`);
    // And each was said when it was left open, not only at the end.
    expect(prompter.notes.filter((n) => /^No target for now|^Nobody approves for now/.test(n))).toHaveLength(2);
  });

  it('writes nothing when the user declines at the confirmation', async () => {
    const { done } = run({}, [...FULL, [/Write the files, or change a step/, 'quit']]);
    await expect(done).rejects.toBeInstanceOf(CancelledError);
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes nothing on Ctrl-C mid-way (exit 130)', async () => {
    const { done } = run({}, [...FULL.slice(0, 20), [/reach "Neighbours"/, new CancelledError('Cancelled. Nothing was written.')]]);
    const error = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect((error as CancelledError).exitCode).toBe(130);
    expect(await readdir(dir)).toEqual([]);
  });

  it('asks only steps 1 to 4 with --quick', async () => {
    const quick = FULL.slice(0, FULL.findIndex(([pattern]) => /Fill this section/.test(String(pattern))));
    const { prompter, done } = run({ quick: true }, [...quick, WRITE]);
    await expect(done).resolves.toBe(0);
    expect(prompter.asked.some((m) => /Fill this section/.test(m))).toBe(false);
  });

  it('offers to edit an existing strategy, keeping its comments and using its values as defaults', async () => {
    await writeFile(join(dir, 'strategy.yaml'), '# Our own notes\nversion: 1\norganization:\n  name: Old Bakery # keep me\n  language: en\nplatforms:\n  - {id: facebook, role: primary, audiences: [locals]}\naudiences:\n  - {id: locals, name: Locals}\neditorial_line:\n  positioning: Bread\n  tone: {address: informal}\n');
    const answers: [RegExp, Reply][] = [[/already exists/, 'edit'], ...FULL.slice(0, 1), [/Name of the organization/, DEFAULT], ...FULL.slice(2)].map(([p, r]) => (String(p).includes('Persona 1') ? [p, DEFAULT] : String(p).includes('Neighbours') ? [/reach "Locals"/, r] : [p, r]) as [RegExp, Reply]);
    const { prompter, done } = run({}, [...answers, WRITE]);
    await expect(done).resolves.toBe(0);
    const text = await readFile(join(dir, 'strategy.yaml'), 'utf8');
    expect(text).toContain('# Our own notes');
    expect(text).toContain('name: Old Bakery # keep me');
    expect(text).toContain('name: Locals');
    expect(prompter.asked[0]).toMatch(/strategy.yaml already exists/);
  });

  it('never overwrites silently: overwrite defaults to no', async () => {
    await writeFile(join(dir, 'strategy.yaml'), 'version: 1\n');
    const { done } = run({}, [[/already exists/, 'overwrite'], [/Really replace/, DEFAULT]]);
    await expect(done).rejects.toBeInstanceOf(CancelledError);
    expect(await readFile(join(dir, 'strategy.yaml'), 'utf8')).toBe('version: 1\n');
  });

  it('without a terminal: exit 2 naming the flags to pass; an existing file needs --force or --edit', async () => {
    const missing = await run({}, [], false).done.catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(UsageError);
    expect((missing as Error).message).toMatch(/--lang.*--name.*--platforms.*--audience.*--pillars.*--yes/);
    await writeFile(join(dir, 'strategy.yaml'), 'version: 1\n');
    const exists = await run({ yes: true }, [], false).done.catch((e: unknown) => e);
    expect(exists).toBeInstanceOf(InputError);
    expect((exists as Error).message).toMatch(/--edit.*--force/);
  });
});
