import { z } from 'zod';
import { equalityDimensions, ordinaryDimensions, type ReportDimension } from '../../../schema/equality-dimensions.js';
import { InstantSchema } from '../../../schema/envelope.js';
import { addDays } from '../../domain/deadlines/civil-date.js';
import { endOfWarsawDay, warsawDate } from '../../domain/deadlines/index.js';

const reportDimensions: readonly ReportDimension[] = [...equalityDimensions, ...ordinaryDimensions];

/** Midnight in Warsaw at the start of `date`. */
export const startOfWarsawDay = (date: string) => new Date(Date.parse(endOfWarsawDay(addDays(date, -1))) + 1).toISOString();

const isMonthStart = (instant: string) => {
  const date = warsawDate(instant);
  return date.endsWith('-01') && Date.parse(startOfWarsawDay(date)) === Date.parse(instant);
};

/**
 * A report covers whole months (Warsaw time). With free periods, two reports a moment apart would differ by a single
 * complaint, and subtracting one from the other would reveal that person's answers whatever the suppression.
 */
export const ReportArgsSchema = z
  .object({
    from: InstantSchema,
    to: InstantSchema,
    dimension: z.enum(reportDimensions as [ReportDimension, ...ReportDimension[]], { error: `must be one of ${reportDimensions.join(', ')}` }),
  })
  .superRefine(({ from, to }, ctx) => {
    for (const [name, value] of [['from', from], ['to', to]] as const) {
      if (!isMonthStart(value)) ctx.addIssue({ code: 'custom', path: [name], message: `must be the start of a month in Warsaw, e.g. ${startOfWarsawDay('2025-01-01')}` });
    }
    if (Date.parse(to) <= Date.parse(from)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must come after from' });
  });
export type ReportArgs = z.output<typeof ReportArgsSchema>;

/** Consistency flags carry no equality data, so any period will do. */
export const PeriodSchema = z
  .object({ from: InstantSchema, to: InstantSchema })
  .refine(({ from, to }) => Date.parse(to) > Date.parse(from), { path: ['to'], message: 'must come after from' });
