import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { DisputeSnapshot } from '../../../projections/dispute-queries.js';
import { DateTimeScalar } from './scalars.js';
import { Assignee } from './types.js';

/** A row about one dispute; its `dispute` is resolved on demand, as of now or of the moment asked about. */
@ObjectType()
abstract class DisputeRow {
  @Field(() => ID) disputeId!: string;
  @Field(() => DateTimeScalar) dueAt!: string;
  /** The past moment the row describes; null: now. */
  asOf!: Date | null;
  /** For a row about now: its dispute, read together with the other rows' on the first call (one batch per list). */
  current!: (() => DisputeSnapshot | undefined) | null;
}

@ObjectType({ description: 'An open dispute due soon. Days are counted in Warsaw time.' })
export class DueDispute extends DisputeRow {
  @Field(() => Int, { description: 'Calendar days from today to the due date; 0 when due today.' }) daysLeft!: number;
  @Field(() => Int, { description: 'Working days after today up to and including the due date.' }) workingDaysLeft!: number;
}

@ObjectType({ description: 'An open dispute past its due date. Days are counted in Warsaw time.' })
export class OverdueDispute extends DisputeRow {
  @Field(() => Int, { description: 'Calendar days from the due date to today (or to the moment asked about).' }) daysLate!: number;
  @Field(() => Int, { description: 'Working days after the due date up to and including today (or that moment).' })
  workingDaysLate!: number;
}

@ObjectType()
abstract class WorkloadFigures {
  @Field(() => Int) open!: number;
  @Field(() => Int, { description: 'Open, not yet late, due by the Sunday of this week.' }) dueThisWeek!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Float, { nullable: true, description: 'Mean calendar days since receipt of the open disputes; null when none is open.' })
  averageAgeDays!: number | null;
}

@ObjectType()
export class AssigneeWorkload extends WorkloadFigures {
  @Field(() => Assignee, { nullable: true, description: 'Null: not yet assigned.' }) assignee!: Assignee | null;
}

@ObjectType()
export class UnitWorkload extends WorkloadFigures {
  @Field(() => String, { nullable: true, description: 'The unit complained about; null: none named.' }) unit!: string | null;
}

@ObjectType({ description: 'Who carries what, over the disputes open at `at`.' })
export class Workload {
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => String, { description: 'The Sunday (Warsaw date) that ends the week "due this week" counts.' }) weekEnds!: string;
  @Field(() => [AssigneeWorkload]) byAssignee!: AssigneeWorkload[];
  @Field(() => [UnitWorkload]) byUnit!: UnitWorkload[];
}
