// Writing files so that nothing is ever half-written or lost: a temporary file in the same
// folder, flushed, then renamed over the target (rename is atomic on the same file system).
import { lstat, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { Translate } from '../i18n/index.js';
import type { CoreKey } from '../i18n/core.js';
import { reason } from './read.js';

export interface WriteOptions {
  /** Replace an existing file. Without it, an existing file is an error (exit 2). */
  overwrite: boolean;
  /** Shown in messages instead of the absolute path. */
  displayName?: string;
}

export async function fileExists(path: string): Promise<boolean> {
  return lstat(path).then(() => true, () => false);
}

export async function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions, t: Translate<CoreKey>): Promise<void> {
  const shown = options.displayName ?? path;
  if (!options.overwrite && (await fileExists(path))) throw new InputError(t('output.exists', { path: shown }));
  // node:crypto (~20 internal modules) only when something is written, not at every start.
  const { randomBytes } = await import('node:crypto');
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx', 0o644);
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => {});
    await unlink(temp).catch(() => {});
    if (error instanceof InputError) throw error;
    throw new InputError(t('output.cannotWrite', { path: shown, reason: reason(error as NodeJS.ErrnoException, t) }));
  }
}
