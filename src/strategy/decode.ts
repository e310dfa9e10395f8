// Bytes to text, and findings about a whole file: no `yaml` here, so that `plan validate` loads the
// YAML document model (load.ts) only for files that have findings.
import type { Finding, Range, Severity } from '../diagnostics.js';
import type { CoreKey } from '../i18n/core.js';

export type DecodeResult = { text: string } | { problem: CoreKey; offset?: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes to text. A UTF-8 BOM is dropped; UTF-16, NUL bytes and invalid UTF-8 are reported. */
export function decodeStrategyBytes(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { problem: 'yaml.utf16' };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { problem: 'yaml.binary', offset: nul };
  try {
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text: normalizeLineEnds(text) };
  } catch {
    return { problem: 'yaml.invalidUtf8', offset: firstInvalidUtf8(bytes) };
  }
}

/**
 * A lone CR ends a line (YAML 1.2, and old Mac editors), but the parser reads a file of them as
 * one line ("The file is empty"): made LF, same length, so offsets, lines and columns are the ones
 * an editor shows. CRLF stays as it is.
 */
export function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search on the longest valid prefix: cheap and exact enough to name a byte.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

export function fileFinding(file: string, ruleId: string, message: string, range: Range, severity: Severity = 'error'): Finding {
  return { ruleId, severity, message, file, path: [], range };
}
