import { describe, expect, it } from 'vitest';
import { complaintDecider, type ComplaintCommand } from '../../../services/domain/complaint/index.js';
import { specification } from '../../support/given-when-then.js';
import { cmd, ctx, received } from './fixtures.js';

const given = specification(complaintDecider);

/** Monday 10 March 2025: the summons is sent. */
const sentAt = '2025-03-10T09:00:00+01:00';
const summons = (instruction: string | undefined = 'Pouczenie z § 8 ust. 2.') => ({
  type: 'SupplementRequested' as const,
  data: { whatIsMissing: 'Numer sprawy, której dotyczy skarga', due: null, requestedAt: sentAt, ...(instruction ? { instruction } : {}) },
});
const deliveredOn = (deliveredAt: string, dueDate: string) => ({
  type: 'SupplementSummonsDelivered' as const,
  data: {
    how: 'DELIVERED' as const,
    deliveredAt,
    noticeLeftAt: null,
    due: { dueDate, dueAt: `${dueDate}T23:59:59.999+01:00`, rule: 'SUPPLEMENT-7-days', calendarVersion: 'v' },
  },
});
const leave = cmd('leaveUnexamined', { reason: 'NOT_SUPPLEMENTED', explanation: 'Skarżąca nie wskazała numeru sprawy.' });
const delivery = (data: Partial<Extract<ComplaintCommand, { type: 'recordSummonsDelivery' }>['data']>) =>
  cmd('recordSummonsDelivery', { how: 'DELIVERED', deliveredAt: null, noticeLeftAt: null, ...data });

// § 8 ust. 2 of the regulation of 8 January 2002: "w terminie 7 dni od dnia otrzymania wezwania", with the instruction
// that the complaint will otherwise be left unexamined.
describe('REG-2002-8-2: the summons to supplement', () => {
  it('carries the instruction that an unsupplemented complaint is left unexamined, and no due date until it is delivered', () => {
    given(received())
      .when(cmd('requestSupplement', { whatIsMissing: 'Numer sprawy' }), ctx(sentAt))
      .then([
        {
          type: 'SupplementRequested',
          data: { due: null, requestedAt: sentAt, instruction: expect.stringMatching(/§ 8 ust\. 2.*pozostawienie skargi bez rozpoznania/) },
        },
      ]);
  });

  it('counts the 7 days from the delivery, not from the request', () => {
    // Delivered on Thursday 13 March: the 7 days end on Thursday 20 March.
    given([...received(), summons()])
      .when(delivery({ deliveredAt: '2025-03-13T11:20:00+01:00' }), ctx('2025-03-14T09:00:00+01:00'))
      .then([
        {
          type: 'SupplementSummonsDelivered',
          data: { how: 'DELIVERED', deliveredAt: '2025-03-13T11:20:00+01:00', due: { dueDate: '2025-03-20', rule: 'SUPPLEMENT-7-days' } },
        },
      ]);
  });

  it('counts from the electronic confirmation of receipt', () => {
    given([...received(), summons()])
      .when(delivery({ how: 'ELECTRONIC', deliveredAt: '2025-03-11T16:02:00+01:00' }), ctx('2025-03-12T09:00:00+01:00'))
      .then([{ type: 'SupplementSummonsDelivered', data: { how: 'ELECTRONIC', due: { dueDate: '2025-03-18' } } }]);
  });

  it('refuses to leave the complaint unexamined before the delivery is recorded', () => {
    given([...received(), summons()])
      .when(leave, ctx('2025-04-30T09:00:00+02:00'))
      .thenRefuses('REG-2002-8-2-delivery');
  });

  it('refuses to leave it unexamined until the 7 days from delivery have passed, and allows it the day after', () => {
    const facts = [...received(), summons(), deliveredOn('2025-03-13T11:20:00+01:00', '2025-03-20')];
    given(facts).when(leave, ctx('2025-03-20T15:00:00+01:00')).thenRefuses('REG-2002-8-supplement-window');
    given(facts)
      .when(leave, ctx('2025-03-21T08:00:00+01:00'))
      .then([{ type: 'ComplaintLeftUnexamined', data: { reason: 'NOT_SUPPLEMENTED' } }]);
  });

  it('refuses to leave it unexamined on a summons that lacked the instruction (recorded before it was enforced)', () => {
    const legacy = {
      type: 'SupplementRequested' as const,
      data: {
        whatIsMissing: 'Numer sprawy',
        due: { dueDate: '2025-03-17', dueAt: '2025-03-17T23:59:59.999+01:00', rule: 'SUPPLEMENT-7-days', calendarVersion: 'v' },
      },
    };
    given([...received(), legacy])
      .when(leave, ctx('2025-03-25T09:00:00+01:00'))
      .thenRefuses('REG-2002-8-2-instruction');
  });

  it('lets such a summons be sent again, with the instruction', () => {
    const legacy = {
      type: 'SupplementRequested' as const,
      data: {
        whatIsMissing: 'Numer sprawy',
        due: { dueDate: '2025-03-17', dueAt: '2025-03-17T23:59:59.999+01:00', rule: 'SUPPLEMENT-7-days', calendarVersion: 'v' },
      },
    };
    given([...received(), legacy])
      .when(cmd('requestSupplement', { whatIsMissing: 'Numer sprawy' }), ctx())
      .then([{ type: 'SupplementRequested', data: { instruction: expect.any(String) } }]);
    given([...received(), summons()])
      .when(cmd('requestSupplement', { whatIsMissing: 'Numer sprawy' }), ctx())
      .thenRefuses('supplement-pending');
  });

  it('records the delivery once, never before the summons was sent nor in the future', () => {
    const facts = [...received(), summons()];
    given([...facts, deliveredOn('2025-03-13T11:20:00+01:00', '2025-03-20')])
      .when(delivery({ deliveredAt: '2025-03-14T10:00:00+01:00' }), ctx('2025-03-15T09:00:00+01:00'))
      .thenRefuses('summons-already-delivered');
    given(facts)
      .when(delivery({ deliveredAt: '2025-03-07T10:00:00+01:00' }), ctx('2025-03-15T09:00:00+01:00'))
      .thenRefuses('delivered-before-summons');
    given(facts)
      .when(delivery({ deliveredAt: '2025-03-16T10:00:00+01:00' }), ctx('2025-03-15T09:00:00+01:00'))
      .thenRefuses('delivered-in-future');
    given(received())
      .when(delivery({ deliveredAt: '2025-03-13T10:00:00+01:00' }), ctx('2025-03-15T09:00:00+01:00'))
      .thenRefuses('supplement-not-requested');
  });
});

// KPA art. 44 § 1 pkt 1, § 4: a letter not collected is kept 14 days from the first notice; delivery is deemed made
// at the end of the last day of that period.
describe('KPA-44: presumed delivery of an uncollected summons', () => {
  it('is deemed delivered 14 days after the first notice, and the 7 days run from then', () => {
    // Notice left on Wednesday 12 March; 14 days end on Wednesday 26 March; 7 days then end on Wednesday 2 April.
    given([...received(), summons()])
      .when(delivery({ how: 'PRESUMED', noticeLeftAt: '2025-03-12T10:00:00+01:00' }), ctx('2025-03-27T09:00:00+01:00'))
      .then([
        {
          type: 'SupplementSummonsDelivered',
          data: {
            how: 'PRESUMED',
            noticeLeftAt: '2025-03-12T10:00:00+01:00',
            deliveredAt: '2025-03-26T23:59:59.999+01:00',
            due: { dueDate: '2025-04-02' },
          },
        },
      ]);
  });

  it('moves a presumed delivery falling on a holiday to the next working day, which only gives the complainant more time', () => {
    // Notice left on Monday 7 April 2025; day 14 is Easter Monday 21 April, so delivery is deemed on Tuesday 22 April.
    given([...received(), summons()])
      .when(delivery({ how: 'PRESUMED', noticeLeftAt: '2025-04-07T10:00:00+02:00' }), ctx('2025-04-23T09:00:00+02:00'))
      .then([
        { type: 'SupplementSummonsDelivered', data: { deliveredAt: '2025-04-22T23:59:59.999+02:00', due: { dueDate: '2025-04-29' } } },
      ]);
  });

  it('is refused while the 14 days of storage are still running', () => {
    given([...received(), summons()])
      .when(delivery({ how: 'PRESUMED', noticeLeftAt: '2025-03-12T10:00:00+01:00' }), ctx('2025-03-20T09:00:00+01:00'))
      .thenRefuses('KPA-44-presumption-not-yet');
  });
});
