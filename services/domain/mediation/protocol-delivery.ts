import { RuleViolated } from '../../errors.js';
import type { CommandData, DecisionContext } from './commands.js';
import { warsawDate } from '../deadlines/index.js';
import { event, isLater } from '../events.js';
import { requireParties } from './guards.js';
import type { MediationState } from './state.js';
import type { MediationEvent } from './events.js';

/**
 * KPA art. 96m § 3: the protocol is delivered to the participants of the mediation. Each delivery is recorded, to a
 * participant the protocol names, once, on a day from the filing's to today; also after the mediation has ended, as
 * delivery usually follows the end.
 */
export function recordProtocolDelivery(
  data: CommandData<'recordProtocolDelivery'>,
  state: MediationState,
  ctx: DecisionContext,
): MediationEvent[] {
  const protocol = state.protocol;
  if (protocol === null) {
    throw new RuleViolated(
      'KPA-96m-3-protocol-not-filed',
      'There is no protocol to deliver yet: the mediator files it first (KPA art. 96m § 2), then it is delivered to the participants (§ 3).',
    );
  }
  requireParties(state, [data.partyId]);
  if (!protocol.participants.includes(data.partyId)) {
    throw new RuleViolated(
      'KPA-96m-3-not-a-participant',
      `${data.partyId} is not named in the protocol as a participant: the protocol is delivered to its participants (KPA art. 96m § 3).`,
    );
  }
  if (protocol.deliveredTo.includes(data.partyId))
    throw new RuleViolated('protocol-already-delivered', `The delivery of the protocol to ${data.partyId} is already recorded.`);
  if (isLater(data.deliveredAt, ctx.now))
    throw new RuleViolated('delivered-in-future', 'The day of delivery lies in the future: record it once it has happened.');
  // Compared by day: a protocol handed over at the last session is often filed later that day.
  if (protocol.filedAt !== null && warsawDate(data.deliveredAt) < warsawDate(protocol.filedAt)) {
    throw new RuleViolated(
      'delivered-before-protocol',
      'The protocol cannot have been delivered before it was filed: check the date of delivery.',
    );
  }
  return [event('MediationProtocolDelivered', { partyId: data.partyId, how: data.how, deliveredAt: data.deliveredAt })];
}
