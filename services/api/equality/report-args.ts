import { z } from 'zod';
import { equalityDimensions, ordinaryDimensions, type ReportDimension } from '../../../schema/equality-dimensions.js';
import { InstantSchema } from '../../../schema/envelope.js';
import { isMonthStart, periodLength, startOfWarsawDay } from './report-period.js';

const reportDimensions: readonly ReportDimension[] = [...equalityDimensions, ...ordinaryDimensions];

/** What a client is told when a period is not one a report may cover. */
export const allowedPeriods =
  'A report covers one calendar month, quarter (January–March, April–June, July–September, October–December) or year, in Warsaw time, ' +
  'from its first day to the first day of the next: e.g. from 2025-01-01 to 2025-02-01 (January), to 2025-04-01 (the first quarter) or to 2026-01-01 (the year 2025)';

/**
 * A report covers one calendar month, quarter or year (Warsaw time), so that any two reports' periods are nested or
 * apart. With free periods, two overlapping reports (January–June and January–July) differ by what lies outside
 * their overlap, and subtracting one from the other would reveal a group hidden in July whatever the suppression.
 */
export const ReportArgsSchema = z
  .object({
    from: InstantSchema,
    to: InstantSchema,
    dimension: z.enum(reportDimensions as [ReportDimension, ...ReportDimension[]], {
      error: `must be one of ${reportDimensions.join(', ')}`,
    }),
  })
  .superRefine(({ from, to }, ctx) => {
    // zod runs this even when an instant failed its own check; such a value has no Warsaw date to compare.
    if (![from, to].every((value) => InstantSchema.safeParse(value).success)) return;
    for (const [name, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!isMonthStart(value))
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `must be the start of a month in Warsaw, e.g. ${startOfWarsawDay('2025-01-01')}`,
        });
    }
    if (ctx.issues.length > 0) return;
    if (periodLength({ from, to }) === null)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `must end the month, quarter or year that from begins. ${allowedPeriods}` });
  });
export type ReportArgs = z.output<typeof ReportArgsSchema>;

/** Consistency flags carry no equality data, so any period will do. */
export const PeriodSchema = z
  .object({ from: InstantSchema, to: InstantSchema })
  .refine(({ from, to }) => Date.parse(to) > Date.parse(from), { path: ['to'], message: 'must come after from' });
