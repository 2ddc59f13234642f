/** A spreadsheet treats a cell starting with one of these as a formula (CSV injection, OWASP). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Compared in NFKC, the form a spreadsheet may read it in: a fullwidth ＝, a small ﹦ or a superscript ⁼ is an = there
 * (issue 11, finding 8). The cell keeps the text as typed, behind the apostrophe.
 */
function cell(value: string, delimiter: string): string {
  const safe = formulaStart.test(value.normalize('NFKC')) ? `'${value}` : value;
  return safe.includes('"') || safe.includes(delimiter) || /[\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * RFC 4180 text: CRLF line ends, fields quoted when they hold a quote, the delimiter or a line break, quotes
 * doubled. The UTF-8 byte order mark makes Excel read Polish letters as UTF-8 instead of the local code page.
 */
export function toCsv(rows: readonly (readonly (string | null)[])[], delimiter: ',' | ';' = ','): string {
  return `\uFEFF${rows.map((row) => row.map((v) => cell(v ?? '', delimiter)).join(delimiter)).join('\r\n')}\r\n`;
}
