import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { openedText } from '../../privacy/case-text.js';
import type { ApiContext } from './context.js';
import { Dispute } from './dispute-type.js';
import { ForwardingMode, SummonsDelivery, UnexaminedReason } from './enums.js';
import { DateTimeScalar } from './scalars.js';
import { Signer } from './types.js';

@ObjectType({ description: 'A notice that the answer will be late (KPA art. 36): why, and by when it will come.' })
export class DelayNotice {
  @Field(() => DateTimeScalar) sentAt!: string;
  @Field(() => String) reasons!: string;
  @Field(() => DateTimeScalar) newDueAt!: string;
  @Field(() => DateTimeScalar) previousDueAt!: string;
  @Field(() => String, { description: 'The instruction on the right to prompt (ponaglenie, KPA art. 37).' }) promptInstruction!: string;
}

@ObjectType({
  description: 'A summons to supplement an unclear complaint (§ 8 ust. 2 of the 2002 regulation) and, once recorded, its delivery.',
})
export class SupplementSummons {
  @Field(() => DateTimeScalar) sentAt!: string;
  @Field(() => String) whatIsMissing!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The instruction that an unsupplemented complaint is left unexamined; null on summonses recorded before it was required.',
  })
  instruction!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) deliveredAt!: string | null;
  @Field(() => SummonsDelivery, { nullable: true }) deliveredHow!: string | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The last moment to supplement: 7 days from delivery (from the request, for older summonses).',
  })
  dueAt!: string | null;
}

@ObjectType({
  description:
    'The reply to a request (wniosek, KPA art. 244, 247; named so that no field name says answer, which the schema keeps for none): the actions taken or the reasons for not taking them, and the art. 247 instruction.',
})
export class RequestReply {
  @Field(() => String, { nullable: true }) actionsTaken!: string | null;
  @Field(() => String, { nullable: true }) reasonsNotTaken!: string | null;
  @Field(() => String, { description: 'That a dissatisfied requester may complain (KPA art. 247), written by the system.' })
  complaintInstruction!: string;
  @Field(() => Signer) signer!: Signer;
  @Field(() => DateTimeScalar) repliedAt!: string;
}

@ObjectType({
  description:
    'A complaint (or request) left unexamined (§ 8 of the 2002 regulation): why, and when; the notice to the complainant quotes it.',
})
export class LeftUnexamined {
  @Field(() => UnexaminedReason) reason!: string;
  @Field(() => String) explanation!: string;
  @Field(() => DateTimeScalar) at!: string;
}

@ObjectType({
  description:
    'How the complaint left the office (KPA art. 231–232) and what the complainant was told, with the information that their data went with it (art. 13 and 14 RODO).',
})
export class Forwarding {
  @Field(() => DateTimeScalar) forwardedAt!: string;
  @Field(() => ForwardingMode) mode!: string;
  @Field(() => String) toBody!: string;
  @Field(() => String) reason!: string;
  @Field(() => String) noticeToComplainant!: string;
  @Field(() => String, { nullable: true, description: 'Null when the body was only indicated, or forwarded before this was recorded.' })
  dataDisclosure!: string | null;
  @Field(() => Boolean, { description: 'Within 7 days of receipt (KPA art. 231).' }) withinDeadline!: boolean;
}

/** What letters to the complainant quote besides the dispute's own fields. */
@Resolver(() => Dispute)
export class DisputeLetterResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The number in the register of complaints (KPA art. 254), e.g. S/2025/0001.',
  })
  registerNumber(@Root() dispute: Dispute, @Ctx() ctx: ApiContext): string | null {
    return ctx.services.supervision.registerNumber(dispute.id);
  }

  @FieldResolver(() => [DelayNotice], { description: 'Every delay notice sent, oldest first, as this role reads the timeline.' })
  delayNotices(@Root() dispute: Dispute): DelayNotice[] {
    // From the timeline the role was given, so erasure and pseudonymisation apply to the reasons as to every step.
    return dispute.snapshot.timeline.flatMap((r) =>
      r.event.type === 'DelayNoticeSent' ? [{ sentAt: r.at, ...r.event.data, reasons: openedText(r.event.data.reasons) }] : [],
    );
  }

  @FieldResolver(() => RequestReply, {
    nullable: true,
    description: 'The request’s answer in force: null before it, or after a reopening.',
  })
  requestReply(@Root() dispute: Dispute): RequestReply | null {
    let answer: RequestReply | null = null;
    for (const r of dispute.snapshot.timeline) {
      if (r.event.type === 'ComplaintReopened') answer = null;
      if (r.event.type === 'RequestAnswered') {
        const d = r.event.data;
        answer = {
          actionsTaken: d.actionsTaken === null ? null : openedText(d.actionsTaken),
          reasonsNotTaken: d.reasonsNotTaken === null ? null : openedText(d.reasonsNotTaken),
          complaintInstruction: d.complaintInstruction,
          signer: d.signer,
          repliedAt: d.answeredAt,
        };
      }
    }
    return answer;
  }

  @FieldResolver(() => LeftUnexamined, {
    nullable: true,
    description: 'Whether and why the case was left unexamined; null if it was not, or was reopened since.',
  })
  leftUnexamined(@Root() dispute: Dispute): LeftUnexamined | null {
    let left: LeftUnexamined | null = null;
    for (const r of dispute.snapshot.timeline) {
      if (r.event.type === 'ComplaintReopened') left = null;
      if (r.event.type === 'ComplaintLeftUnexamined')
        left = { reason: r.event.data.reason, explanation: openedText(r.event.data.explanation), at: r.at };
    }
    return left;
  }

  @FieldResolver(() => Forwarding, {
    nullable: true,
    description: 'The last forwarding of the complaint, as this role reads the timeline.',
  })
  forwarding(@Root() dispute: Dispute): Forwarding | null {
    const r = dispute.snapshot.timeline.findLast((step) => step.event.type === 'ComplaintForwarded');
    if (r === undefined || r.event.type !== 'ComplaintForwarded') return null;
    const d = r.event.data;
    return {
      forwardedAt: r.at,
      mode: d.mode ?? 'COMPETENT_BODY',
      toBody: d.toBody,
      reason: openedText(d.reason),
      noticeToComplainant: openedText(d.noticeToComplainant),
      dataDisclosure: d.dataDisclosure ?? null,
      withinDeadline: d.withinDeadline,
    };
  }

  @FieldResolver(() => [SupplementSummons], { description: 'Every summons to supplement, oldest first, with its delivery.' })
  supplementSummonses(@Root() dispute: Dispute): SupplementSummons[] {
    const summonses: SupplementSummons[] = [];
    for (const r of dispute.snapshot.timeline) {
      if (r.event.type === 'SupplementRequested') {
        const d = r.event.data;
        summonses.push({
          sentAt: r.at,
          whatIsMissing: openedText(d.whatIsMissing),
          instruction: d.instruction ?? null,
          deliveredAt: null,
          deliveredHow: null,
          dueAt: d.due?.dueAt ?? null,
        });
      } else if (r.event.type === 'SupplementSummonsDelivered' && summonses.length > 0) {
        const d = r.event.data;
        Object.assign(summonses[summonses.length - 1]!, { deliveredAt: d.deliveredAt, deliveredHow: d.how, dueAt: d.due.dueAt });
      }
    }
    return summonses;
  }
}
