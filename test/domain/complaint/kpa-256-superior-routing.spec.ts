import { describe, expect, it } from 'vitest';
import { complaintDecider, type ComplaintCommand, type ComplaintEvent } from '../../../services/domain/complaint/index.js';
import { fold } from '../../../services/domain/decider.js';
import { specification } from '../../support/given-when-then.js';
import { ctx, received } from './fixtures.js';

const given = specification(complaintDecider);
const route = (superiorId = 'u-zielinska', superiorName = 'Grażyna Zielińska'): ComplaintCommand => ({
  type: 'routeToSuperior',
  data: { superiorId, superiorName },
});
const routed: ComplaintEvent = {
  type: 'ComplaintRoutedToSuperior',
  data: {
    concernedStaffId: 'u-kowalczyk',
    superiorId: 'u-zielinska',
    superiorName: 'Grażyna Zielińska',
    routedAt: '2025-03-05T09:00:00+01:00',
    routingDue: { dueDate: '2025-03-10', dueAt: '2025-03-10T23:59:59.999+01:00', rule: 'KPA-231-forward-7-days', calendarVersion: 'v' },
    withinDeadline: true,
  },
};

// KPA art. 256 ⚖ (the number for a lawyer to check): a complaint about an employee is examined by their superior,
// never by the employee; passed on within 7 days of receipt (art. 231's term, by analogy).
describe('KPA-256: a complaint about an employee goes to their superior', () => {
  it('records to whom, when, and the 7 days from receipt (3 March 2025: by 10 March) it had to happen in', () => {
    given(received())
      .when(route(), ctx('2025-03-05T09:00:00+01:00'))
      .then([
        {
          type: 'ComplaintRoutedToSuperior',
          data: {
            concernedStaffId: 'u-kowalczyk',
            superiorId: 'u-zielinska',
            superiorName: 'Grażyna Zielińska',
            routedAt: '2025-03-05T09:00:00+01:00',
            routingDue: { dueDate: '2025-03-10', rule: 'KPA-231-forward-7-days' },
            withinDeadline: true,
          },
        },
      ]);
  });

  it('says so when the routing came after the 7 days', () => {
    given(received())
      .when(route(), ctx('2025-03-11T08:00:00+01:00'))
      .then([{ type: 'ComplaintRoutedToSuperior', data: { withinDeadline: false } }]);
  });

  it('is refused when the complaint names no employee', () => {
    given(received({ concernedStaffId: null }))
      .when(route(), ctx())
      .thenRefuses('KPA-256-no-employee');
  });

  it('is refused to the employee complained about', () => {
    given(received()).when(route('u-kowalczyk', 'Jan Kowalczyk'), ctx()).thenRefuses('KPA-256-superior-is-complained-about');
  });

  it('may go to another superior, but not twice to the same one', () => {
    given([...received(), routed])
      .when(route(), ctx())
      .thenRefuses('already-routed');
    given([...received(), routed])
      .when(route('u-wasilewski', 'Łukasz Wasilewski'), ctx())
      .then([{ type: 'ComplaintRoutedToSuperior', data: { superiorId: 'u-wasilewski' } }]);
  });

  it('still keeps the employee complained about from being assigned after the routing', () => {
    given([...received(), routed])
      .when({ type: 'assignComplaint', data: { assigneeId: 'u-kowalczyk', assigneeName: 'Jan Kowalczyk' } }, ctx())
      .thenRefuses('KPA-256-complained-about');
    expect(fold(complaintDecider, [...received(), routed]).superiorId).toBe('u-zielinska');
  });

  it('is refused on a settled complaint, like every step but notifying and closing', () => {
    const forwarded: ComplaintEvent = {
      type: 'ComplaintForwarded',
      data: {
        toBody: 'Wojewoda Podlaski',
        reason: 'Właściwość.',
        noticeToComplainant: 'Przekazano.',
        forwardDue: routed.data.routingDue,
        withinDeadline: true,
      } as never,
    };
    given([...received(), forwarded])
      .when(route(), ctx())
      .thenRefuses('complaint-settled');
  });
});
