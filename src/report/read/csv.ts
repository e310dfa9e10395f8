// CSV rows with csv-parse (loaded on first use): its quoting rules, record size limit and line
// counting, fed in slices so its output stays a few thousand rows ahead of the reader at most.
import { Readable } from 'node:stream';
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

async function* iterate(decoded: DecodedText): AsyncGenerator<Row> {
  const { parse } = await import('csv-parse');
  // An unclosed quote is reported where parsing ended; it opened on the row after the last one
  // parsed (counted as csv-parse parses, since rows not yet read are dropped on an error).
  let lastEnd = 0;
  const parser = parse({
    on_record: (record, context) => {
      lastEnd = context.lines;
      return record;
    },
    delimiter: decoded.delimiter ?? guessDelimiter(decoded.text),
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
    info: true,
    raw: true,
  });
  const { text } = decoded;
  const source = Readable.from(
    (function* () {
      for (let at = 0; at < text.length; at += SLICE) yield text.slice(at, at + SLICE);
    })(),
    { objectMode: false },
  );
  source.pipe(parser);
  try {
    for await (const { record, raw, info } of parser as AsyncIterable<{ record: string[]; raw: string; info: { lines: number } }>) {
      // info.lines is where the record ends; a quoted field may hold line breaks.
      let breaks = 0;
      for (let i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1)) breaks++;
      const start = info.lines - breaks + (raw.endsWith('\n') ? 1 : 0);
      yield { line: start + decoded.linesBefore, cells: record };
    }
  } catch (error) {
    const failure = error as { code?: string; lines?: number; message?: string };
    const line = typeof failure.lines === 'number' ? failure.lines + decoded.linesBefore : undefined;
    if (failure.code === 'CSV_QUOTE_NOT_CLOSED') throw new RowsProblem('csv-quote', lastEnd + 1 + decoded.linesBefore, failure.message ?? '');
    if (failure.code === 'CSV_MAX_RECORD_SIZE') throw new RowsProblem('csv-record-size', line, failure.message ?? '');
    if (failure.code?.startsWith('CSV_')) throw new RowsProblem('csv', line, failure.message ?? failure.code);
    throw error;
  } finally {
    source.destroy();
    parser.destroy();
  }
}
