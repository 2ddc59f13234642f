import { RuleViolated } from '../../errors.js';
import { computeDeadline } from '../deadlines/index.js';
import { event, isLater } from '../events.js';
import type { ComplaintCommand, DecisionContext } from './commands.js';
import { refuseForwardingAgainstCompetence, sameBody } from './competence.js';
import { forwardingDataDisclosure } from './notices.js';
import type { ComplaintState } from './state.js';
import type { ComplaintEvent } from './events.js';

type ForwardData = Extract<ComplaintCommand, { type: 'forwardComplaint' }>['data'];

/**
 * KPA art. 231: a body that is not competent forwards the complaint to the competent one within 7 days, telling the
 * complainant, or indicates that body to them instead. Art. 232 § 1 ⚖: the competent body may pass it to a lower body
 * for examination, unless the complaint concerns that very body; § 2 ⚖: a complaint about an employee is not passed
 * to that employee, so it goes to their superior. Whenever the complaint itself leaves the office, the complainant's
 * notice says that their personal data in it go with it (art. 13 and 14 RODO), in words the decider writes.
 */
export function forwardComplaint(data: ForwardData, state: ComplaintState, ctx: DecisionContext): ComplaintEvent[] {
  refuseForwardingAgainstCompetence(data, state);
  if (data.mode === 'LOWER_BODY' && state.concernedUnit !== null && sameBody(data.toBody, state.concernedUnit)) {
    throw new RuleViolated(
      'KPA-232-1-concerns-lower-body',
      `The complaint is about ${state.concernedUnit}, so it cannot be passed to that body to examine (KPA art. 232 § 1): examine it here, or forward it to the body competent under art. 229.`,
    );
  }
  if (data.mode === 'EMPLOYEE_SUPERIOR' && state.concernedStaffId === null) {
    throw new RuleViolated(
      'KPA-232-2-no-employee',
      'The complaint names no employee it is about, so there is no employee’s superior to pass it to: forward it to the competent body instead.',
    );
  }
  const forwardDue = computeDeadline(state.receivedAt!, 'KPA-231-forward-7-days', ctx.calendar);
  return [
    event('ComplaintForwarded', {
      ...data,
      forwardDue,
      withinDeadline: !isLater(ctx.now, forwardDue.dueAt),
      // Indicating the competent body passes nothing on, so no data of the complainant is disclosed.
      ...(data.mode === 'INDICATED' ? {} : { dataDisclosure: forwardingDataDisclosure(data.toBody) }),
    }),
  ];
}
