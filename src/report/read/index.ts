// readExports: the analytics exports a user names (files, or folders of them) to observations.
// Each file is recognised by its header row, read row by row, and checked whole before any figure
// is used: a file plan cannot read, a column it does not know or a day it cannot place is an
// InputError naming the file and line (exit 2), never a silently wrong number. Days that
// overlapping exports both give with the same value are kept once and counted in `duplicates`;
// with two values, they are an InputError naming both lines.
import { readdirSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import { coreCatalog } from '../../i18n/core.js';
import { exportsCatalog, type ExportsKey } from '../../i18n/exports.js';
import { translator, type Lang } from '../../i18n/index.js';
import { formatBytes, readRegularFile, reason, TooLargeError } from '../../io/read.js';
import type { Observation, ReadFile, ReadResult } from '../types.js';
import { ReadError, type SheetContext, type SheetResult } from './context.js';
import { csvRows, MAX_RECORD_BYTES } from './csv.js';
import { decodeExport } from './decode.js';
import { RowsProblem, type Row } from './rows.js';
import { readSheet } from './sheet.js';
import { MAX_UNPACKED_BYTES, workbookSheets } from './xlsx.js';

export { writeNeutral } from './neutral.js';

/** A year of daily figures is a few hundred KiB; X's content export for thousands of posts a few MiB. */
export const DEFAULT_MAX_EXPORT_BYTES = 64 * 1024 * 1024;
/** Rows per sheet: ten years of days, or tens of thousands of posts. */
export const DEFAULT_MAX_ROWS = 100_000;

export interface ReadContext {
  /** Paths are resolved from here and shown as the user wrote them. */
  cwd: string;
  lang: Lang;
  maxBytes?: number;
  maxRows?: number;
}

type Format = 'csv' | 'xlsx';
type Translate = ReturnType<typeof translator<ExportsKey>>;

interface ExportFile {
  path: string;
  name: string;
  format: Format;
}

const READABLE: Record<string, Format> = { '.csv': 'csv', '.tsv': 'csv', '.txt': 'csv', '.xlsx': 'xlsx' };

export async function readExports(paths: readonly string[], context: ReadContext): Promise<ReadResult> {
  const t = translator(exportsCatalog, context.lang);
  const files = listExports(paths, context, t);
  const observations: Observation[] = [];
  const read: ReadFile[] = [];
  const kept = new Dedup();
  let duplicates = 0;
  for (const [fileIndex, file] of files.entries()) {
    const results = await readFile(file, context, t);
    for (const result of results) {
      read.push({ file: file.name, kind: result.kind, rows: result.rows });
      for (const observation of result.observations) {
        const previous = kept.find(observation);
        if (!previous) {
          kept.add(observation, observations.length, fileIndex);
          observations.push(observation);
          continue;
        }
        const before = observations[previous.at]!;
        // The same figure with two values is never settled by a guess, in one file or across two.
        if (before.value !== observation.value) throw new InputError(conflict(observation, before, previous.file !== fileIndex, t));
        // Overlapping exports giving the same figure: kept once, and the report says how many.
        duplicates++;
      }
    }
  }
  return { observations, files: read, duplicates };
}

/**
 * Where the observation of a day, platform, post and metric is kept. Two levels (the row, then
 * its metric) because a row's observations share their source: one key per row, not per figure,
 * for an export of a hundred thousand posts.
 */
class Dedup {
  private readonly rows = new Map<string, Map<string, { at: number; file: number }>>();
  private lastSource: Observation['source'] | undefined;
  private lastMetrics: Map<string, { at: number; file: number }> | undefined;

  private metrics(observation: Observation, create: boolean): Map<string, { at: number; file: number }> | undefined {
    if (observation.source === this.lastSource && this.lastMetrics) return this.lastMetrics;
    const key = `${observation.date}\u0000${observation.platform}\u0000${observation.post ?? ''}`;
    let metrics = this.rows.get(key);
    if (!metrics && create) this.rows.set(key, (metrics = new Map()));
    if (metrics) {
      this.lastSource = observation.source;
      this.lastMetrics = metrics;
    }
    return metrics;
  }

  find(observation: Observation): { at: number; file: number } | undefined {
    return this.metrics(observation, false)?.get(metricKey(observation));
  }

  add(observation: Observation, at: number, file: number): void {
    this.metrics(observation, true)!.set(metricKey(observation), { at, file });
  }
}

function metricKey(observation: Observation): string {
  return observation.name === undefined ? observation.metric : `${observation.metric}\u0000${observation.name}`;
}

function sourceText(source: Observation['source'], t: Translate): string {
  return source.sheet === undefined ? t('where.line', { file: source.file, line: source.line }) : t('where.sheet', { file: source.file, sheet: source.sheet, line: source.line });
}

function conflict(observation: Observation, before: Observation, acrossFiles: boolean, t: Translate): string {
  return t(acrossFiles ? 'exports.conflictFiles' : 'exports.conflict', {
    where: sourceText(observation.source, t),
    other: acrossFiles ? sourceText(before.source, t) : '',
    metric: observation.name ?? observation.metric,
    platform: observation.platform,
    date: observation.date,
    post: observation.post === undefined ? '' : t('exports.forPost', { post: observation.post }),
    line: before.source.line,
    value: observation.value,
    otherValue: before.value,
  });
}

function join(folder: string, file: string): string {
  if (folder === '.' || folder === './') return file;
  return folder.endsWith('/') ? folder + file : `${folder}/${file}`;
}

function listExports(paths: readonly string[], context: ReadContext, t: Translate): ExportFile[] {
  const files: ExportFile[] = [];
  const seen = new Set<string>();
  const add = (path: string, name: string, format: Format) => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ path, name, format });
  };
  for (const name of paths) {
    const path = resolve(context.cwd, name);
    let info;
    try {
      info = statSync(path);
    } catch (error) {
      throw systemError(error, name, t, context.lang);
    }
    if (info.isDirectory()) {
      let found: string[];
      try {
        found = walk(path);
      } catch (error) {
        throw systemError(error, name, t, context.lang);
      }
      // A spreadsheet plan cannot read is refused rather than left out (its figures would be
      // missing from the report), and so is a zip, unless it was unzipped beside itself.
      for (const file of found) {
        const extension = extname(file).toLowerCase();
        if (extension === '.zip' && found.some((other) => other.startsWith(`${file.slice(0, -4)}/`))) continue;
        refuseByExtension(join(name, file), t);
      }
      const readable = found.filter((file) => READABLE[extname(file).toLowerCase()]);
      if (readable.length === 0) throw new InputError(t('exports.emptyDir', { path: name }));
      for (const file of readable) add(resolve(path, file), join(name, file), READABLE[extname(file).toLowerCase()]!);
    } else if (!info.isFile()) {
      throw new InputError(t('exports.notRegular', { path: name }));
    } else {
      const extension = extname(name).toLowerCase();
      refuseByExtension(name, t);
      // A file named on purpose: read when its name says nothing (it may be a CSV), refused when it says something else.
      if (extension !== '' && !READABLE[extension]) throw new InputError(t('exports.unsupported', { file: name, extension }));
      add(path, name, READABLE[extension] ?? 'csv');
    }
  }
  return files;
}

/** A path that cannot be looked at: missing, or why not (permissions…), in the user's words. */
function systemError(error: unknown, name: string, t: Translate, lang: Lang): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError(t('exports.notFound', { path: name }));
  const core = translator(coreCatalog, lang);
  if (code === 'ELOOP') return new InputError(core('input.symlinkLoop', { path: name }));
  return new InputError(core('input.unreadable', { path: name, reason: reason(error as NodeJS.ErrnoException, core) }));
}

function refuseByExtension(name: string, t: Translate): void {
  const extension = extname(name).toLowerCase();
  if (extension === '.zip') throw new InputError(t('exports.zip', { file: name }));
  if (extension === '.xls') throw new InputError(t('exports.legacyXls', { file: name }));
  if (['.xlsm', '.xlsb', '.ods', '.numbers'].includes(extension)) throw new InputError(t('exports.unsupported', { file: name, extension }));
}

/** Files under a folder (relative, `/`-separated, sorted), skipping dot files and node_modules. */
function walk(root: string): string[] {
  const found: string[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const prefix = pending.pop()!;
    for (const entry of readdirSync(prefix ? `${root}/${prefix}` : root, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) found.push(path);
    }
  }
  return found.sort();
}

async function readFile(file: ExportFile, context: ReadContext, t: Translate): Promise<SheetResult[]> {
  const maxBytes = context.maxBytes ?? DEFAULT_MAX_EXPORT_BYTES;
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile({ kind: 'file', path: file.path, name: file.name }, maxBytes, translator(coreCatalog, context.lang));
  } catch (error) {
    if (error instanceof TooLargeError) throw new InputError(t('exports.tooLarge', { file: file.name, size: formatBytes(error.size, context.lang), limit: formatBytes(maxBytes, context.lang) }));
    throw error;
  }
  if (bytes.length === 0) throw new InputError(t('exports.empty', { file: file.name }));
  const sheetContext: SheetContext = { file: file.name, t, lang: context.lang, maxRows: context.maxRows ?? DEFAULT_MAX_ROWS };
  // A workbook saved with a .csv name is still a workbook: its bytes say so.
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  try {
    if (file.format === 'xlsx' || isZip) return await readWorkbook(bytes, sheetContext, t);
    const decoded = decodeExport(bytes);
    if ('problem' in decoded) {
      if (decoded.problem === 'binary') throw new InputError(t('exports.binary', { file: file.name }));
      throw new InputError(t('exports.invalidUtf8', { file: file.name, offset: decoded.offset }));
    }
    const outcome = await readSheet(csvRows(decoded), sheetContext);
    if ('unknown' in outcome) throw new InputError(unknownHeader(outcome.unknown, undefined, sheetContext, t));
    return [outcome];
  } catch (error) {
    if (error instanceof ReadError) throw new InputError(error.message);
    if (error instanceof RowsProblem) throw new InputError(rowsProblem(error, sheetContext, t));
    throw error;
  }
}

async function readWorkbook(bytes: Uint8Array, context: SheetContext, t: Translate): Promise<SheetResult[]> {
  const results: SheetResult[] = [];
  const names: string[] = [];
  let firstUnknown: { row: Row | undefined; sheet: string | undefined } | undefined;
  for await (const sheet of workbookSheets(bytes)) {
    names.push(sheet.sheet ?? String(names.length + 1));
    const outcome = await readSheet(sheet, context);
    // A workbook's other sheets (LinkedIn's demographics) are not figures over time: skipped.
    if ('unknown' in outcome) firstUnknown ??= { row: outcome.unknown, sheet: sheet.sheet };
    else results.push(outcome);
  }
  if (results.length === 0) {
    if (names.length === 1 && firstUnknown) throw new InputError(unknownHeader(firstUnknown.row, firstUnknown.sheet, context, t));
    throw new InputError(t('exports.noKnownSheet', { file: context.file, sheets: names.join(', ') || '—' }));
  }
  return results;
}

function unknownHeader(row: Row | undefined, sheet: string | undefined, context: SheetContext, t: Translate): string {
  if (!row) return t('exports.noHeader', { file: context.file });
  const cells = row.cells.filter((cell) => cell !== null && String(cell).trim() !== '').map((cell) => String(cell));
  const shown = cells.slice(0, 8).map((cell) => (cell.length > 40 ? `${cell.slice(0, 40)}…` : cell));
  const columns = shown.join(', ') + (cells.length > shown.length ? ', …' : '');
  const at = sheet === undefined ? t('where.line', { file: context.file, line: row.line }) : t('where.sheet', { file: context.file, sheet, line: row.line });
  return t('exports.unknownHeader', { where: at, columns });
}

function rowsProblem(problem: RowsProblem, context: SheetContext, t: Translate): string {
  const at = t('where.line', { file: context.file, line: problem.line ?? 1 });
  switch (problem.problem) {
    case 'csv-quote':
      return t('exports.csvQuote', { where: at });
    case 'csv-record-size':
      return t('exports.csvRecordSize', { where: at, limit: formatBytes(MAX_RECORD_BYTES, context.lang) });
    case 'csv':
      return t('exports.csv', { where: at, detail: problem.detail });
    case 'xlsx-too-large':
      return t('exports.xlsxTooLarge', { file: context.file, limit: formatBytes(MAX_UNPACKED_BYTES, context.lang) });
    case 'xlsx':
      return t('exports.xlsx', { file: context.file, detail: problem.detail });
  }
}
