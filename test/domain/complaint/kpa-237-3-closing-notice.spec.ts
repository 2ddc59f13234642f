import { describe, it } from 'vitest';
import { complaintDecider, type ComplaintEvent, type ComplaintCommand } from '../../../services/domain/complaint/index.js';
import { specification } from '../../support/given-when-then.js';
import { ctx, decided, received, signer } from './fixtures.js';

const given = specification(complaintDecider);
const close: ComplaintCommand = { type: 'closeComplaint', data: {} };
const notified: ComplaintEvent = { type: 'ComplainantNotified', data: { channel: 'LETTER', notifiedAt: '2025-03-21T09:00:00+01:00' } };
const left = (reason: 'ANONYMOUS' | 'NOT_SUPPLEMENTED'): ComplaintEvent => ({
  type: 'ComplaintLeftUnexamined',
  data: { reason, explanation: 'Brak danych.' },
});

// KPA art. 237 § 3: "O sposobie załatwienia skargi zawiadamia się skarżącego."; art. 238 § 1: what that notice says.
describe('KPA-237-3-notice-before-closing', () => {
  it('refuses to close a decided complaint whose complainant was not notified', () => {
    given([...received(), decided])
      .when(close, ctx())
      .thenRefuses('KPA-237-3-notice-before-closing');
  });

  it('closes once the notice is recorded, with no exemption to state', () => {
    given([...received(), decided, notified])
      .when(close, ctx())
      .then([{ type: 'ComplaintClosed', data: { noticeExemption: null } }]);
  });

  it('refuses to close a complaint left unexamined for want of a supplement without telling the complainant', () => {
    given([...received(), left('NOT_SUPPLEMENTED')])
      .when(close, ctx())
      .thenRefuses('KPA-237-3-notice-before-closing');
  });

  it('closes an anonymous complaint without a notice, saying so: there is no one to send it to', () => {
    given([...received({ complainant: null, identifiable: false }), left('ANONYMOUS')])
      .when(close, ctx())
      .then([{ type: 'ComplaintClosed', data: { noticeExemption: 'ANONYMOUS' } }]);
  });

  it('art. 239 § 1: a kept prior position closes without notifying the complainant', () => {
    const kept: ComplaintEvent = {
      type: 'PriorPositionKept',
      data: { note: 'Bez nowych okoliczności.', priorDisputeId: null, signer, basedOnRevision: 1 },
    };
    given([...received(), kept])
      .when(close, ctx())
      .then([{ type: 'ComplaintClosed', data: { noticeExemption: 'PRIOR_POSITION_KEPT' } }]);
  });

  it('a withdrawn complaint closes without a notice', () => {
    given([...received(), { type: 'ComplaintWithdrawn', data: { reason: null } }])
      .when(close, ctx())
      .then([{ type: 'ComplaintClosed', data: { noticeExemption: 'WITHDRAWN' } }]);
  });

  it('art. 231: a forwarded complaint closes on the notice of forwarding', () => {
    const forwarded: ComplaintEvent = {
      type: 'ComplaintForwarded',
      data: {
        toBody: 'Wojewoda Podlaski',
        reason: 'Właściwość.',
        noticeToComplainant: 'Skargę przekazano.',
        forwardDue: { dueDate: '2025-03-10', dueAt: '2025-03-10T23:59:59.999+01:00', rule: 'KPA-231-forward-7-days', calendarVersion: 'v' },
        withinDeadline: true,
      },
    };
    given([...received(), forwarded])
      .when(close, ctx())
      .then([{ type: 'ComplaintClosed', data: { noticeExemption: 'FORWARDED_WITH_NOTICE' } }]);
  });

  it('a reopened complaint needs a new notice for its new settlement', () => {
    const history: ComplaintEvent[] = [
      ...received(),
      decided,
      notified,
      { type: 'ComplaintClosed', data: { closedAt: '2025-03-22T09:00:00+01:00' } },
      { type: 'ComplaintReopened', data: { newCircumstances: 'Nowe zaświadczenie.' } },
      decided,
    ];
    given(history).when(close, ctx('2025-04-20T09:00:00+02:00')).thenRefuses('KPA-237-3-notice-before-closing');
  });
});
