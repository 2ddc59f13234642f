import { RuleViolated } from '../../errors.js';
import { computeDeadline } from '../deadlines/index.js';
import { event, isLater } from '../events.js';
import type { ComplaintCommand, DecisionContext } from './commands.js';
import type { ComplaintState } from './state.js';
import type { ComplaintEvent } from './events.js';

type RouteData = Extract<ComplaintCommand, { type: 'routeToSuperior' }>['data'];

/**
 * KPA art. 256 ⚖ (the number is for a lawyer to check): a complaint about an employee goes to their superior, who
 * examines it; the employee never does (`KPA-256-complained-about` keeps them from being assigned). Passed on without
 * delay, at the latest 7 days from receipt, as art. 231 sets for passing a complaint on: read by analogy ⚖.
 */
export function routeToSuperior(data: RouteData, state: ComplaintState, ctx: DecisionContext): ComplaintEvent[] {
  if (state.concernedStaffId === null) {
    throw new RuleViolated(
      'KPA-256-no-employee',
      'The complaint names no employee it is about, so there is no superior to route it to: record the employee at intake, or assign the complaint as usual.',
    );
  }
  if (data.superiorId === state.concernedStaffId) {
    throw new RuleViolated(
      'KPA-256-superior-is-complained-about',
      'The complaint is about this very employee, who cannot examine it (KPA art. 256): route it to their superior.',
    );
  }
  if (state.superiorId === data.superiorId)
    throw new RuleViolated('already-routed', 'The complaint has already been routed to this superior.');
  const routingDue = computeDeadline(state.receivedAt!, 'KPA-231-forward-7-days', ctx.calendar);
  return [
    event('ComplaintRoutedToSuperior', {
      concernedStaffId: state.concernedStaffId,
      superiorId: data.superiorId,
      superiorName: data.superiorName,
      routedAt: ctx.now,
      routingDue,
      withinDeadline: !isLater(ctx.now, routingDue.dueAt),
    }),
  ];
}
