// init answers -> YAML -> loaded strategy gives the same answers back, and the file written
// re-validates: through the real command (runInit with --answers and --yes, in-process), with
// answers full of characters that mean something in YAML (`: `, `#`, `&`, `*`, quotes, `yes`, `~`).
import fc from 'fast-check';
import { PassThrough } from 'node:stream';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInit } from '../../src/commands/init/run.js';
import { validate, type Strategy } from '../../src/index.js';
import type { CommandIO } from '../../src/io/context.js';
import { NOW } from '../fixtures/hostile/cases.mjs';

const scale = Number(process.env.PLAN_PROPERTY_RUNS ?? 1);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-roundtrip-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const YAMLISH = ['a: b', '# not a comment', '- dash', '&anchor', '*alias', '!tag', "l'été", '"quoted"', '{x}', '[y]', 'yes', 'no', '~', 'null', '1e3', '0x10', '2027-01-01', '%', '@me', '`tick`', '|', '>', 'Café Boréal', 'שלום', '👩‍👩‍👧'];
/** One line of text as a person would type it: no control characters, no outer spaces. */
const text = fc
  .array(fc.oneof(fc.constantFrom(...YAMLISH), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(' ').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 0 && !s.includes(',') && !s.includes(';'));

const answers = fc.record({
  lang: fc.constantFrom('en', 'fr'),
  name: text,
  sector: text,
  owner: text,
  platforms: fc.subarray(['instagram', 'facebook', 'linkedin', 'tiktok', 'youtube'], { minLength: 1, maxLength: 3 }),
  positioning: text,
  voice: fc.array(text, { minLength: 1, maxLength: 3 }),
  humour: fc.constantFrom('none', 'light', 'playful'),
});

function silentIO(cwd: string): CommandIO {
  const stdin = new PassThrough();
  stdin.end();
  return { stdout: { write: () => true }, stderr: { write: () => true }, stdin, env: { LANG: 'en_US.UTF-8' }, cwd };
}

describe('init answers -> strategy.yaml -> loaded strategy', () => {
  it('gives the same answers back, and the strategy re-validates without errors', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(answers, async (a) => {
        const area = join(dir, `r${round++}`);
        const file = join(dir, `answers-${round}.yaml`);
        await writeFile(file, stringify({ ...a, voice: a.voice.join('; '), skip: ['objectives', 'community', 'crisis', 'policy', 'measurement'] }));
        const code = await runInit({ answers: file, yes: true, out: area, now: NOW, quiet: true }, silentIO(dir));
        expect(code).toBe(0);
        const yaml = await readFile(join(area, 'strategy.yaml'), 'utf8');
        const loaded = validate(yaml, 'strategy.yaml', { now: new Date(`${NOW}T12:00:00Z`), env: {} });
        const errors = loaded.findings.filter((f) => f.severity === 'error');
        expect(errors, yaml).toEqual([]);
        const s = loaded.strategy as Strategy;
        expect(s.organization.name).toBe(a.name);
        expect(s.organization.sector).toBe(a.sector);
        expect(s.organization.owner).toBe(a.owner);
        expect(s.organization.language).toBe(a.lang);
        expect(s.platforms.map((p) => p.id)).toEqual(a.platforms);
        expect(s.editorial_line.positioning).toBe(a.positioning);
        expect(s.editorial_line.tone.voice).toEqual(a.voice);
        expect(s.editorial_line.tone.humour).toBe(a.humour);
        await readFile(join(area, 'brief.md'), 'utf8');
      }),
      { numRuns: 40 * scale },
    );
  });
});
