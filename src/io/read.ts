// Reading inputs safely: never block on a FIFO, refuse absurd sizes before reading them,
// and turn every system error into a message that names the file.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { translator, type Lang, type Translate } from '../i18n/index.js';
import { coreCatalog, type CoreKey } from '../i18n/core.js';
import { formatNumber } from '../i18n/intl.js';
import type { Input } from './inputs.js';
import { reason } from './reason.js';

export { reason } from './reason.js';

/** Default size limit: a strategy is a few kilobytes; 1 MiB keeps every input within 2 s and 200 MiB (docs/robustness.md). */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

export class TooLargeError extends Error {
  constructor(readonly size: number, readonly limit: number) {
    super(`too large: ${size} > ${limit}`);
  }
}

/** "4.9 MiB" / "4,9 Mio": binary units, one decimal at most, in the message's language. */
export function formatBytes(bytes: number, lang: Lang): string {
  const t = translator(coreCatalog, lang);
  if (bytes >= 1024 * 1024) return t('size.mib', { amount: formatNumber(lang, bytes / (1024 * 1024), 1) });
  if (bytes >= 1024) return t('size.kib', { amount: formatNumber(lang, bytes / 1024, 1) });
  return t('size.bytes', { amount: formatNumber(lang, bytes) });
}

/** `stdin` is asked for only when `-` is read: process.stdin builds a stream on first access. */
export async function readInput(input: Input, stdin: () => NodeJS.ReadableStream, maxBytes: number, t: Translate<CoreKey>): Promise<Uint8Array> {
  if (input.kind === 'stdin') return readStream(stdin(), maxBytes);
  return readRegularFile(input, maxBytes, t);
}

function openError(error: NodeJS.ErrnoException, name: string, t: Translate<CoreKey>): InputError {
  if (error.code === 'ELOOP') return new InputError(t('input.symlinkLoop', { path: name }));
  if (error.code === 'ENOENT') return new InputError(t('input.notFound', { path: name }));
  return new InputError(t('input.unreadable', { path: name, reason: reason(error, t) }));
}

/**
 * Read a regular file synchronously (strategies are small and capped): refuse folders, FIFOs and
 * devices before opening, open without blocking and check again on the descriptor (the path may
 * have been swapped since), and never read more than one byte past the limit. `scratch` lets a
 * batch reuse one buffer across files: the bytes returned are then a view of it, valid only until
 * the next read with the same scratch (a batch reads one file at a time).
 */
export function readRegularFile(input: Extract<Input, { kind: 'file' }>, maxBytes: number, t: Translate<CoreKey>, scratch?: { buffer: Buffer }): Uint8Array {
  let info;
  try {
    info = statSync(input.path);
  } catch (error) {
    throw openError(error as NodeJS.ErrnoException, input.name, t);
  }
  if (info.isDirectory()) throw new InputError(t('input.isFolder', { path: input.name }));
  if (!info.isFile()) throw new InputError(t('input.notRegular', { path: input.name }));
  if (info.size > maxBytes) throw new TooLargeError(info.size, maxBytes);
  let fd: number | undefined;
  try {
    fd = openSync(input.path, constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new InputError(t('input.notRegular', { path: input.name }));
    // Read at most one byte over the limit: a file that grew since stat is still caught.
    const size = Math.min(maxBytes + 1, Math.max(info.size, 0) + 64 * 1024);
    let buffer: Buffer;
    if (scratch) {
      if (scratch.buffer.length < size) scratch.buffer = Buffer.allocUnsafe(size);
      buffer = scratch.buffer.subarray(0, size);
    } else {
      buffer = Buffer.allocUnsafe(size);
    }
    let length = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw new TooLargeError(length, maxBytes);
      // Done once the descriptor's size is read (as readFileSync does): saves a system call per file.
      if (length === buffer.length || length === opened.size) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof TooLargeError || error instanceof InputError) throw error;
    throw openError(error as NodeJS.ErrnoException, input.name, t);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Why a small file that is not a strategy (a template, a rule configuration) could not be read. */
export class ReadFailure extends Error {
  override name = 'ReadFailure';
}

/**
 * A template or a configuration file: the same guards as a strategy (no folder, FIFO or device,
 * never blocking, never past `maxBytes`), with the reason alone in the error for the caller's message.
 */
export function readSmallFile(path: string, maxBytes: number, t: Translate<CoreKey>, lang: Lang): Uint8Array {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    throw new ReadFailure(reason(error as NodeJS.ErrnoException, t));
  }
  if (info.isDirectory()) throw new ReadFailure(t('reason.folder'));
  if (!info.isFile()) throw new ReadFailure(t('reason.notRegular'));
  try {
    return readRegularFile({ kind: 'file', path, name: path }, maxBytes, t);
  } catch (error) {
    if (error instanceof TooLargeError) throw new ReadFailure(t('reason.overLimit', { limit: formatBytes(maxBytes, lang) }));
    if (error instanceof InputError) throw new ReadFailure(t('reason.notRegular'));
    throw error;
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
