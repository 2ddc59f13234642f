import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { openedText } from '../../privacy/case-text.js';
import type { ApiContext } from './context.js';
import { Dispute } from './dispute-type.js';
import { DateTimeScalar } from './scalars.js';

@ObjectType({ description: 'A notice that the answer will be late (KPA art. 36): why, and by when it will come.' })
export class DelayNotice {
  @Field(() => DateTimeScalar) sentAt!: string;
  @Field(() => String) reasons!: string;
  @Field(() => DateTimeScalar) newDueAt!: string;
  @Field(() => DateTimeScalar) previousDueAt!: string;
  @Field(() => String, { description: 'The instruction on the right to prompt (ponaglenie, KPA art. 37).' }) promptInstruction!: string;
}

/** What letters to the complainant quote besides the dispute's own fields. */
@Resolver(() => Dispute)
export class DisputeLetterResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The number in the register of complaints (KPA art. 254), e.g. S/2025/0001.' })
  registerNumber(@Root() dispute: Dispute, @Ctx() ctx: ApiContext): string | null {
    return ctx.services.supervision.registerNumber(dispute.id);
  }

  @FieldResolver(() => [DelayNotice], { description: 'Every delay notice sent, oldest first, as this role reads the timeline.' })
  delayNotices(@Root() dispute: Dispute): DelayNotice[] {
    // From the timeline the role was given, so erasure and pseudonymisation apply to the reasons as to every step.
    return dispute.snapshot.timeline.flatMap((r) => (r.event.type === 'DelayNoticeSent' ? [{ sentAt: r.at, ...r.event.data, reasons: openedText(r.event.data.reasons) }] : []));
  }
}
