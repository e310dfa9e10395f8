// Export bytes to text: platforms write UTF-8 with or without a BOM, and Meta's per-metric files
// are UTF-16LE with a `sep=,` first line (an Excel hint naming the delimiter). Anything else that
// is not text (a binary file renamed .csv) is refused rather than read as garbage.

export interface DecodedText {
  text: string;
  /** The delimiter a `sep=` line names, or undefined (csv-parse then uses the comma). */
  delimiter?: string;
  /** Lines consumed before the text (the `sep=` line), so row numbers stay those of the file. */
  linesBefore: number;
}

export type DecodeFailure = { problem: 'binary' } | { problem: 'invalid-utf8'; offset: number };

function looksUtf16le(bytes: Uint8Array): boolean {
  // Without a BOM: ASCII text in UTF-16LE has a NUL as every odd byte.
  if (bytes.length < 4) return false;
  const sample = Math.min(bytes.length & ~1, 512);
  let nuls = 0;
  for (let i = 1; i < sample; i += 2) if (bytes[i] === 0) nuls++;
  return nuls >= (sample / 2) * 0.9;
}

export function decodeExport(bytes: Uint8Array): DecodedText | DecodeFailure {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else if (looksUtf16le(bytes)) text = new TextDecoder('utf-16le').decode(bytes);
  else {
    if (bytes.includes(0)) return { problem: 'binary' };
    try {
      // `ignoreBOM: false` (the default) drops a UTF-8 BOM; `fatal` refuses bytes that are not UTF-8.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { problem: 'invalid-utf8', offset: firstInvalidUtf8(bytes) };
    }
  }
  if (text.includes('\u0000')) return { problem: 'binary' };
  const sep = /^(?:\ufeff)?sep=(.)\r?\n/i.exec(text);
  if (sep) return { text: text.slice(sep[0].length), delimiter: sep[1], linesBefore: 1 };
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, linesBefore: 0 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search on the prefix that decodes: the message names a byte the user can look at.
  let low = 0;
  let high = bytes.length;
  while (high - low > 4) {
    const middle = (low + high) >> 1;
    try {
      // `stream`: a prefix that ends inside a character is not an error.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle;
    }
  }
  return low;
}
