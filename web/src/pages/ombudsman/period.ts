/**
 * The periods a report may cover: a whole calendar month, quarter or year in Warsaw time (aligned periods, so two
 * reports never differ by a few days' complaints). Written in the address as 2025-03, 2025-Q1 or 2025.
 */
export type PeriodKind = 'month' | 'quarter' | 'year';
export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1–12 for a month, 1–4 for a quarter. */
  index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function parsePeriod(code: string | null): Period | null {
  const m = /^(\d{4})(?:-(Q[1-4]|0[1-9]|1[0-2]))?$/.exec(code ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  if (!m[2]) return { kind: 'year', year, index: 1 };
  return m[2].startsWith('Q') ? { kind: 'quarter', year, index: Number(m[2].slice(1)) } : { kind: 'month', year, index: Number(m[2]) };
}

export const periodCode = (p: Period) =>
  p.kind === 'year' ? String(p.year) : p.kind === 'quarter' ? `${p.year}-Q${p.index}` : `${p.year}-${pad(p.index)}`;

/** The first day of the period and the first day after it, as Warsaw calendar dates (YYYY-MM-DD). */
export function periodDates(p: Period): { from: string; to: string } {
  const firstMonth = p.kind === 'year' ? 1 : p.kind === 'quarter' ? 3 * (p.index - 1) + 1 : p.index;
  const months = p.kind === 'year' ? 12 : p.kind === 'quarter' ? 3 : 1;
  const end = firstMonth - 1 + months;
  return { from: `${p.year}-${pad(firstMonth)}-01`, to: `${p.year + Math.floor(end / 12)}-${pad((end % 12) + 1)}-01` };
}

/** The last month that has ended by `today` (a Warsaw date): the report a reviewer most likely wants. */
export function lastEndedMonth(today: string): Period {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month === 1 ? { kind: 'month', year: year - 1, index: 12 } : { kind: 'month', year, index: month - 1 };
}
