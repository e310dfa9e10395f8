// How large a workbook unpacks to, from its zip central directory, before exceljs opens it: a
// small .xlsx that unpacks to gigabytes (a zip bomb) is refused without being unpacked.

export type ZipSize = { unpacked: number } | { problem: 'not-a-zip' | 'zip64' };

export function unpackedSize(bytes: Uint8Array): ZipSize {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65,535 bytes (its comment).
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return { problem: 'not-a-zip' };
  const entries = view.getUint16(end + 10, true);
  const directory = view.getUint32(end + 16, true);
  if (entries === 0xffff || directory === 0xffffffff) return { problem: 'zip64' };
  let at = directory;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return { problem: 'not-a-zip' };
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return { problem: 'zip64' };
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { unpacked: total };
}
