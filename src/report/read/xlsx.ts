// Workbook rows with exceljs (loaded only for a .xlsx file), read as a stream sheet by sheet: a
// workbook is never built whole in memory. Its declared unpacked size is checked first (zip.ts).
import { Readable } from 'node:stream';
import { RowsProblem, type Cell, type Row, type SheetRows } from './rows.js';
import { unpackedSize } from './zip.js';

/** More than any platform's workbook unpacks to (a year of LinkedIn metrics is a few MiB). */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

export function checkWorkbookSize(bytes: Uint8Array, limit = MAX_UNPACKED_BYTES): void {
  const size = unpackedSize(bytes);
  if ('problem' in size) {
    if (size.problem === 'zip64') throw new RowsProblem('xlsx-too-large', undefined, 'zip64');
    throw new RowsProblem('xlsx', undefined, 'not a zip archive');
  }
  if (size.unpacked > limit) throw new RowsProblem('xlsx-too-large', undefined, String(size.unpacked));
}

/** A cell's value as text, number or date: rich text joined, a link's text, a formula's result. */
export function cellValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const object = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(object.richText)) return object.richText.map((part) => part.text).join('');
    if ('result' in object) return cellValue(object.result);
    if ('text' in object) return cellValue(object.text);
    if ('error' in object) return null;
  }
  return null;
}

export async function* workbookSheets(bytes: Uint8Array): AsyncGenerator<SheetRows> {
  checkWorkbookSize(bytes);
  const ExcelJS = (await import('exceljs')).default;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
    sharedStrings: 'cache',
    // Styles tell exceljs which numbers are dates.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name?: string }).name;
      const rows = sheetRows(worksheet as unknown as AsyncIterable<{ number: number; values: unknown }>);
      const sheet: SheetRows = { rows };
      if (name) sheet.sheet = name;
      yield sheet;
      // The next sheet comes only once this one is read to its end (the reader may stop at its header).
      for await (const _ of rows);
    }
  } catch (error) {
    if (error instanceof RowsProblem) throw error;
    throw new RowsProblem('xlsx', undefined, error instanceof Error ? error.message : String(error));
  }
}

async function* sheetRows(worksheet: AsyncIterable<{ number: number; values: unknown }>): AsyncGenerator<readonly Row[]> {
  let batch: Row[] = [];
  try {
    for await (const row of worksheet) {
      const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
      // exceljs counts columns from 1: values[0] is always empty.
      const cells: Cell[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellValue(values[i]));
      batch.push({ line: row.number, cells });
      if (batch.length === 512) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  } catch (error) {
    if (error instanceof RowsProblem) throw error;
    throw new RowsProblem('xlsx', undefined, error instanceof Error ? error.message : String(error));
  }
}
