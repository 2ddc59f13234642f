import type { ComplaintKind } from '../../../schema/events/complaint-events.js';
import { RuleViolated } from '../../errors.js';
import { event } from '../events.js';
import type { ComplaintCommand, DecisionContext } from './commands.js';
import type { ComplaintState } from './state.js';
import type { ComplaintEvent } from './events.js';

type TreatData = Extract<ComplaintCommand, { type: 'treatInProceedings' }>['data'];

/**
 * What the classification (art. 233–236, 240 KPA ⚖) takes away from the complaint path: a complaint in a pending case
 * is examined in that case, one against a final decision as a request to reopen the proceedings or to declare the
 * decision void, and a matter a special act governs goes where that act sends it. None of them is answered on its
 * merits as a complaint, nor by keeping a prior position: the decider refuses, citing the article.
 */
export function refuseByClassification(type: 'decideComplaint' | 'keepPriorPosition', kind: ComplaintKind | null) {
  const done = type === 'decideComplaint' ? 'decided' : 'answered by keeping a prior position';
  if (kind === 'IN_PENDING_CASE') {
    throw new RuleViolated(
      'KPA-234-pending-case',
      `A complaint in a case still pending is examined in that case (KPA art. 233–234), not ${done} as a complaint: record that it went into the case (treatInProceedings), or classify it again if it is not about a pending case.`,
    );
  }
  if (kind === 'AGAINST_FINAL_DECISION') {
    throw new RuleViolated(
      'KPA-235-final-decision',
      `A complaint against a final decision is treated as a request to reopen the proceedings or to declare the decision void (KPA art. 235–236), not ${done} as a complaint: record which (treatInProceedings), or classify it again.`,
    );
  }
  if (kind === 'OUTSIDE_KPA') {
    throw new RuleViolated(
      'KPA-240-outside-kpa',
      `A matter for which a special act sets its own procedure is not examined under Dział VIII KPA (art. 240), so it is not ${done} here: forward it to the body that act names (art. 231), or classify it again.`,
    );
  }
}

const routesByKind: Record<TreatData['route'], ComplaintKind> = {
  PENDING_CASE: 'IN_PENDING_CASE',
  REOPENING: 'AGAINST_FINAL_DECISION',
  ANNULMENT: 'AGAINST_FINAL_DECISION',
};

/** KPA art. 233–236: the complaint leaves the complaint path for the proceedings it belongs to, which settles it here. */
export function treatInProceedings(data: TreatData, state: ComplaintState, ctx: DecisionContext): ComplaintEvent[] {
  if (state.kind !== routesByKind[data.route]) {
    throw new RuleViolated(
      'KPA-233-236-classification',
      data.route === 'PENDING_CASE'
        ? 'Only a complaint classified as made in a pending case goes into that case (KPA art. 233–234): classify it so first.'
        : 'Only a complaint classified as against a final decision is treated as a request to reopen or to annul (KPA art. 235–236): classify it so first.',
    );
  }
  return [event('ComplaintTreatedInProceedings', { ...data, treatedAt: ctx.now })];
}
