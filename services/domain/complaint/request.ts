import { RuleViolated } from '../../errors.js';
import { computeDeadline } from '../deadlines/index.js';
import { event } from '../events.js';
import type { ComplaintCommand, DecisionContext, MediationLinkCommand } from './commands.js';
import { requestComplaintInstruction } from './notices.js';
import type { ComplaintState } from './state.js';
import type { ComplaintEvent } from './events.js';

/**
 * Requests (wnioski, KPA art. 241–247) share the intake, the register and the steps of getting facts with complaints,
 * but follow their own path from there: their own answer (the actions taken, or the reasons for not taking them),
 * their own term (art. 244 § 1 refers to art. 237 § 1 only), and none of what art. 237 § 4 (art. 36–38: ponaglenie)
 * or art. 238–239 give complaints. Which one a case is comes from its classification (`ComplaintClassified.kind`).
 */

/** Refuses on a request what only a complaint may do, and on a complaint what only a request may do, citing why. */
export function guardRequestPath(type: ComplaintCommand['type'] | MediationLinkCommand['type'], state: ComplaintState): void {
  if (state.kind !== 'REQUEST') {
    if (type === 'answerRequest') {
      throw new RuleViolated(
        'KPA-241-request-only',
        'Only a request (wniosek, KPA art. 241) is answered with answerRequest: classify the case as REQUEST first, or decide the complaint (KPA art. 237, 238).',
      );
    }
    return;
  }
  switch (type) {
    case 'decideComplaint':
      throw new RuleViolated(
        'KPA-244-request-answer',
        'This is a request (wniosek, KPA art. 241), not a complaint: it is answered with the actions taken on it or the reasons for not taking them (art. 244, 247). Use answerRequest.',
      );
    case 'keepPriorPosition':
      throw new RuleViolated(
        'KPA-239-complaint-only',
        'Keeping a prior position (KPA art. 239) applies to a repeated complaint, not to a request (wniosek): answer the request.',
      );
    case 'recordPrompt':
      throw new RuleViolated(
        'KPA-237-4-complaint-only',
        'A prompt (ponaglenie, KPA art. 37) reaches complaints through art. 237 § 4; art. 244 § 1 applies to requests only art. 237 § 1: record the citizen’s letter as information instead.',
      );
  }
}

type ClassifyData = Extract<ComplaintCommand, { type: 'classifyComplaint' }>['data'];

/**
 * A request is answered within the term of art. 244 § 1 (art. 237 § 1: a month), counted from receipt whatever
 * answer rule the office set for its complaints; classifying it back gives it the complaint's term again. A date a
 * delay notice set (art. 36 for a complaint, art. 244 for a request) is the one the citizen was told, so it stays.
 */
export function classify(data: ClassifyData, state: ComplaintState, ctx: DecisionContext): ComplaintEvent[] {
  const classified = event('ComplaintClassified', data);
  const becomesRequest = data.kind === 'REQUEST' && state.kind !== 'REQUEST';
  const stopsBeingRequest = data.kind !== 'REQUEST' && state.kind === 'REQUEST';
  if ((!becomesRequest && !stopsBeingRequest) || state.answerDue?.rule === 'KPA-36-notice') return [classified];
  const rule = becomesRequest ? 'KPA-244-1-month' : ctx.answerRule;
  return [
    classified,
    event('DeadlineSet', { ...computeDeadline(state.receivedAt!, rule, ctx.calendar), purpose: 'ANSWER', reason: 'RECEIPT' }),
  ];
}

type AnswerData = Extract<ComplaintCommand, { type: 'answerRequest' }>['data'];

/**
 * KPA art. 244, 247 (summary, see docs/law.md): the requester is told how the request was dealt with: the actions
 * taken on it, or the reasons for not taking them (both, when some were taken); and, as art. 247 allows, that a
 * requester dissatisfied with that may complain. The instruction is the decider's, not the clerk's.
 */
export function answerRequest(data: AnswerData, state: ComplaintState, ctx: DecisionContext): ComplaintEvent[] {
  if (data.actionsTaken === null && data.reasonsNotTaken === null) {
    throw new RuleViolated(
      'KPA-244-answer-content',
      'The answer to a request states the actions taken on it, or the reasons for not taking them (KPA art. 244, 247): write at least one.',
    );
  }
  if (state.openMediations.length > 0) {
    throw new RuleViolated('KPA-96e-mediation-pending', 'A mediation is under way: the case stays postponed until it ends (KPA art. 96e).');
  }
  return [
    event('RequestAnswered', {
      ...data,
      complaintInstruction: requestComplaintInstruction,
      body: ctx.officeName,
      answeredAt: ctx.now,
      basedOnRevision: state.revision,
    }),
  ];
}
