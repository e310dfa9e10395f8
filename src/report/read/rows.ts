// The rows of an export, whatever it was saved as: a CSV file is one sheet, a workbook has several.
// Rows come in batches (a slice of the file at a time), so a long export is never held twice in
// memory and the reader pays no promise per row.

/** A cell as the readers see it: text from a CSV; text, a number or a date from a workbook. */
export type Cell = string | number | Date | null;

export interface Row {
  /** 1-based line of a CSV file (where the row starts) or row of a sheet. */
  line: number;
  cells: readonly Cell[];
}

export interface SheetRows {
  /** The sheet's name in a workbook; undefined for a CSV file. */
  sheet?: string;
  rows: AsyncIterable<readonly Row[]>;
}

/** Rows one by one out of their batches; waits only when a batch is used up. */
export class RowCursor {
  private batch: readonly Row[] = [];
  private at = 0;
  private readonly source: AsyncIterator<readonly Row[]>;

  constructor(rows: AsyncIterable<readonly Row[]>) {
    this.source = rows[Symbol.asyncIterator]();
  }

  /** Call `visit` on each row until it returns true; resolves to whether it stopped early. */
  async forEach(visit: (row: Row) => boolean | void): Promise<boolean> {
    for (;;) {
      while (this.at < this.batch.length) if (visit(this.batch[this.at++]!) === true) return true;
      const next = await this.source.next();
      if (next.done) return false;
      this.batch = next.value;
      this.at = 0;
    }
  }
}

/** Why rows could not be read, for the caller's message (it knows the file). */
export class RowsProblem extends Error {
  constructor(
    readonly problem: 'csv' | 'csv-quote' | 'csv-record-size' | 'xlsx' | 'xlsx-too-large',
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export function isBlank(cells: readonly Cell[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}
