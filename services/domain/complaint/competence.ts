import { RuleViolated } from '../../errors.js';
import type { ComplaintCommand } from './commands.js';
import type { ComplaintState } from './state.js';

/** Bodies are named as people type them: the same name in other letter case or spacing is the same body. */
export const sameBody = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLocaleLowerCase('pl') === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase('pl');

type ForwardData = Extract<ComplaintCommand, { type: 'forwardComplaint' }>['data'];

/**
 * KPA art. 229 ⚖: the competent body, as the last classification recorded it, decides where the complaint goes. A
 * complaint another body is competent for is not answered here but forwarded to that body (art. 231); one this
 * office is competent for is not forwarded, nor indicated elsewhere (it may still be passed to a lower body, art. 232).
 */
export function refuseWhenNotCompetent(type: 'decideComplaint' | 'keepPriorPosition', state: ComplaintState) {
  if (state.competence?.here === false) {
    throw new RuleViolated(
      'KPA-229-not-competent',
      `The classification records ${state.competence.body} as the body competent to examine this complaint (KPA art. 229), so it is not ${type === 'decideComplaint' ? 'decided' : 'answered'} here: forward it there (art. 231), or classify it again.`,
    );
  }
}

export function refuseForwardingAgainstCompetence(data: ForwardData, state: ComplaintState) {
  if (state.competence === null || (data.mode !== 'COMPETENT_BODY' && data.mode !== 'INDICATED')) return;
  if (state.competence.here) {
    throw new RuleViolated(
      'KPA-229-competent-here',
      'The classification records this office as the body competent to examine the complaint (KPA art. 229): examine it, pass it to a lower body (art. 232 § 1), or classify it again.',
    );
  }
  if (!sameBody(data.toBody, state.competence.body)) {
    throw new RuleViolated(
      'KPA-229-other-body',
      `The classification records ${state.competence.body} as the competent body (KPA art. 229): forward the complaint there, or classify it again.`,
    );
  }
}
