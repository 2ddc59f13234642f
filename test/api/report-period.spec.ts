import { describe, expect, it } from 'vitest';
import { ReportArgsSchema } from '../../services/api/equality/report-args.js';
import { periodLength, periodsInside, startOfWarsawDay } from '../../services/api/equality/report-period.js';

const at = startOfWarsawDay;

describe('the periods a report may cover', () => {
  it('a calendar month, quarter or year in Warsaw, across the change to summer time and the turn of the year', () => {
    expect(periodLength({ from: at('2025-03-01'), to: at('2025-04-01') })).toBe('month');
    expect(periodLength({ from: at('2025-12-01'), to: at('2026-01-01') })).toBe('month');
    expect(periodLength({ from: at('2025-10-01'), to: at('2026-01-01') })).toBe('quarter');
    expect(periodLength({ from: at('2025-01-01'), to: at('2026-01-01') })).toBe('year');
  });

  it('nothing else: so any two allowed periods are nested or apart, never overlapping in part', () => {
    for (const [from, to] of [
      ['2025-01-01', '2025-07-01'],
      ['2025-01-01', '2025-08-01'],
      ['2025-02-01', '2025-05-01'],
      ['2025-07-01', '2026-07-01'],
      ['2025-01-01', '2025-03-01'],
    ]) {
      expect(periodLength({ from: at(from!), to: at(to!) })).toBeNull();
      const parsed = ReportArgsSchema.safeParse({ from: at(from!), to: at(to!), dimension: 'sex' });
      expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message.slice(0, 48)])).toEqual([
        ['to', 'must end the month, quarter or year that from be'],
      ]);
    }
  });

  it('a year holds its quarters, a quarter its months, a month nothing shorter', () => {
    expect(periodsInside({ from: at('2025-01-01'), to: at('2026-01-01') })).toEqual(
      ['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01'].map((d, i, all) => ({ from: at(d), to: at(all[i + 1] ?? '2026-01-01') })),
    );
    expect(periodsInside({ from: at('2025-10-01'), to: at('2026-01-01') })).toEqual([
      { from: at('2025-10-01'), to: at('2025-11-01') },
      { from: at('2025-11-01'), to: at('2025-12-01') },
      { from: at('2025-12-01'), to: at('2026-01-01') },
    ]);
    expect(periodsInside({ from: at('2025-03-01'), to: at('2025-04-01') })).toEqual([]);
  });
});
