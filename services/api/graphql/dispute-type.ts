import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { DisputeSnapshot, TimelineRecord } from '../../../projections/dispute-queries.js';
import { LONG_LIST_ITEMS, listOf } from './complexity-plugin.js';
import { isOpen, needsDelayNotice } from '../../domain/complaint/index.js';
import { Channel, ComplaintKind } from './enums.js';
import { DateTimeScalar } from './scalars.js';
import { Actor, Assignee, Deadline, Decision, Explanation, PageInfo } from './types.js';

@ObjectType({ description: 'One step of a dispute: who, when, what; decisions and explanations with their full reasons.' })
export class TimelineEntry {
  @Field(() => String) position!: string;
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => String, { description: 'The event type.' }) kind!: string;
  @Field(() => Actor) actor!: Actor;
  /** Resolved by DisputeResolver in the language asked for. */
  record!: TimelineRecord;
}

@ObjectType({ description: 'A complaint with everything done about it, as of now or of a past moment.' })
export class Dispute {
  @Field(() => ID) id!: string;
  @Field(() => Int) revision!: number;
  @Field(() => String) status!: string;
  @Field(() => String) category!: string;
  @Field(() => ComplaintKind, { nullable: true }) kind!: string | null;
  @Field(() => Channel) channel!: string;
  @Field(() => String, { nullable: true }) concernedUnit!: string | null;
  @Field(() => DateTimeScalar) receivedAt!: string;
  @Field(() => DateTimeScalar) dueAt!: string;
  @Field(() => Boolean, { description: 'Still open after its answer was due, measured at asOf (or now).' }) overdue!: boolean;
  @Field(() => Deadline) deadline!: Deadline;
  @Field(() => Boolean, {
    description:
      'An open mediation may run past the answer deadline, which mediation does not move: send a delay notice (KPA art. 36, extendDeadline) with the reasons and a new date.',
  })
  delayNoticeNeeded!: boolean;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the MP, senator or councillor who passed the complaint on must be informed (KPA art. 237).',
  })
  representativeDueAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When they were first informed.' }) representativeInformedAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) acknowledgedAt!: string | null;
  @Field(() => Assignee, { nullable: true }) assignee!: Assignee | null;
  @Field(() => Boolean, { description: 'False when the complainant gave no name and address (anonymous).' }) identifiable!: boolean;
  @Field(() => Decision, { nullable: true }) decision!: Decision | null;
  @Field(() => [Explanation], { complexity: listOf(LONG_LIST_ITEMS) }) explanations!: Explanation[];
  @Field(() => DateTimeScalar, { nullable: true }) notifiedAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) closedAt!: string | null;
  snapshot!: DisputeSnapshot;
}

@ObjectType()
export class DisputeEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Dispute) node!: Dispute;
}

@ObjectType()
export class DisputeConnection {
  /** One page: the query's `first` already counts its size. */
  @Field(() => [DisputeEdge], { complexity: listOf(1) }) edges!: DisputeEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  /** Counts every match (`totalCount`), which only a client that asks for it pays for. */
  count!: () => number;
}

export function toDispute(snapshot: DisputeSnapshot): Dispute {
  const v = snapshot.view;
  return Object.assign(new Dispute(), {
    id: v.id,
    revision: v.revision,
    status: v.status,
    category: v.category,
    kind: v.kind,
    channel: v.channel,
    concernedUnit: v.concernedUnit,
    receivedAt: v.receivedAt,
    dueAt: v.dueAt,
    overdue: snapshot.overdue,
    deadline: { dueAt: v.dueAt, rule: v.dueRule, calendarVersion: v.dueCalendarVersion, extensions: v.extensions },
    delayNoticeNeeded:
      isOpen(v.domain) &&
      needsDelayNotice(
        v.dueAt,
        v.mediations.filter((m) => m.status !== 'ENDED').map((m) => m.endsAt ?? m.consentDueAt),
      ),
    representativeDueAt: v.representativeDueAt,
    representativeInformedAt: v.representativeInformedAt,
    acknowledgedAt: v.acknowledgedAt,
    assignee: v.assignee,
    identifiable: v.identifiable,
    decision: v.decision,
    explanations: v.explanations,
    notifiedAt: v.notifiedAt,
    closedAt: v.closedAt,
    snapshot,
  });
}

export function toTimelineEntry(record: TimelineRecord): TimelineEntry {
  return Object.assign(new TimelineEntry(), {
    position: record.position.toString(),
    at: record.at,
    kind: record.event.type,
    actor: record.actor,
    record,
  });
}
