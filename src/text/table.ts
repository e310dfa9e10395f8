// Plain text tables for list commands: columns padded to the widest cell, no borders, so the
// output reads well in a terminal and greps well in a pipe. The last column is never padded.

/** Display width, counting each code point as one column (enough for Latin text and dashes). */
function width(text: string): number {
  return [...text].length;
}

export type CellStyle = (cell: string, column: number, row: number) => string;

export function renderRows(rows: readonly (readonly string[])[], style: CellStyle = (c) => c): string {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((row) => width(row[c] ?? ''))));
  return rows
    .map((row, r) =>
      row
        .map((cell, c) => style(c === row.length - 1 ? cell : cell + ' '.repeat(widths[c]! - width(cell)), c, r))
        .join('  ')
        .trimEnd(),
    )
    .join('\n') + '\n';
}

/** A table whose first row is a header. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], style: CellStyle = (c) => c): string {
  return renderRows([header, ...rows], style);
}
