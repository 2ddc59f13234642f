import { z } from 'zod';
import { list, text } from '../common.js';
import { answersOf, equalityDimensions, type EqualityAnswers, type EqualityDimension } from '../equality-dimensions.js';
import { CommandIdSchema } from './complaint-commands.js';

const disputeId = z.uuid('must be a dispute id (a UUID)');

/**
 * DESIGN §7's RecordEqualityDataInput, checked against the dimensions this office asks about: each answer in
 * its dimension's closed list ("PREFER_NOT_TO_SAY" included), each dimension at most once.
 */
export function recordEqualityDataInputSchema(asked: readonly EqualityDimension[]) {
  const answer = z.object({ dimension: z.string().max(40), value: z.string().max(40) });
  return z.object({
    disputeId,
    commandId: CommandIdSchema,
    consent: z.boolean(),
    // Room for every mistake to be named below, yet bounded.
    answers: list(answer, 20, 'answers')
      .superRefine((answers, ctx) => {
        const seen = new Set<string>();
        answers.forEach(({ dimension, value }, i) => {
          if (!(asked as readonly string[]).includes(dimension)) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'dimension'],
              message: `is not asked by this office; ask about: ${asked.join(', ')}`,
            });
          } else if (!answersOf(dimension as EqualityDimension).includes(value)) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'value'],
              message: `must be one of ${answersOf(dimension as EqualityDimension).join(', ')}`,
            });
          }
          if (seen.has(dimension))
            ctx.addIssue({ code: 'custom', path: [i, 'dimension'], message: 'is answered twice; give each dimension once' });
          seen.add(dimension);
        });
      })
      .transform((answers) => Object.fromEntries(answers.map((a) => [a.dimension, a.value])) as EqualityAnswers),
  });
}
export type RecordEqualityDataInput = z.output<ReturnType<typeof recordEqualityDataInputSchema>>;

export const withdrawalScopes = ['THIS_CASE', 'ALL_CASES'] as const;

export const WithdrawEqualityConsentInputSchema = z.object({
  disputeId,
  commandId: CommandIdSchema,
  /** ALL_CASES: every case of the complainant of `disputeId` whose answers were recorded so far. */
  scope: z
    .enum(withdrawalScopes)
    .nullish()
    .transform((v) => v ?? 'THIS_CASE'),
});
export type WithdrawEqualityConsentInput = z.output<typeof WithdrawEqualityConsentInputSchema>;

export const EraseSubjectInputSchema = z.object({
  subjectId: z.uuid('must be a subject id (a UUID), as shown in complainantSubjectId'),
  commandId: CommandIdSchema,
  reason: text(500),
});
export type EraseSubjectInput = z.output<typeof EraseSubjectInputSchema>;

/** The office's choice of questions (EQUALITY_DIMENSIONS): a comma-separated subset of the known dimensions. */
export const AskedDimensionsSchema = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(equalityDimensions as [EqualityDimension, ...EqualityDimension[]])).min(1, 'name at least one dimension'));
