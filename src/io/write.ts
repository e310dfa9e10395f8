// The one road for every file `plan` writes (`--output`, `--out`, `plan init`'s pair): nothing is
// ever half-written, lost, or written somewhere it should not be.
//   - A temporary file in the same folder, flushed, then renamed over the target (rename is atomic
//     on one file system): a reader sees the old file or the new one, whole.
//   - Only regular files and new paths are written. A FIFO, a device (`/dev/full`), a socket or a
//     folder is refused (exit 2) without being opened: renaming over it would replace it, opening
//     it could block. A symbolic link to a regular file is written through (the link stays);
//     a link to anything else (`/proc/self/fd/1`) is refused the same way. `-` means stdout.
//   - A target that is a file this run reads (same real file: path, symbolic link or hard link)
//     is refused even with --force: `plan validate s.yaml --output s.yaml` would lose the strategy.
//   - Several files (`plan init`: strategy and brief) are written together: all temporary files
//     first, then all renames under a lock file, and the old files are put back if a rename fails.
import { constants } from 'node:fs';
import { link, lstat, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Translate } from '../i18n/index.js';
import type { CoreKey } from '../i18n/core.js';
import { reason } from './read.js';

export interface WriteOptions {
  /** Replace an existing file. Without it, an existing file is an error (exit 2). */
  overwrite: boolean;
  /** Shown in messages instead of the absolute path. */
  displayName?: string;
  /** The files this run reads (absolute paths), asked for only when the target exists. */
  inputs?: () => readonly string[] | Promise<readonly string[]>;
}

/** `--output -` / `--out -`: standard output, as in most CLIs. */
export function isStdout(path: string | undefined): boolean {
  return path === '-';
}

export async function fileExists(path: string): Promise<boolean> {
  return lstat(path).then(() => true, () => false);
}

interface Target {
  /** Where the content goes: the path, or the regular file a symbolic link points to. */
  path: string;
  shown: string;
  /** The existing file's identity, when there is one. */
  existing?: { dev: number; ino: number };
}

/** Where a write to `path` would land, refusing what must not be written (see the top). */
export async function resolveTarget(path: string, options: WriteOptions, t: Translate<CoreKey>): Promise<Target> {
  const shown = options.displayName ?? path;
  const link = await lstat(path).catch((error: NodeJS.ErrnoException) => error);
  if (link instanceof Error) {
    if (link.code === 'ENOENT') return { path, shown };
    throw new InputError(t('output.cannotWrite', { path: shown, reason: reason(link, t) }));
  }
  let real = path;
  let info = link;
  if (link.isSymbolicLink()) {
    try {
      info = await stat(path);
      // `/proc/self/fd/1` has no real path when it is a pipe; it is refused below as not a file.
      if (info.isFile()) real = await realpath(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A link to nothing: writing through it would create a file somewhere else.
      if (code === 'ENOENT') throw new InputError(t('output.danglingLink', { path: shown }));
      throw new InputError(t('output.cannotWrite', { path: shown, reason: reason(error as NodeJS.ErrnoException, t) }));
    }
  }
  if (info.isDirectory()) throw new InputError(t('output.cannotWrite', { path: shown, reason: t('reason.folder') }));
  if (!info.isFile()) throw new InputError(t('output.notRegular', { path: shown }));
  const target: Target = { path: real, shown, existing: { dev: info.dev, ino: info.ino } };
  const inputs = options.inputs ? await options.inputs() : [];
  for (const input of inputs) {
    const other = await stat(input).catch(() => undefined);
    if (other && other.dev === info.dev && other.ino === info.ino) throw new InputError(t('output.isInput', { path: shown }));
  }
  if (!options.overwrite) throw new InputError(t('output.exists', { path: shown }));
  return target;
}

function tempPathFor(path: string, random: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${random}.tmp`);
}

function cannotWrite(target: Target, error: unknown, t: Translate<CoreKey>): InputError {
  if (error instanceof InputError) return error;
  return new InputError(t('output.cannotWrite', { path: target.shown, reason: reason(error as NodeJS.ErrnoException, t) }));
}

async function writeTemp(target: Target, content: string | Uint8Array, random: string, t: Translate<CoreKey>): Promise<string> {
  const temp = tempPathFor(target.path, random);
  let handle;
  try {
    // O_EXCL: never follow or reuse something already at the temporary name.
    handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    return temp;
  } catch (error) {
    await handle?.close().catch(() => {});
    await unlink(temp).catch(() => {});
    throw cannotWrite(target, error, t);
  }
}

export async function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions, t: Translate<CoreKey>): Promise<void> {
  await writeFilesTogether([{ path, content, ...options }], t);
}

export interface FileToWrite extends WriteOptions {
  path: string;
  content: string | Uint8Array;
}

/** How long a second `plan init` waits for the first one's renames (a few milliseconds) before giving up. */
export const LOCK_WAIT_MS = 5000;

/**
 * Write several files as one: every check and every temporary file first (a full disk stops here,
 * with nothing changed), then the renames. A rename that fails puts back the files renamed
 * before it, from hard links made beforehand; two runs writing the same pair take turns on a
 * lock file, so the pair on disk always comes from one run.
 */
export async function writeFilesTogether(files: readonly FileToWrite[], t: Translate<CoreKey>): Promise<void> {
  // Every file looked at at once, but the error reported is the first file's, whichever settles first.
  const resolveAll = async () => {
    const looks = await Promise.allSettled(files.map((file) => resolveTarget(resolve(file.path), file, t)));
    const failed = looks.find((look): look is PromiseRejectedResult => look.status === 'rejected');
    if (failed) throw failed.reason;
    return looks.map((look) => (look as PromiseFulfilledResult<Target>).value);
  };
  let targets = await resolveAll();
  for (let i = 0; i < targets.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = targets[i]!;
      const b = targets[j]!;
      const same = a.path === b.path || (a.existing && b.existing && a.existing.dev === b.existing.dev && a.existing.ino === b.existing.ino);
      if (same) throw new InputError(a.shown === b.shown ? t('output.namedTwice', { path: a.shown }) : t('output.sameTwice', { path: a.shown, other: b.shown }));
    }
  }
  // node:crypto (~20 internal modules) only when something is written, not at every start.
  const { randomBytes } = await import('node:crypto');
  const random = randomBytes(4).toString('hex');
  const release = files.length > 1 ? await takeLock(targets[0]!, t) : undefined;
  const temps: string[] = [];
  const backups: (string | undefined)[] = [];
  let renamed = 0;
  try {
    // Under the lock, look again: another run may have written the files since the first look.
    if (release) targets = await resolveAll();
    for (const [i, target] of targets.entries()) temps.push(await writeTemp(target, files[i]!.content, random, t));
    for (const target of targets) {
      if (!target.existing || targets.length === 1) {
        backups.push(undefined);
        continue;
      }
      const backup = join(dirname(target.path), `.${basename(target.path)}.${process.pid}.${random}.old`);
      await link(target.path, backup).catch((error) => {
        throw cannotWrite(target, error, t);
      });
      backups.push(backup);
    }
    for (const [i, target] of targets.entries()) {
      try {
        if (!target.existing && !files[i]!.overwrite) await placeNew(temps[i]!, target, t);
        else await rename(temps[i]!, target.path);
      } catch (error) {
        throw cannotWrite(target, error, t);
      }
      renamed++;
    }
  } catch (error) {
    // Put back what was already renamed: the old file from its hard link, or no file at all.
    for (let i = 0; i < renamed; i++) {
      const backup = backups[i];
      if (backup) await rename(backup, targets[i]!.path).catch(() => {});
      else await unlink(targets[i]!.path).catch(() => {});
    }
    throw error;
  } finally {
    for (const temp of temps) await unlink(temp).catch(() => {});
    for (const backup of backups) if (backup) await unlink(backup).catch(() => {});
    await release?.();
  }
}

/**
 * A new file, never replacing one that appeared since the check (another run, another program):
 * a hard link fails with EEXIST where a rename would clobber. Where hard links are not supported,
 * a last look, then the rename.
 */
async function placeNew(temp: string, target: Target, t: Translate<CoreKey>): Promise<void> {
  try {
    await link(temp, target.path);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InputError(t('output.exists', { path: target.shown }));
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
  }
  if (await fileExists(target.path)) throw new InputError(t('output.exists', { path: target.shown }));
  await rename(temp, target.path);
}

/**
 * A lock file beside the first target (`.strategy.yaml.lock`, holding our process id), taken with
 * O_EXCL. A lock whose process is gone (killed) is taken over; a live one is waited for.
 */
async function takeLock(first: Target, t: Translate<CoreKey>): Promise<() => Promise<void>> {
  const lock = join(dirname(first.path), `.${basename(first.path)}.lock`);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const handle = await open(lock, 'wx', 0o644);
      try {
        await handle.writeFile(String(process.pid));
      } catch (error) {
        // A full disk can create the lock but not fill it: remove it, or it blocks the next run.
        await handle.close().catch(() => {});
        await unlink(lock).catch(() => {});
        throw error;
      }
      await handle.close();
      return () => unlink(lock).catch(() => {});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw cannotWrite(first, error, t);
    }
    if (await lockIsStale(lock)) {
      await unlink(lock).catch(() => {});
      continue;
    }
    if (Date.now() > deadline) throw new InputError(t('output.locked', { path: first.shown, lock: basename(lock) }));
    await new Promise((done) => setTimeout(done, 25));
  }
}

async function lockIsStale(lock: string): Promise<boolean> {
  const pid = Number.parseInt(await readFile(lock, 'utf8').catch(() => ''), 10);
  // Empty: being written right now, or left by a run killed at that very moment (then old).
  if (!Number.isInteger(pid) || pid <= 0) return Date.now() - ((await stat(lock).catch(() => undefined))?.mtimeMs ?? 0) > 10_000;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
