import type { Actor } from '../../../schema/envelope.js';
import { RuleViolated } from '../../errors.js';
import { computeDeadline } from '../deadlines/index.js';
import type { CommandData, DecisionContext, MediationCommand } from './commands.js';
import { endMediation, extendMediation, fileProtocol } from './conclusion.js';
import { event, isLater } from '../events.js';
import { isAppointedMediator, requireMediator, requireParties, requireVisible } from './guards.js';
import { recordProtocolDelivery } from './protocol-delivery.js';
import { cancelSession, recordSession, scheduleSession } from './sessions.js';
import { type MediationState, timeLimit } from './state.js';
import type { MediationEvent } from './events.js';

/** What happens inside the mediation is the mediator's to record: the disclosure (art. 96g), sessions, the protocol (art. 96m). */
const mediatorOnly = new Set<MediationCommand['type']>(['recordMediatorDisclosure', 'recordMediationSession', 'fileMediationProtocol']);

export function decide(command: MediationCommand, state: MediationState, ctx: DecisionContext): MediationEvent[] {
  if (command.type === 'proposeMediation') return propose(command.data, state, ctx);
  requireVisible(state, ctx.actor);
  // KPA art. 96m § 3: the protocol is delivered to the participants, usually once the mediation has ended.
  if (command.type === 'recordProtocolDelivery') return recordProtocolDelivery(command.data, state, ctx);
  if (state.status === 'ENDED') {
    throw new RuleViolated(
      'mediation-ended',
      'This mediation has ended: nothing more can be recorded in it. If the parties want to try again, propose a new mediation.',
    );
  }
  guardActor(command.type, state, ctx.actor);
  switch (command.type) {
    case 'recordMediationConsent':
      return recordConsent(command.data, state, ctx);
    case 'appointMediator':
      return appoint(command.data, state, ctx);
    case 'recordMediatorDisclosure':
      return [event('MediatorImpartialityDisclosed', { mediatorUserId: ctx.actor.userId, circumstances: command.data.circumstances })];
    case 'recuseMediator':
      requireMediator(state);
      return [event('MediatorRecused', { mediatorUserId: state.mediatorUserId!, reason: command.data.reason })];
    case 'scheduleMediationSession':
      return scheduleSession(command.data, state);
    case 'recordMediationSession':
      return recordSession(command.data, state, ctx);
    case 'cancelMediationSession':
      return cancelSession(command.data, state);
    case 'extendMediation':
      return extendMediation(command.data, state, ctx);
    case 'fileMediationProtocol':
      return fileProtocol(command.data, state, ctx);
    case 'endMediation':
      return endMediation(command.data, state, ctx);
  }
}

/**
 * What only the appointed mediator records. Any other mediator (none appointed, another's, withdrawn from it, art.
 * 96g § 2) was already told by `requireVisible` that there is no such mediation.
 */
function guardActor(type: MediationCommand['type'], state: MediationState, actor: Actor) {
  if (mediatorOnly.has(type) && !isAppointedMediator(state, actor)) {
    throw new RuleViolated(
      'mediator-only',
      'Only the appointed mediator records sessions, impartiality disclosures and the protocol (KPA art. 96g, 96j, 96m): ask the mediator to record it.',
    );
  }
}

function propose(data: CommandData<'proposeMediation'>, state: MediationState, ctx: DecisionContext): MediationEvent[] {
  if (state.exists) throw new RuleViolated('already-proposed', 'This mediation has already been proposed.');
  // KPA art. 96b § 3: 14 days to consent and choose a mediator, from the notice's delivery. The office learns
  // of delivery later, so the clock runs from the proposal: a due date never later than the law's.
  return [
    event('MediationProposed', {
      ...data,
      proposedAt: ctx.now,
      consentDue: computeDeadline(ctx.now, 'KPA-96b-consent-14-days', ctx.calendar),
    }),
  ];
}

function recordConsent(data: CommandData<'recordMediationConsent'>, state: MediationState, ctx: DecisionContext): MediationEvent[] {
  requireParties(state, [data.partyId]);
  if (state.parties.some((p) => p.partyId === data.partyId && p.consent !== null)) {
    throw new RuleViolated(
      'consent-already-recorded',
      'This party has already answered the proposal. A party that no longer wishes to mediate withdraws: end the mediation as WITHDRAWN.',
    );
  }
  const givenAt = data.givenAt ?? ctx.now;
  if (isLater(givenAt, ctx.now))
    throw new RuleViolated('consent-in-future', 'The answer is dated in the future: give the day the party actually gave it.');
  if (
    data.noticeDeliveredAt !== null &&
    (isLater(data.noticeDeliveredAt, givenAt) || (state.proposedAt !== null && isLater(state.proposedAt, data.noticeDeliveredAt)))
  ) {
    throw new RuleViolated(
      'notice-delivery-date',
      'The notice cannot have reached the party before the mediation was proposed, nor after they answered it: check the date of delivery.',
    );
  }
  const answer = { partyId: data.partyId, reason: data.reason };
  if (data.consent) {
    // KPA art. 96b § 3: 14 days from the notice's delivery. The proposal's own date gives a term no later than the
    // law's, so a consent within it is on time; a later one needs the delivery date before it can be judged late.
    const consentDue =
      data.noticeDeliveredAt === null
        ? state.consentDue!
        : computeDeadline(data.noticeDeliveredAt, 'KPA-96b-consent-14-days', ctx.calendar);
    if (isLater(givenAt, consentDue.dueAt)) {
      if (data.noticeDeliveredAt === null) {
        throw new RuleViolated(
          'KPA-96b-3-notice-delivery',
          `The consent comes after ${consentDue.dueDate}, 14 days from the proposal; the 14 days run from the delivery of the notice to the party (KPA art. 96b § 3): give the day it was delivered.`,
        );
      }
      // KPA art. 96c: without consent within the term the mediation is not held.
      return [
        event('MediationConsentOutOfTime', { partyId: data.partyId, givenAt, noticeDeliveredAt: data.noticeDeliveredAt, consentDue }),
        event('MediationEnded', { result: 'WITHDRAWN', endedBecause: 'CONSENT_TIME_LIMIT', endedAt: ctx.now }),
      ];
    }
    return [event('MediationConsentGiven', { ...answer, givenAt, noticeDeliveredAt: data.noticeDeliveredAt })];
  }
  // Mediation is voluntary (art. 96a § 2): without every party's consent it is not held (art. 96c).
  return [
    event('MediationConsentRefused', answer),
    event('MediationEnded', { result: 'WITHDRAWN', endedBecause: 'CONSENT_REFUSED', endedAt: ctx.now }),
  ];
}

function appoint(data: CommandData<'appointMediator'>, state: MediationState, ctx: DecisionContext): MediationEvent[] {
  // KPA art. 96d: the case is referred to the mediator the parties chose once they have all consented.
  if (state.status === 'AWAITING_CONSENT') {
    throw new RuleViolated(
      'KPA-96d-consent-before-appointment',
      'A mediator is appointed only once every party has consented (KPA art. 96d § 1): record the missing consents first.',
    );
  }
  if (state.mediatorUserId !== null)
    throw new RuleViolated(
      'mediator-already-appointed',
      'A mediator is already appointed; a new one can be appointed only if they withdraw.',
    );
  if (state.recusedMediatorIds.includes(data.mediatorUserId)) {
    throw new RuleViolated(
      'KPA-96g-recused',
      'This mediator withdrew from this mediation over their impartiality (KPA art. 96g § 2): appoint someone else.',
    );
  }
  if (data.mediatorUserId === ctx.actor.userId || ctx.officeStaffIds?.includes(data.mediatorUserId)) {
    throw new RuleViolated(
      'KPA-96f-mediator-not-employee',
      'The mediator may not be an employee of the office handling the case (KPA art. 96f § 3): appoint someone from outside it, e.g. from the district court’s list of permanent mediators.',
    );
  }
  // KPA art. 96f § 2 ⚖: the office as a party may not choose just anyone; the mediator comes from a list.
  if (data.listEntry === null && state.parties.some((p) => p.role === 'OFFICE')) {
    throw new RuleViolated(
      'KPA-96f-2-list-entry',
      'The office itself is a party to this mediation, so the mediator must come from a list (KPA art. 96f § 2): the permanent mediators of a district court or an organisation’s list. Give the list, who keeps it, and the mediator’s entry.',
    );
  }
  const limit = timeLimit(state);
  if (limit && isLater(ctx.now, limit.dueAt)) {
    throw new RuleViolated(
      'KPA-96e-time-limit',
      `The time for this mediation ran out on ${limit.dueDate} (KPA art. 96e): end it as TIMED_OUT instead.`,
    );
  }
  // KPA art. 96e § 1: referral postpones the case for up to two months; a replacement mediator works within the same period.
  const postponedUntil = state.postponedUntil ?? computeDeadline(ctx.now, 'KPA-96e-mediation-2-months', ctx.calendar);
  return [event('MediatorAppointed', { ...data, postponedUntil })];
}
