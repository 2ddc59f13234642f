import type { Actor } from '../../../schema/envelope.js';
import { NotFound, RuleViolated } from '../../errors.js';
import type { MediationState } from './state.js';

/** Checks and helpers the mediation's decisions share. */

export const isAppointedMediator = (state: MediationState, actor: Actor) =>
  actor.role === 'MEDIATOR' && actor.userId === state.mediatorUserId;

/**
 * A mediator is no member of the office's staff (KPA art. 96f § 3) and mediation is confidential (art. 96j): for a
 * mediator, a mediation they are not the appointed mediator of now (never appointed, another's, withdrawn from) is not
 * there. It answers exactly as an unknown id does, before any other check, so acting in it tells them nothing: not
 * that it exists, nor its state or revision (issue 10, finding 5).
 */
export function requireVisible(state: MediationState, actor: Actor) {
  if (!state.exists || (actor.role === 'MEDIATOR' && !isAppointedMediator(state, actor)))
    throw new NotFound('No mediation with this id. Check the mediation id.');
}

export function requireParties(state: MediationState, partyIds: readonly string[]) {
  const unknown = partyIds.filter((id) => !state.parties.some((p) => p.partyId === id));
  if (unknown.length > 0) {
    throw new RuleViolated(
      'not-a-party',
      `Not a party to this mediation: ${unknown.join(', ')}. Use the party ids given when the mediation was proposed.`,
    );
  }
}

export function requireMediator(state: MediationState) {
  if (state.mediatorUserId !== null) return;
  throw new RuleViolated(
    'mediator-not-appointed',
    state.recusedMediatorIds.length > 0
      ? 'The mediator withdrew from this mediation (KPA art. 96g § 2): appoint a new mediator first.'
      : 'No mediator has been appointed yet: the case is referred to a mediator once every party has consented (KPA art. 96d).',
  );
}
