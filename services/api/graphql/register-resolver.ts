import { Arg, Ctx, Field, ID, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { settlements } from '../../../projections/register/register-projection.js';
import { complainantStatuses } from '../register-entries.js';
import { registerRows } from '../register-for-actor.js';
import type { ApiContext } from './context.js';
import { Competence, ComplaintSubject, enumOf } from './enums.js';
import { DateTimeScalar } from './scalars.js';

export const Settlement = enumOf(settlements);
export const ComplainantStatus = enumOf(complainantStatuses);
registerEnumType(Settlement, {
  name: 'Settlement',
  description: 'How a complaint was settled: an outcome on the merits, or how it ended without one.',
});
registerEnumType(ComplainantStatus, {
  name: 'ComplainantStatus',
  description:
    'NAMED: the name is shown; MASKED: initials only; WITHHELD: not for this role; ANONYMOUS: none given; ERASED: erased on request.',
});

@ObjectType({ description: 'One line of the register of complaints (KPA art. 254).' })
export class RegisterEntry {
  @Field(() => ID) disputeId!: string;
  @Field(() => String, { description: "Per year, in the order receipts were recorded, e.g. 'S/2025/0001'." }) number!: string;
  @Field(() => DateTimeScalar) receivedAt!: string;
  @Field(() => String, { nullable: true }) complainant!: string | null;
  @Field(() => ComplainantStatus) complainantStatus!: string;
  @Field(() => String, { description: 'The subject: the complaint’s category.' }) category!: string;
  @Field(() => [ComplaintSubject], { description: 'The subject in the terms of KPA art. 227, as classified; empty when not stated.' })
  subjects!: string[];
  @Field(() => Competence, { nullable: true, description: 'The competent body under KPA art. 229, as classified; null when not stated.' })
  competence!: string | null;
  @Field(() => String, { nullable: true, description: 'The body named when another body is competent.' }) competentBody!: string | null;
  @Field(() => String, { nullable: true, description: 'The assignee, or whoever settled it when no one was assigned.' }) handledBy!:
    string | null;
  @Field(() => Settlement, { nullable: true }) settlement!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) settledAt!: string | null;
}

@Resolver()
export class RegisterResolver {
  @Query(() => [RegisterEntry], { description: 'The register of complaints received in [from, to); also GET /exports/register.csv.' })
  async register(
    @Arg('from', () => DateTimeScalar) from: string,
    @Arg('to', () => DateTimeScalar) to: string,
    @Ctx() ctx: ApiContext,
  ): Promise<Promise<RegisterEntry>[]> {
    const rows = await registerRows(ctx, { from, to });
    // A year's 2000 rows arrive from the worker at once; graphql-js would complete them in one go (over 100 ms held).
    // Each row waits for the request's slice to allow it, so they are completed in slices of 10 ms.
    return rows.map(async (row) => {
      await ctx.giveWay();
      return row;
    });
  }
}
