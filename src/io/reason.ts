// Why a system call failed, in words and with the next step: one table for every message that
// names a file (reads, writes, folders). In its own module so that any of them may use it.
import type { Translate } from '../i18n/index.js';
import type { CoreKey } from '../i18n/core.js';

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
