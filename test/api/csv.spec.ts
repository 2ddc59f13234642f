import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../services/api/exports/csv.js';

describe('toCsv (RFC 4180, for spreadsheets)', () => {
  const rows = [
    ['plain', 'z przecinkiem, tu', 'cudzysłów "x"', 'dwie\nlinie', null],
    ['=1+1', '+48 85 123', '-5', '@SUM(A1)', 'zażółć gęślą jaźń'],
  ];

  it('starts with the UTF-8 BOM, ends every line with CRLF, quotes only what needs it', () => {
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFFplain,"z przecinkiem, tu","cudzysłów ""x""","dwie\nlinie",\r\n')).toBe(true);
    expect(csv.endsWith('zażółć gęślą jaźń\r\n')).toBe(true);
  });

  it('reads back as written, formulas kept as text', () => {
    expect(parse(toCsv(rows), { bom: true })).toEqual([
      ['plain', 'z przecinkiem, tu', 'cudzysłów "x"', 'dwie\nlinie', ''],
      ["'=1+1", "'+48 85 123", "'-5", "'@SUM(A1)", 'zażółć gęślą jaźń'],
    ]);
    expect(parse(toCsv(rows, ';'), { bom: true, delimiter: ';' })[0]).toEqual([
      'plain',
      'z przecinkiem, tu',
      'cudzysłów "x"',
      'dwie\nlinie',
      '',
    ]);
  });
});
