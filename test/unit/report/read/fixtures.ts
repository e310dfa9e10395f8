// Export files made in the test from the documented columns (research §3), so a fixture says
// exactly which trap it holds: BOM, UTF-16LE with a `sep=` line, French headers, totals rows...
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { readExports } from '../../../../src/report/read/index.js';
import type { Lang } from '../../../../src/i18n/index.js';
import type { Observation, ReadResult } from '../../../../src/report/types.js';

export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'plan-exports-'));
}

export interface CsvOptions {
  bom?: boolean;
  /** UTF-16LE with a BOM, as Meta's per-metric files. */
  utf16?: boolean;
  /** A first line `sep=X` (Excel's hint). */
  sep?: string;
  delimiter?: string;
}

function quote(cell: string): string {
  return /[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvText(rows: readonly (readonly string[])[], delimiter = ','): string {
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

export function writeCsv(folder: string, name: string, rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  let text = csvText(rows, options.delimiter ?? options.sep ?? ',');
  if (options.sep) text = `sep=${options.sep}\r\n${text}`;
  const path = join(folder, name);
  mkdirSync(dirname(path), { recursive: true });
  if (options.utf16) writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  else writeFileSync(path, (options.bom ? '\ufeff' : '') + text);
  return path;
}

export type SheetCells = (string | number | Date | null)[][];

export async function writeXlsx(folder: string, name: string, sheets: Record<string, SheetCells>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(sheetName);
    for (const row of rows) sheet.addRow(row);
  }
  const path = join(folder, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

export function read(paths: string[], folder: string, lang: Lang = 'en'): Promise<ReadResult> {
  return readExports(paths, { cwd: folder, lang });
}

/** The figures only (date, platform, metric, value, post, name), in a stable order, for comparing with what a fixture says. */
export function figures(result: ReadResult): string[] {
  return result.observations.map(line).sort();
}

export function line(observation: Observation): string {
  const post = observation.post === undefined ? '' : ` ${observation.post}`;
  const name = observation.name === undefined ? '' : `:${observation.name}`;
  return `${observation.date} ${observation.platform} ${observation.metric}${name}=${observation.value}${post}`;
}

/** The message of the InputError a read throws (fails the test if it resolves or throws something else). */
export async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'InputError') return error.message;
    throw error;
  }
  throw new Error('expected an InputError, but the read succeeded');
}
