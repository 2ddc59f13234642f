import { RuleViolated } from '../../errors.js';
import type { CommandData, DecisionContext } from './commands.js';
import { event, isLater } from '../events.js';
import { requireMediator, requireParties } from './guards.js';
import { type MediationState, timeLimit } from './state.js';
import type { MediationEvent } from './events.js';

/** Sessions are recorded as time, place and attendees only: mediation is not public (KPA art. 96j). */
export function scheduleSession(data: CommandData<'scheduleMediationSession'>, state: MediationState): MediationEvent[] {
  if (state.status === 'AWAITING_CONSENT') {
    const consented = state.parties.filter((p) => p.consent).length;
    throw new RuleViolated(
      'KPA-96b-consent-before-session',
      `No session before every party has consented to the mediation (KPA art. 96b § 3, 96c): ${consented} of ${state.parties.length} have so far.`,
    );
  }
  requireMediator(state);
  if (state.sessions.some((s) => s.sessionId === data.sessionId))
    throw new RuleViolated('session-exists', `Session ${data.sessionId} is already scheduled: give the new session its own id.`);
  const limit = timeLimit(state)!;
  if (isLater(data.startsAt, limit.dueAt)) {
    throw new RuleViolated(
      'KPA-96e-time-limit',
      `The mediation must be over by ${limit.dueDate} (KPA art. 96e): schedule the session before then, or extend the mediation first.`,
    );
  }
  return [event('MediationSessionScheduled', data)];
}

export function recordSession(data: CommandData<'recordMediationSession'>, state: MediationState, ctx: DecisionContext): MediationEvent[] {
  const session = scheduled(state, data.sessionId);
  if (isLater(data.heldAt, ctx.now))
    throw new RuleViolated(
      'session-held-in-future',
      'A session can be recorded as held only once it has taken place: the time given lies in the future.',
    );
  requireParties(state, data.attendees);
  if (session.held) throw new RuleViolated('session-already-held', `Session ${data.sessionId} is already recorded as held.`);
  return [event('MediationSessionHeld', data)];
}

export function cancelSession(data: CommandData<'cancelMediationSession'>, state: MediationState): MediationEvent[] {
  if (scheduled(state, data.sessionId).held)
    throw new RuleViolated('session-already-held', `Session ${data.sessionId} has already taken place and cannot be cancelled.`);
  return [event('MediationSessionCancelled', data)];
}

/** A session someone can still hold: scheduled, and not cancelled. */
function scheduled(state: MediationState, sessionId: string) {
  const session = state.sessions.find((s) => s.sessionId === sessionId);
  if (!session)
    throw new RuleViolated('session-not-scheduled', `No session ${sessionId} is scheduled in this mediation: schedule it first.`);
  if (session.cancelled) throw new RuleViolated('session-cancelled', `Session ${sessionId} was cancelled: schedule a new session instead.`);
  return session;
}
