import { BadInput, RuleViolated } from '../../errors.js';
import { computeDeadline, warsawDate } from '../deadlines/index.js';
import { event, isLater } from '../events.js';
import type { ComplaintCommand, DecisionContext } from './commands.js';
import type { ComplaintEvent } from './events.js';
import type { ComplaintState } from './state.js';

type DeliveryData = Extract<ComplaintCommand, { type: 'recordSummonsDelivery' }>['data'];

/**
 * § 8 ust. 2 of the 2002 regulation: the complainant supplements "w terminie 7 dni od dnia otrzymania wezwania",
 * so the 7 days run from the delivery of the summons. An uncollected postal letter is delivered by presumption at
 * the end of 14 days from the first notice left (KPA art. 44 § 1 pkt 1, § 4); the end moves off a Saturday or a
 * holiday like any term (art. 57 § 5), which can only give the complainant more time.
 */
export function recordSummonsDelivery(data: DeliveryData, state: ComplaintState, ctx: DecisionContext): ComplaintEvent[] {
  if (state.status !== 'AWAITING_SUPPLEMENT' || state.summons === null) {
    throw new RuleViolated(
      'supplement-not-requested',
      'No summons to supplement is pending on this complaint: request the supplement first.',
    );
  }
  if (state.summons.delivered)
    throw new RuleViolated('summons-already-delivered', 'The delivery of this summons is already recorded; the 7 days run from it.');
  const deliveredAt = data.how === 'PRESUMED' ? presumedDelivery(data.noticeLeftAt, ctx) : data.deliveredAt;
  if (deliveredAt === null) {
    throw new BadInput('Give the day of delivery (as on the signed receipt or the electronic confirmation).', [
      { path: 'deliveredAt', message: 'required unless the delivery is presumed' },
    ]);
  }
  const from = data.how === 'PRESUMED' ? data.noticeLeftAt! : deliveredAt;
  if (isLater(from, ctx.now))
    throw new RuleViolated(
      'delivered-in-future',
      'The day of delivery (or of the notice left) lies in the future: record it once it has happened.',
    );
  if (state.summons.requestedAt !== null && isLater(state.summons.requestedAt, from)) {
    throw new RuleViolated(
      'delivered-before-summons',
      'The summons cannot have been delivered (or notified) before it was sent: check the date.',
    );
  }
  if (data.how === 'PRESUMED' && isLater(deliveredAt, ctx.now)) {
    throw new RuleViolated(
      'KPA-44-presumption-not-yet',
      `An uncollected letter counts as delivered only when the 14 days of storage end (KPA art. 44 § 4), here on ${warsawDate(deliveredAt)}: record the delivery then, or when the complainant collects it.`,
    );
  }
  return [
    event('SupplementSummonsDelivered', {
      how: data.how,
      deliveredAt,
      noticeLeftAt: data.noticeLeftAt,
      due: computeDeadline(deliveredAt, 'SUPPLEMENT-7-days', ctx.calendar),
    }),
  ];
}

function presumedDelivery(noticeLeftAt: string | null, ctx: DecisionContext): string | null {
  return noticeLeftAt === null ? null : computeDeadline(noticeLeftAt, 'KPA-44-presumed-delivery-14-days', ctx.calendar).dueAt;
}
