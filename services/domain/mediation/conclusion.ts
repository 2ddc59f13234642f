import { RuleViolated } from '../../errors.js';
import { computeDeadline, endOfWarsawDay, warsawDate } from '../deadlines/index.js';
import type { CommandData, DecisionContext } from './commands.js';
import { event, isLater } from '../events.js';
import { requireParties } from './guards.js';
import { type MediationState, timeLimit } from './state.js';
import type { MediationEvent } from './events.js';

/** KPA art. 96e § 2: on a joint request, or for other important reasons, extended once by at most a month. */
export function extendMediation(data: CommandData<'extendMediation'>, state: MediationState, ctx: DecisionContext): MediationEvent[] {
  const current = state.postponedUntil;
  if (current === null) {
    throw new RuleViolated(
      'mediator-not-appointed',
      'The case is postponed for mediation only when it is referred to a mediator (KPA art. 96d, 96e): appoint the mediator first.',
    );
  }
  if (state.extendedUntil !== null) {
    throw new RuleViolated(
      'KPA-96e-extension-once',
      `The mediation was already extended, until ${state.extendedUntil.dueDate}; the law allows one extension only (KPA art. 96e § 2).`,
    );
  }
  if (isLater(ctx.now, current.dueAt)) {
    throw new RuleViolated(
      'KPA-96e-time-limit',
      `The time for this mediation ran out on ${current.dueDate} (KPA art. 96e): it can no longer be extended; end it as TIMED_OUT.`,
    );
  }
  const longest = computeDeadline(current.dueAt, 'KPA-96e-extension-1-month', ctx.calendar);
  const wanted = data.newEndsAt === null ? longest.dueDate : warsawDate(data.newEndsAt);
  if (wanted <= current.dueDate)
    throw new RuleViolated('extension-not-later', `The new end must be later than the current one (${current.dueDate}).`);
  if (wanted > longest.dueDate) {
    throw new RuleViolated(
      'KPA-96e-extension-max',
      `A mediation is extended by at most one month (KPA art. 96e § 2): the latest end is ${longest.dueDate}.`,
    );
  }
  const newEnd =
    wanted === longest.dueDate
      ? longest
      : { dueDate: wanted, dueAt: endOfWarsawDay(wanted), rule: 'KPA-96e-extension-chosen', calendarVersion: ctx.calendar.version };
  return [event('MediationExtended', { reason: data.reason, jointRequest: data.jointRequest, newEnd })];
}

/**
 * KPA art. 96m § 2: the protocol states the place and time, names the participants and the mediator with their
 * addresses, the arrangements, and carries the signatures (the mediator's, and every participant's or why one is
 * missing). Time is the filing's; the participants' addresses are in the case file.
 */
export function fileProtocol(data: CommandData<'fileMediationProtocol'>, state: MediationState, ctx: DecisionContext): MediationEvent[] {
  if (state.protocol) throw new RuleViolated('protocol-already-filed', 'The protocol of this mediation has already been filed.');
  requireParties(state, [...data.participants, ...data.signedBy]);
  if (data.participants.length === 0)
    throw new RuleViolated(
      'KPA-96m-protocol-content',
      'The protocol names the participants of the mediation (KPA art. 96m § 2 pt 2): add them.',
    );
  const outsiders = data.signedBy.filter((id) => !data.participants.includes(id));
  if (outsiders.length > 0) {
    throw new RuleViolated(
      'KPA-96m-protocol-content',
      `Signed by ${outsiders.join(', ')}, who are not named as participants: add them to the participants.`,
    );
  }
  const unsigned = data.participants.filter((id) => !data.signedBy.includes(id));
  if (unsigned.length > 0 && data.missingSignatureReason === null) {
    throw new RuleViolated(
      'KPA-96m-protocol-content',
      `${unsigned.join(', ')} did not sign: the protocol must say why a signature is missing (KPA art. 96m § 2 pt 5).`,
    );
  }
  if (!data.mediatorSigned) {
    throw new RuleViolated(
      'KPA-96m-mediator-signature',
      'The protocol carries the mediator’s signature (KPA art. 96m § 2): sign it before filing.',
    );
  }
  const { mediatorSigned: _signed, ...content } = data;
  return [event('MediationProtocolFiled', { ...content, filedAt: ctx.now, mediatorName: state.mediatorName!, mediatorSigned: true })];
}

export function endMediation(data: CommandData<'endMediation'>, state: MediationState, ctx: DecisionContext): MediationEvent[] {
  const limit = timeLimit(state);
  const timeRanOut = limit !== null && isLater(ctx.now, limit.dueAt) && state.protocol === null;
  // KPA art. 96e: TIMED_OUT is a fact, true exactly when the time passed without a protocol.
  if (data.result === 'TIMED_OUT' && !timeRanOut) {
    throw new RuleViolated(
      'KPA-96e-time-limit',
      state.protocol
        ? 'A protocol has been filed, so the mediation did not time out: end it with its result.'
        : limit
          ? `The mediation has time until ${limit.dueDate} (KPA art. 96e): it has not timed out.`
          : 'No mediator was appointed, so no time limit runs (KPA art. 96e): end it as WITHDRAWN or NO_AGREEMENT.',
    );
  }
  if (data.result !== 'TIMED_OUT' && timeRanOut) {
    throw new RuleViolated(
      'KPA-96e-time-limit',
      `The time for this mediation ran out on ${limit!.dueDate} without a protocol (KPA art. 96e): end it as TIMED_OUT.`,
    );
  }
  if (data.result === 'AGREEMENT' && !state.protocol?.hasArrangements) {
    throw new RuleViolated(
      'KPA-96m-agreement-protocol',
      'An agreement is recorded by the mediator’s protocol with its arrangements (KPA art. 96m, 96n): file the protocol first.',
    );
  }
  return [
    event('MediationEnded', { result: data.result, endedBecause: data.result === 'TIMED_OUT' ? 'TIME_LIMIT' : 'RESULT', endedAt: ctx.now }),
  ];
}
