import type { EqualTreatmentReportData } from '../equality/equality-services.js';
import { toCsv } from './csv.js';
import { columnNames, columns, dimensionNames, words, type Column, type Language } from './equal-treatment-labels.js';

const number = (v: number) => String(Number(v.toPrecision(10)));

/** One row per group, the report's dimension and period on every row, so a spreadsheet filter never loses them. */
export function equalTreatmentCsv(report: EqualTreatmentReportData, language: Language, delimiter: ',' | ';'): string {
  const w = words[language];
  const cell = (group: EqualTreatmentReportData['groups'][number], column: Column): string | null => {
    const v = group[column];
    if (v === null) return null;
    if (typeof v === 'number') return number(v);
    if (typeof v === 'boolean') return v ? w.yes : w.no;
    if (typeof v === 'string') return v;
    return v[language];
  };
  return toCsv(
    [
      [w.dimension, w.from, w.to, w.group, w.suppressed, ...columns.map((c) => columnNames[language][c])],
      ...report.groups.map((g) => [
        dimensionNames[language][report.dimension],
        report.from,
        report.to,
        g.group,
        g.suppressed ? w.yes : w.no,
        ...columns.map((c) => cell(g, c)),
      ]),
    ],
    delimiter,
  );
}
