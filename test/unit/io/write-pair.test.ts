// Family 2 of issue 21, for the pair `plan init` writes: every fault at every step of
// writeFilesTogether (a full disk on either temporary file, a failed link or rename of either
// file), from every starting state (no file, one, both), leaves exactly the old pair and no
// leftover file; runs that write the same pair at once leave one run's pair, never a mix.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { translator } from '../../../src/i18n/index.js';
import { coreCatalog } from '../../../src/i18n/core.js';
import { writeFilesTogether } from '../../../src/io/write.js';

const faults = vi.hoisted(() => ({ step: undefined as undefined | string, nth: 0, seen: new Map<string, number>() }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const fail = (step: string) => {
    const n = (faults.seen.get(step) ?? 0) + 1;
    faults.seen.set(step, n);
    if (faults.step === step && faults.nth === n) throw Object.assign(new Error(`${step}: injected`), { code: step === 'write' || step === 'lock' ? 'ENOSPC' : 'EIO' });
  };
  return {
    ...real,
    rename: async (...args: Parameters<typeof real.rename>) => {
      // The restoring renames (from `.old` hard links) are not the ones under test.
      if (!String(args[0]).endsWith('.old')) fail('rename');
      return real.rename(...args);
    },
    link: async (...args: Parameters<typeof real.link>) => (fail('link'), real.link(...args)),
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      const step = String(args[0]).endsWith('.tmp') ? 'write' : String(args[0]).endsWith('.lock') ? 'lock' : undefined;
      if (!step) return handle;
      return new Proxy(handle, {
        get(target, prop) {
          const value = Reflect.get(target, prop, target);
          if (typeof value !== 'function') return value;
          if (prop === 'writeFile') return async (...a: unknown[]) => (fail(step), value.apply(target, a));
          return value.bind(target);
        },
      });
    },
  };
});

const t = translator(coreCatalog, 'en');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-h21-pair-'));
  faults.step = undefined;
  faults.seen = new Map();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pair = (tag: string) => [
  { path: join(dir, 'strategy.yaml'), content: `strategy ${tag}\n`, overwrite: true, displayName: 'strategy.yaml' },
  { path: join(dir, 'brief.md'), content: `brief ${tag}\n`, overwrite: true, displayName: 'brief.md' },
];

async function state(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) out[name] = await readFile(join(dir, name), 'utf8');
  return out;
}

describe('writeFilesTogether: all or nothing', () => {
  it('keeps the old pair whatever fails, from whatever was there', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('none', 'strategy', 'both'), fc.constantFrom('write', 'link', 'rename'), fc.constantFrom(1, 2), async (before, step, nth) => {
        await rm(dir, { recursive: true, force: true });
        const { mkdir } = await import('node:fs/promises');
        await mkdir(dir);
        if (before !== 'none') await writeFile(join(dir, 'strategy.yaml'), 'strategy old\n');
        if (before === 'both') await writeFile(join(dir, 'brief.md'), 'brief old\n');
        const old = await state();
        faults.seen = new Map();
        faults.step = step;
        faults.nth = nth;
        const error = await writeFilesTogether(pair('new'), t).catch((e: unknown) => e);
        faults.step = undefined;
        const linksMade = faults.seen.get('link') ?? 0;
        // A link is made only for a file that existed: with one old file there is no second link to fail.
        if (step === 'link' && nth > linksMade) {
          expect(error).toBeUndefined();
          expect(await state()).toEqual({ 'brief.md': 'brief new\n', 'strategy.yaml': 'strategy new\n' });
          return;
        }
        expect(error).toBeInstanceOf(InputError);
        expect(await state()).toEqual(old);
      }),
      { numRuns: 40 },
    );
  });

  it('writes both when nothing fails, and leaves no lock, backup or temporary file', async () => {
    await writeFile(join(dir, 'strategy.yaml'), 'strategy old\n');
    await writeFilesTogether(pair('new'), t);
    expect(await state()).toEqual({ 'brief.md': 'brief new\n', 'strategy.yaml': 'strategy new\n' });
  });

  it('a full disk while taking the lock leaves no lock behind, so the next run writes', async () => {
    await writeFile(join(dir, 'strategy.yaml'), 'strategy old\n');
    faults.step = 'lock';
    faults.nth = 1;
    await expect(writeFilesTogether(pair('new'), t)).rejects.toThrow(/no space left/);
    faults.step = undefined;
    expect(await state()).toEqual({ 'strategy.yaml': 'strategy old\n' });
    await writeFilesTogether(pair('new'), t);
    expect(await state()).toEqual({ 'brief.md': 'brief new\n', 'strategy.yaml': 'strategy new\n' });
  });

  it('two runs at once leave the pair of one of them', async () => {
    for (let round = 0; round < 10; round++) {
      await Promise.all([writeFilesTogether(pair(`a${round}`), t), writeFilesTogether(pair(`b${round}`), t)]);
      const files = await state();
      expect(Object.keys(files)).toEqual(['brief.md', 'strategy.yaml']);
      const tag = files['strategy.yaml']!.split(' ')[1];
      expect(files['brief.md']).toBe(`brief ${tag}`);
    }
  });

  it('without overwrite, never replaces a file that appeared since the check: one run writes, the others exit 2', async () => {
    const fresh = (tag: string) => pair(tag).map((file) => ({ ...file, overwrite: false }));
    for (const files of [fresh, (tag: string) => fresh(tag).slice(0, 1)]) {
      await rm(dir, { recursive: true, force: true });
      const { mkdir } = await import('node:fs/promises');
      await mkdir(dir);
      const results = await Promise.allSettled(['a', 'b', 'c'].map((tag) => writeFilesTogether(files(tag), t)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
        expect(r.reason).toBeInstanceOf(InputError);
        expect((r.reason as InputError).exitCode).toBe(2);
        expect((r.reason as Error).message).toMatch(/^strategy\.yaml already exists\. Pass --force to overwrite it\.$/);
      }
      const written = await state();
      expect(Object.keys(written)).toEqual(files('x').map((f) => f.displayName).sort());
      const tag = written['strategy.yaml']!.split(' ')[1];
      if (written['brief.md']) expect(written['brief.md']).toBe(`brief ${tag}`);
    }
  });

  it('refuses two outputs that are the same file', async () => {
    const same = pair('x').map((file) => ({ ...file, path: join(dir, 'x.yaml'), displayName: 'x.yaml' }));
    await expect(writeFilesTogether(same, t)).rejects.toThrow(/x\.yaml is named for both outputs/);
    expect(await state()).toEqual({});
  });
});
