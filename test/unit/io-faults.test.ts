// File-system faults that need privileges or luck to cause for real (a full disk, a read-only
// file system, permission denied as root, a file removed between two system calls), injected
// into node:fs (reads) and node:fs/promises (writes): each gives a clear InputError (exit 2), and nothing is removed.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/errors.js';
import { translator } from '../../src/i18n/index.js';
import { coreCatalog } from '../../src/i18n/core.js';
import { readInput } from '../../src/io/read.js';
import { writeFileAtomic } from '../../src/io/write.js';

type Step = 'open' | 'write' | 'sync' | 'rename' | 'stat' | 'read';
const faults = vi.hoisted(() => ({ at: undefined as undefined | { step: string; code: string } }));

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const fail = (step: string) => {
    if (faults.at?.step === step) throw errno(faults.at.code);
  };
  return {
    ...real,
    rename: async (...args: Parameters<typeof real.rename>) => (fail('rename'), real.rename(...args)),
    open: async (...args: Parameters<typeof real.open>) => {
      fail('open');
      const handle = await real.open(...args);
      return new Proxy(handle, {
        get(target, prop) {
          const value = Reflect.get(target, prop, target);
          if (typeof value !== 'function') return value;
          if (prop === 'writeFile') return async (...a: unknown[]) => (fail('write'), value.apply(target, a));
          if (prop === 'sync') return async (...a: unknown[]) => (fail('sync'), value.apply(target, a));
          return value.bind(target);
        },
      });
    },
  };
});

// Reads go through the synchronous API (src/io/read.ts readRegularFile): inject there too.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const fail = (step: string) => {
    if (faults.at?.step === step) throw errno(faults.at.code);
  };
  return {
    ...real,
    statSync: ((...args: Parameters<typeof real.statSync>) => {
      fail('stat');
      const info = real.statSync(...args)!;
      // The file as it was a moment ago: 5 bytes, before it grew.
      if (faults.at?.step === 'stale-stat') return Object.assign(Object.create(Object.getPrototypeOf(info)), info, { size: 5 });
      return info;
    }) as typeof real.statSync,
    openSync: ((...args: Parameters<typeof real.openSync>) => (fail('open'), real.openSync(...args))) as typeof real.openSync,
    readSync: ((...args: Parameters<typeof real.readSync>) => (fail('read'), real.readSync(...args))) as typeof real.readSync,
  };
});

const t = translator(coreCatalog, 'en');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-faults-'));
  faults.at = undefined;
});
afterEach(async () => {
  faults.at = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic with injected faults', () => {
  const cases: [Step, string, RegExp][] = [
    ['open', 'EROFS', /Cannot write brief\.md: the file system is read-only\. Choose another place/],
    ['open', 'EACCES', /Cannot write brief\.md: permission denied/],
    ['write', 'ENOSPC', /Cannot write brief\.md: no space left on the device\. Free some space and try again/],
    ['sync', 'EIO', /Cannot write brief\.md: EIO: injected/],
    ['rename', 'EXDEV', /Cannot write brief\.md: EXDEV: injected/],
    ['rename', 'ENOSPC', /Cannot write brief\.md: no space left on the device/],
  ];
  for (const [step, code, message] of cases) {
    it(`${code} at ${step}: InputError (exit 2), the old file kept, no temporary file left`, async () => {
      const target = join(dir, 'brief.md');
      await writeFile(target, 'the old brief\n');
      faults.at = { step, code };
      const error = await writeFileAtomic(target, 'the new brief\n', { overwrite: true, displayName: 'brief.md' }, t).catch((e: unknown) => e);
      faults.at = undefined;
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).exitCode).toBe(2);
      expect((error as Error).message).toMatch(message);
      expect(await readFile(target, 'utf8')).toBe('the old brief\n');
      expect(await readdir(dir)).toEqual(['brief.md']);
    });
  }

  it('refuses to replace an existing file without overwrite, and leaves it alone', async () => {
    const target = join(dir, 'strategy.yaml');
    await writeFile(target, 'version: 1\n');
    await expect(writeFileAtomic(target, 'other', { overwrite: false, displayName: 'strategy.yaml' }, t)).rejects.toThrow(/strategy\.yaml already exists\. Pass --force/);
    expect(await readFile(target, 'utf8')).toBe('version: 1\n');
  });
});

describe('readInput with injected faults', () => {
  it('a file removed between stat and open: "No such file", exit 2', async () => {
    const path = join(dir, 's.yaml');
    await writeFile(path, 'version: 1\n');
    faults.at = { step: 'open', code: 'ENOENT' };
    const error = await readInput({ kind: 'file', path, name: 's.yaml' }, () => process.stdin, 1024, t).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('No such file or folder: s.yaml. Check the path, or quote a glob pattern.');
  });

  for (const [step, code, message] of [
    ['stat', 'EACCES', 'Cannot read s.yaml: permission denied'],
    ['open', 'EACCES', 'Cannot read s.yaml: permission denied'],
    ['read', 'EIO', 'Cannot read s.yaml: EIO: injected'],
    ['stat', 'ELOOP', 's.yaml is a symbolic-link loop.'],
  ] as const) {
    it(`${code} at ${step}: a one-line InputError`, async () => {
      const path = join(dir, 's.yaml');
      await writeFile(path, 'version: 1\n');
      faults.at = { step, code };
      const error = await readInput({ kind: 'file', path, name: 's.yaml' }, () => process.stdin, 1024, t).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toContain(message);
    });
  }

  it('a file that grows past the limit while it is read is still refused', async () => {
    const path = join(dir, 's.yaml');
    await writeFile(path, 'b'.repeat(10_000));
    // stat says 5 bytes (the file as it was); by the time it is read it holds 10,000.
    faults.at = { step: 'stale-stat', code: '' };
    const error = await readInput({ kind: 'file', path, name: 's.yaml' }, () => process.stdin, 1024, t).catch((e: unknown) => e);
    expect((error as Error).constructor.name).toBe('TooLargeError');
  });
});
