import { z } from 'zod';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { DueSoon, Late, Workload as WorkloadData } from '../../../projections/supervision/figures.js';
import { InstantSchema } from '../../../schema/envelope.js';
import { NotFound } from '../../errors.js';
import { admit, type ApiContext } from './context.js';
import { disputeFor } from './dispute-for-role.js';
import { Dispute } from './dispute-type.js';
import { perPage } from './complexity-plugin.js';
import type { DisputeSnapshot } from '../../../projections/dispute-queries.js';
import { DateTimeScalar } from './scalars.js';
import { DueDispute, OverdueDispute, Workload } from './supervision-types.js';

/** How many rows `deadlines`, `overdue` and `overdueAsOf` answer unless asked otherwise, and at most. */
const DEFAULT_ROWS = 200;
const MAX_ROWS = 1000;
const First = z.number().int().min(1, 'must be at least 1').max(MAX_ROWS, `must be at most ${MAX_ROWS}`);
const WithinArgs = z.object({
  within: z.number().int().min(0, 'must be 0 (today) or more').max(366, 'must be at most 366 days'),
  first: First,
});
const AtArgs = z.object({ at: InstantSchema });
const AtWithinArgs = WithinArgs.extend({ at: InstantSchema });
const AtFirstArgs = z.object({ at: InstantSchema, first: First });
const FirstArgs = z.object({ first: First });
const NoArgs = z.object({});
const firstArg = {
  defaultValue: DEFAULT_ROWS,
  description: `At most this many rows, the first in order (default ${DEFAULT_ROWS}, at most ${MAX_ROWS}).`,
};

/**
 * The rows of one answer about now read their disputes together, in one batch, when the first row's `dispute` is
 * asked for (and not at all when no row's is); rows about a past moment fold each dispute as of that moment.
 */
function rowsOf<T, R extends DueDispute | OverdueDispute>(
  items: readonly T[],
  asOf: Date | null,
  ctx: ApiContext,
  row: (item: T) => R,
): R[] {
  const rows = items.map(row);
  let batch: Map<string, DisputeSnapshot> | null = null;
  const current = (id: string) => () => (batch ??= ctx.services.queries.currentMany(rows.map((r) => r.disputeId))).get(id);
  for (const r of rows) Object.assign(r, { asOf, current: asOf ? null : current(r.disputeId) });
  return rows;
}

const toDue = ({ dispute, daysLeft, workingDaysLeft }: DueSoon): DueDispute =>
  Object.assign(new DueDispute(), { disputeId: dispute.id, dueAt: dispute.dueAt, daysLeft, workingDaysLeft });
const toOverdue = ({ dispute, daysLate, workingDaysLate }: Late): OverdueDispute =>
  Object.assign(new OverdueDispute(), { disputeId: dispute.id, dueAt: dispute.dueAt, daysLate, workingDaysLate });
const toWorkload = (w: WorkloadData & { at: Date }): Workload => ({
  at: w.at.toISOString(),
  weekEnds: w.weekEnds,
  byAssignee: w.byAssignee.map((row) => ({ assignee: row.assignee, ...row.figures })),
  byUnit: w.byUnit.map((row) => ({ unit: row.unit, ...row.figures })),
});

/** The supervisor's questions (DESIGN §7): what is due, what is late and by how much, who carries what. */
@Resolver()
export class SupervisionResolver {
  @Query(() => [DueDispute], {
    description: 'Open disputes not yet late and due within `within` days (0: today), soonest first.',
    complexity: perPage(MAX_ROWS),
  })
  deadlines(
    @Arg('within', () => Int, { defaultValue: 7 }) within: number,
    @Arg('first', () => Int, firstArg) first: number,
    @Ctx() ctx: ApiContext,
  ): DueDispute[] {
    const args = admit(ctx, 'deadlines', WithinArgs, { within, first });
    return rowsOf(ctx.services.supervision.figures.deadlines(args.within, args.first).items, null, ctx, toDue);
  }

  @Query(() => [DueDispute], {
    description:
      'What was due within `within` days (0: that day) and not yet late at a past moment, from the events recorded by then, soonest first.',
    complexity: perPage(MAX_ROWS),
  })
  async deadlinesAsOf(
    @Arg('at', () => DateTimeScalar) at: string,
    @Arg('within', () => Int, { defaultValue: 7 }) within: number,
    @Arg('first', () => Int, firstArg) first: number,
    @Ctx() ctx: ApiContext,
  ): Promise<DueDispute[]> {
    const args = admit(ctx, 'deadlines', AtWithinArgs, { at, within, first });
    const moment = new Date(args.at);
    return rowsOf((await ctx.services.supervision.figures.deadlinesAsOf(moment, args.within, args.first)).items, moment, ctx, toDue);
  }

  @Query(() => [OverdueDispute], {
    description: 'Open disputes past their due date now, the longest late first.',
    complexity: perPage(MAX_ROWS),
  })
  overdue(@Arg('first', () => Int, firstArg) first: number, @Ctx() ctx: ApiContext): OverdueDispute[] {
    const args = admit(ctx, 'deadlines', FirstArgs, { first });
    return rowsOf(ctx.services.supervision.figures.overdue(args.first).items, null, ctx, toOverdue);
  }

  @Query(() => [OverdueDispute], {
    description: 'What was overdue at a past moment, from the events recorded by then, the longest late first.',
    complexity: perPage(MAX_ROWS),
  })
  async overdueAsOf(
    @Arg('at', () => DateTimeScalar) at: string,
    @Arg('first', () => Int, firstArg) first: number,
    @Ctx() ctx: ApiContext,
  ): Promise<OverdueDispute[]> {
    const args = admit(ctx, 'deadlines', AtFirstArgs, { at, first });
    const moment = new Date(args.at);
    return rowsOf((await ctx.services.supervision.figures.overdueAsOf(moment, args.first)).items, moment, ctx, toOverdue);
  }

  @Query(() => Workload, { description: 'Open, due this week, overdue and average age, per assignee and per unit.' })
  workload(@Ctx() ctx: ApiContext): Workload {
    admit(ctx, 'workload', NoArgs, {});
    return toWorkload(ctx.services.supervision.figures.workload());
  }

  @Query(() => Workload, { description: 'The workload as it stood at a past moment, from the events recorded by then.' })
  async workloadAsOf(@Arg('at', () => DateTimeScalar) at: string, @Ctx() ctx: ApiContext): Promise<Workload> {
    const args = admit(ctx, 'workload', AtArgs, { at });
    return toWorkload(await ctx.services.supervision.figures.workloadAsOf(new Date(args.at)));
  }
}

/** The dispute a row is about, as of the row's moment: a past row never shows what was only known later. */
async function disputeOf(row: DueDispute | OverdueDispute, ctx: ApiContext): Promise<Dispute> {
  // Up to 1000 rows each fold their dispute's streams: in slices, so that other requests are answered meanwhile.
  if (row.asOf) await ctx.giveWay();
  const snapshot = row.asOf ? await ctx.services.queries.asOf(row.disputeId, row.asOf) : row.current!();
  if (!snapshot) throw new NotFound(`Dispute ${row.disputeId} is no longer in the read model; ask again.`);
  return disputeFor(ctx, snapshot);
}

@Resolver(() => DueDispute)
export class DueDisputeResolver {
  @FieldResolver(() => Dispute)
  dispute(@Root() row: DueDispute, @Ctx() ctx: ApiContext): Promise<Dispute> {
    return disputeOf(row, ctx);
  }
}

@Resolver(() => OverdueDispute)
export class OverdueDisputeResolver {
  @FieldResolver(() => Dispute)
  dispute(@Root() row: OverdueDispute, @Ctx() ctx: ApiContext): Promise<Dispute> {
    return disputeOf(row, ctx);
  }
}
