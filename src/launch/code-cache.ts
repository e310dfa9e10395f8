// V8's code cache for the CLI bundle on Node 20, which has no compile cache of its own (Node 22.1+
// has module.enableCompileCache, which the launcher uses instead). Parsing and compiling the code a
// command runs costs every start ~12 ms; with the bytecode of the previous run of the same command,
// V8 skips most of it. The cache is an optimisation only: any problem with it means compiling as usual.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Where cache files go, or undefined when caching is off. The same switches as Node's own compile
 * cache: NODE_DISABLE_COMPILE_CACHE turns it off, NODE_COMPILE_CACHE names the folder (default: the
 * system's temporary folder), and plan keeps its files in a `social-plan` folder inside it.
 */
export function cacheFolder(env: NodeJS.ProcessEnv): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  return join(env.NODE_COMPILE_CACHE || join(tmpdir(), 'node-compile-cache'), 'social-plan');
}

/**
 * The cache file for one bundle build and one kind of run: which functions a run compiles depends
 * mostly on its command, so `plan validate` and `plan brief` keep separate caches, and a command's
 * help has its own (the first run of a command writes its cache for good: `plan validate --help`
 * must not leave `plan validate` a cache without the validator). V8 itself rejects a cache made by
 * another V8 version or with other flags; the bundle id (a hash of its text, set at build time)
 * keeps a cache from ever meeting another build of the same length.
 */
export function cacheFileName(bundleId: string, argv: readonly string[]): string {
  const command = argv.find((arg) => !arg.startsWith('-'));
  const help = argv.includes('--help') || argv.includes('-h');
  const kind = command && /^[a-z][a-z-]{0,19}$/.test(command) ? `${command}${help ? '-help' : ''}` : 'main';
  return `${bundleId}-${process.version}-${process.arch}-${kind}.cache`;
}

/**
 * A folder another user could write to would let them hand us bytecode to run: use the cache only
 * from a folder that is ours and closed to others (POSIX; Windows keeps temp folders per user).
 */
function isPrivateFolder(folder: string): boolean {
  if (typeof process.getuid !== 'function') return true;
  try {
    const stats = statSync(folder);
    return stats.isDirectory() && stats.uid === process.getuid() && (stats.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/**
 * The cache folder and its parent, one level at a time: Node 20's recursive mkdirSync never returns
 * for some paths (under /proc, say), and NODE_COMPILE_CACHE may name anything. Deeper missing
 * folders mean no cache.
 */
function makeFolder(folder: string): void {
  for (const path of [dirname(folder), folder]) {
    try {
      mkdirSync(path, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

export interface CachedModule<T> {
  exports: T;
  /** How the cache served this run, for tests and `--verbose`. */
  cache: 'off' | 'hit' | 'miss' | 'rejected';
  /** After the run: write the cache if this run had none or V8 refused it. Never throws. */
  save(): void;
}

/**
 * Run a CommonJS file (the bundle) as `require` would, compiled from `cacheFile` when V8 accepts it.
 */
export function requireWithCodeCache<T>(file: string, cacheFile: string | undefined): CachedModule<T> {
  const folder = cacheFile ? dirname(cacheFile) : undefined;
  const trusted = folder !== undefined && isPrivateFolder(folder);
  let cachedData: Buffer | undefined;
  if (trusted) {
    try {
      cachedData = readFileSync(cacheFile!);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} as T };
  const run = script.runInThisContext() as (exports: T, require: NodeJS.Require, module: { exports: T }, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const cache: CachedModule<T>['cache'] = !cacheFile ? 'off' : !cachedData ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';
  return {
    exports: module.exports,
    cache,
    save() {
      if (!cacheFile || cache === 'hit') return;
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        if (!trusted) makeFolder(folder!);
        if (!isPrivateFolder(folder!)) return;
        // Write then rename: a run starting meanwhile reads the old file or the new one, never half of one.
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        renameSync(temporary, cacheFile);
      } catch {
        // A read-only or full disk only costs the next run its cache; leave no half-written file.
        try {
          rmSync(temporary, { force: true });
        } catch {
          // Nothing was written there.
        }
      }
    },
  };
}
