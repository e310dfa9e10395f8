// The code cache of the CLI bundle (src/launch/code-cache.ts): where it lives, when it is used, and
// that whatever is in the cache file, the module runs the same.
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFileName, cacheFolder, requireWithCodeCache } from '../../../src/launch/code-cache.js';

describe('cacheFolder', () => {
  it("follows Node's own switches", () => {
    expect(cacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBeUndefined();
    expect(cacheFolder({ NODE_COMPILE_CACHE: '/var/cache/x' })).toBe(join('/var/cache/x', 'social-plan'));
    expect(cacheFolder({})).toBe(join(tmpdir(), 'node-compile-cache', 'social-plan'));
  });
});

describe('cacheFileName', () => {
  it.each([
    [['validate', 'a.yaml'], 'validate'],
    [['--lang', 'fr', 'brief'], 'fr'],
    [['--help'], 'main'],
    [['validate', '--help'], 'validate-help'],
    [['validate', 'a.yaml', '-h'], 'validate-help'],
    [['help', 'validate'], 'help'],
    [[], 'main'],
    [['../etc/passwd'], 'main'],
    [['Validate'], 'main'],
  ])('%j -> %s', (argv, kind) => {
    expect(cacheFileName('abc123', argv)).toBe(`abc123-${process.version}-${process.arch}-${kind}.cache`);
  });
});

describe('requireWithCodeCache', () => {
  let dir: string;
  let file: string;
  let folder: string;
  let cacheFile: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plan-cache-'));
    file = join(dir, 'mod.cjs');
    // Enough functions for V8 to have something to cache, and a result that shows the code ran.
    writeFileSync(file, 'const parts = [1, 2, 3].map((n) => n * 2);\nexports.answer = () => parts.reduce((a, b) => a + b, 0) + require("node:path").sep.length;\nexports.name = __filename;\n');
    folder = join(dir, 'cache');
    cacheFile = join(folder, 'mod.cache');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const load = (target: string | undefined = cacheFile) => requireWithCodeCache<{ answer(): number; name: string }>(file, target);

  it('runs the file like require, with its own filename and require', () => {
    const loaded = requireWithCodeCache<{ answer(): number; name: string }>(file, undefined);
    expect(loaded.cache).toBe('off');
    expect(loaded.exports.answer()).toBe(13);
    expect(loaded.exports.name).toBe(file);
  });

  it('misses, writes a private cache, then hits', () => {
    const first = load();
    expect(first.cache).toBe('miss');
    first.save();
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(cacheFile).mode & 0o777).toBe(0o600);
    const written = readFileSync(cacheFile);
    const second = load();
    expect(second.cache).toBe('hit');
    expect(second.exports.answer()).toBe(13);
    second.save();
    // A hit leaves the file as it was.
    expect(readFileSync(cacheFile).equals(written)).toBe(true);
  });

  it('a damaged cache is refused by V8, the code still runs, and the cache is written anew', () => {
    mkdirSync(folder, { mode: 0o700 });
    writeFileSync(cacheFile, Buffer.from('not bytecode at all'.repeat(50)));
    const loaded = load();
    expect(loaded.cache).toBe('rejected');
    expect(loaded.exports.answer()).toBe(13);
    loaded.save();
    expect(load().cache).toBe('hit');
  });

  it('a cache made for other source is refused, not run', () => {
    load().save();
    writeFileSync(file, 'exports.answer = () => 42;\nexports.name = "other";\n');
    const loaded = load();
    expect(loaded.cache).toBe('rejected');
    expect(loaded.exports.answer()).toBe(42);
  });

  // POSIX permissions: CI and the supported platforms for this check are Linux and macOS.
  it('never reads or writes a cache in a folder others can write to', () => {
    mkdirSync(folder, { mode: 0o700 });
    chmodSync(folder, 0o777);
    load().save();
    expect(() => statSync(cacheFile)).toThrow();
    // Even a valid cache placed there is ignored.
    chmodSync(folder, 0o700);
    load().save();
    chmodSync(folder, 0o777);
    expect(load().cache).toBe('miss');
  });

  it('a cache that cannot be put in place leaves no half-written file behind', () => {
    mkdirSync(folder, { mode: 0o700 });
    // A folder where the cache file should go: the rename fails.
    mkdirSync(cacheFile);
    const loaded = load();
    expect(() => loaded.save()).not.toThrow();
    expect(readdirSync(folder)).toStrictEqual(['mod.cache']);
  });

  it('a cache folder that cannot be made is given up at once (no recursive mkdir, which never returns under /proc)', () => {
    const loaded = requireWithCodeCache<{ answer(): number }>(file, join('/proc', 'no-such-folder', 'social-plan', 'mod.cache'));
    expect(loaded.exports.answer()).toBe(13);
    expect(() => loaded.save()).not.toThrow();
    // Two missing levels: NODE_COMPILE_CACHE=/tmp/x/y where /tmp/x does not exist.
    const deep = requireWithCodeCache<{ answer(): number }>(file, join(dir, 'missing', 'deeper', 'social-plan', 'mod.cache'));
    deep.save();
    expect(readdirSync(dir)).not.toContain('missing');
  });

  it('an unwritable cache folder costs nothing but the cache', () => {
    writeFileSync(join(dir, 'blocker'), '');
    const loaded = requireWithCodeCache<{ answer(): number }>(file, join(dir, 'blocker', 'mod.cache'));
    expect(loaded.exports.answer()).toBe(13);
    expect(() => loaded.save()).not.toThrow();
  });
});
