// CSV rows with csv-parse (loaded on first use): its quoting rules, record size limit and line
// counting, fed in slices so that only one slice's rows are held at a time.
import type { DecodedText } from './decode.js';
import { RowsProblem, type Row, type SheetRows } from './rows.js';

/** No row of a platform export comes near this; a file that has one is not an export (or is hostile). */
export const MAX_RECORD_BYTES = 1024 * 1024;

const SLICE = 64 * 1024;

/** Comma unless the first line says otherwise: a French spreadsheet saves CSV with semicolons. */
export function guessDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const first = end < 0 ? text.slice(0, 4096) : text.slice(0, Math.min(end, 4096));
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '\t']) {
    let count = 0;
    let quoted = false;
    for (const char of first) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === candidate) count++;
    }
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

export function csvRows(decoded: DecodedText): SheetRows {
  return { rows: iterate(decoded) };
}

async function* iterate(decoded: DecodedText): AsyncGenerator<readonly Row[]> {
  const { parse } = await import('csv-parse');
  // Rows are taken as csv-parse emits them (flowing mode) and handed on a slice at a time: no stream
  // machinery per row. csv-parse's per-record info (`info`, `on_record`) costs more than the parse
  // itself on long files, so lines are counted here: a row starts on the line after the previous
  // one, which spans one line plus the line breaks inside its quoted fields. Empty lines are kept
  // as rows (the reader skips blank rows) so that the count stays right.
  let batch: Row[] = [];
  let nextLine = decoded.linesBefore + 1;
  let failure: unknown;
  const parser = parse({
    delimiter: decoded.delimiter ?? guessDelimiter(decoded.text),
    relax_column_count: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  parser.on('data', (record: string[]) => {
    batch.push({ line: nextLine, cells: record });
    let lines = 1;
    for (const cell of record) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) lines++;
    nextLine += lines;
  });
  // The first error is the one to report (a write after it only says the stream is closed).
  parser.on('error', (error) => (failure ??= error));
  const ended = new Promise<void>((done) => {
    parser.on('end', done);
    parser.on('error', () => done());
  });
  const { text } = decoded;
  try {
    for (let at = 0, end = 0; at < text.length && failure === undefined; at = end) {
      end = Math.min(at + SLICE, text.length);
      // Never between the two halves of an emoji: csv-parse encodes each slice on its own.
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
      await new Promise<void>((done) =>
        parser.write(text.slice(at, end), (error) => {
          if (error) failure ??= error;
          done();
        }),
      );
      const rows = batch;
      batch = [];
      if (rows.length > 0) yield rows;
    }
    if (failure === undefined) {
      parser.end();
      await ended;
      if (batch.length > 0) yield batch;
    }
    if (failure !== undefined) throw failure;
  } catch (error) {
    const problem = error as { code?: string; lines?: number; message?: string };
    const line = typeof problem.lines === 'number' ? problem.lines + decoded.linesBefore : undefined;
    // An unclosed quote is reported where parsing ended; it opened on the row after the last one parsed.
    if (problem.code === 'CSV_QUOTE_NOT_CLOSED') throw new RowsProblem('csv-quote', nextLine, problem.message ?? '');
    if (problem.code === 'CSV_MAX_RECORD_SIZE') throw new RowsProblem('csv-record-size', line, problem.message ?? '');
    if (problem.code?.startsWith('CSV_')) throw new RowsProblem('csv', line, problem.message ?? problem.code);
    throw error;
  } finally {
    parser.destroy();
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
