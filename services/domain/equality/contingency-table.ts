/** Counts by row (e.g. group) and column (e.g. upheld, not upheld). */
export type ContingencyTable = readonly (readonly number[])[];
export type TwoByTwo = readonly [readonly [number, number], readonly [number, number]];

export interface Margins {
  rows: number[];
  columns: number[];
  total: number;
}

/** Checks the shape and the counts; `integers` for exact tests, which count tables. */
export function margins(table: ContingencyTable, { integers = false } = {}): Margins {
  const width = table[0]?.length ?? 0;
  if (table.length < 2 || width < 2 || table.some((row) => row.length !== width)) {
    throw new RangeError('a contingency table needs at least 2 rows and 2 columns, all rows of one length');
  }
  const cells = table.flat();
  if (cells.some((n) => !Number.isFinite(n) || n < 0 || (integers && !Number.isInteger(n)))) {
    throw new RangeError(`contingency table counts must be ${integers ? 'whole numbers' : 'finite and'} ≥ 0`);
  }
  const rows = table.map((row) => row.reduce((s, n) => s + n, 0));
  const columns = table[0]!.map((_, j) => table.reduce((s, row) => s + row[j]!, 0));
  return { rows, columns, total: rows.reduce((s, n) => s + n, 0) };
}

/** Counts expected if rows and columns were independent: row total × column total / grand total. */
export function expectedCounts({ rows, columns, total }: Margins): number[][] {
  return rows.map((r) => columns.map((c) => (r * c) / total));
}
