// Reading inputs safely: never block on a FIFO, refuse absurd sizes before reading them,
// and turn every system error into a message that names the file.
import { open, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { Translate } from '../i18n/index.js';
import type { CoreKey } from '../i18n/core.js';
import type { Input } from './inputs.js';

/** Default size limit: a strategy is a few kilobytes; 1 MiB keeps every input within 2 s and 200 MiB (docs/robustness.md). */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

export class TooLargeError extends Error {
  constructor(readonly size: number, readonly limit: number) {
    super(`too large: ${size} > ${limit}`);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

export async function readInput(input: Input, stdin: NodeJS.ReadableStream, maxBytes: number, t: Translate<CoreKey>): Promise<Uint8Array> {
  if (input.kind === 'stdin') return readStream(stdin, maxBytes);
  const info = await stat(input.path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(error.code === 'ELOOP' ? t('input.symlinkLoop', { path: input.name }) : error.code === 'ENOENT' ? t('input.notFound', { path: input.name }) : t('input.unreadable', { path: input.name, reason: reason(error, t) }));
  });
  if (info.isDirectory()) throw new InputError(t('input.isFolder', { path: input.name }));
  if (!info.isFile()) throw new InputError(t('input.notRegular', { path: input.name }));
  if (info.size > maxBytes) throw new TooLargeError(info.size, maxBytes);
  let handle;
  try {
    handle = await open(input.path, 'r');
    // Read at most one byte over the limit: a file that grew since stat is still caught.
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size, 0) + 64 * 1024));
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw new TooLargeError(length, maxBytes);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof TooLargeError || error instanceof InputError) throw error;
    const e = error as NodeJS.ErrnoException;
    throw new InputError(e.code === 'ENOENT' ? t('input.notFound', { path: input.name }) : t('input.unreadable', { path: input.name, reason: reason(e, t) }));
  } finally {
    await handle?.close();
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    length += buf.length;
    if (length > maxBytes) throw new TooLargeError(length, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

const REASON_KEYS: Record<string, CoreKey> = {
  EACCES: 'reason.permission',
  EPERM: 'reason.permission',
  EISDIR: 'reason.folder',
  ENOTDIR: 'reason.notFolder',
  ENOSPC: 'reason.noSpace',
  EDQUOT: 'reason.noSpace',
  EROFS: 'reason.readOnly',
  ENOENT: 'reason.missing',
  EFBIG: 'reason.tooBig',
  EBUSY: 'reason.busy',
  ETXTBSY: 'reason.busy',
};

const REASONS_EN: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  ENOENT: 'no such file or folder',
};

/** Why a system call failed, in words; translated when `t` is given (English otherwise). */
export function reason(error: NodeJS.ErrnoException, t?: Translate<CoreKey>): string {
  const key = error.code ? REASON_KEYS[error.code] : undefined;
  if (t && key) return t(key);
  return (error.code && REASONS_EN[error.code]) || error.message;
}
