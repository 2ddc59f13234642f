import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { EraseSubjectInputSchema, WithdrawEqualityConsentInputSchema } from '../../../schema/commands/equality-commands.js';
import { answersOf } from '../../../schema/equality-dimensions.js';
import { readPValue } from '../../domain/equality/index.js';
import { PeriodSchema, ReportArgsSchema } from '../equality/report-args.js';
import { authorize } from '../permissions.js';
import { WHOLE_TABLE_ITEMS, listOf, wholeLogReplay } from './complexity-plugin.js';
import { admit, answered, caughtUp, type ApiContext } from './context.js';
import * as T from './equality-types.js';
import { DateTimeScalar } from './scalars.js';
import { CommandResult } from './types.js';

/**
 * Equal treatment (issue 5). Writes go to the person's privacy stream; reads give aggregates or pseudonymised
 * cases only: no field anywhere returns one person's answers.
 */
@Resolver()
export class EqualityResolver {
  @Mutation(() => CommandResult, {
    description: 'Records the complainant’s voluntary equality-monitoring answers, with their explicit consent.',
  })
  async recordEqualityData(@Arg('input', () => T.RecordEqualityDataInput) input: T.RecordEqualityDataInput, @Ctx() ctx: ApiContext) {
    const command = admit(ctx, 'recordEqualityData', ctx.services.equality.recordInputSchema, input);
    return answered(ctx, await ctx.services.equality.recordEqualityData(command, ctx.actor));
  }

  @Mutation(() => CommandResult, {
    description: 'Records a withdrawal of consent; answers already given stay in reports over periods that ended before it.',
  })
  async withdrawEqualityConsent(
    @Arg('input', () => T.WithdrawEqualityConsentInput) input: T.WithdrawEqualityConsentInput,
    @Ctx() ctx: ApiContext,
  ) {
    const command = admit(ctx, 'withdrawEqualityConsent', WithdrawEqualityConsentInputSchema, input);
    return answered(ctx, await ctx.services.equality.withdrawEqualityConsent(command, ctx.actor));
  }

  @Mutation(() => T.ErasureResult, {
    description: 'Erases a person (GDPR art. 17) by destroying their key: they show as erased everywhere.',
  })
  async eraseSubject(
    @Arg('input', () => T.EraseSubjectInput) input: T.EraseSubjectInput,
    @Ctx() ctx: ApiContext,
  ): Promise<T.ErasureResult> {
    const command = admit(ctx, 'eraseSubject', EraseSubjectInputSchema, input);
    const result = await ctx.services.equality.eraseSubject(command, ctx.actor);
    await caughtUp(ctx, result.position);
    return { ...result, position: result.position.toString() };
  }

  @Query(() => [T.EqualityQuestion], { description: 'The equality questions this office asks, for the consent form.' })
  equalityQuestions(@Ctx() ctx: ApiContext): T.EqualityQuestion[] {
    authorize(ctx.actor, 'recordEqualityData');
    return ctx.services.equality.asked.map((dimension) => ({ dimension, values: [...answersOf(dimension)] }));
  }

  @Query(() => T.EqualTreatmentReport, {
    description:
      'The equal-treatment figures of the complaints received in [from, to) (one calendar month, quarter or year that has ended), by one dimension, every fact as it was known at `to`.',
    complexity: wholeLogReplay(),
  })
  async equalTreatmentReport(
    @Arg('from', () => DateTimeScalar) from: string,
    @Arg('to', () => DateTimeScalar) to: string,
    @Arg('dimension', () => String) dimension: string,
    @Ctx() ctx: ApiContext,
  ): Promise<T.EqualTreatmentReport> {
    const args = admit(ctx, 'equalTreatmentReport', ReportArgsSchema, { from, to, dimension });
    const { overall, ...report } = await ctx.services.equality.report(args);
    return { ...report, overallTest: overall && { ...overall, reading: readPValue(overall.pValue) } };
  }

  @Query(() => [T.ConsistencyFlag], {
    description: 'Cases of the complaints received in [from, to) whose waiting time or outcome lies far from their peers’.',
    complexity: listOf(WHOLE_TABLE_ITEMS),
  })
  async consistencyFlags(
    @Arg('from', () => DateTimeScalar) from: string,
    @Arg('to', () => DateTimeScalar) to: string,
    @Ctx() ctx: ApiContext,
  ): Promise<T.ConsistencyFlag[]> {
    const period = admit(ctx, 'consistencyFlags', PeriodSchema, { from, to });
    return (await ctx.services.equality.flags(period)).map(({ id, ...flag }) => ({ disputeId: id, ...flag }));
  }
}
