import { describe, it } from 'vitest';
import { mediationDecider } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { cmd, consented, ctx, proposed } from './fixtures.js';

const given = specification(mediationDecider);
// Proposed on Monday 10 March 2025: 14 days from the proposal end on Monday 24 March.
const consent = (data: { givenAt?: string | null; noticeDeliveredAt?: string | null } = {}) =>
  cmd('recordMediationConsent', { partyId: 'p-wiśniewska', consent: true, reason: null, givenAt: null, noticeDeliveredAt: null, ...data });

// KPA art. 96b § 3: the parties have 14 days from the delivery of the notice to consent; art. 96c: without consent in
// that term the mediation is not held.
describe('KPA-96b-3 / KPA-96c: consent out of time ends the mediation', () => {
  it('a consent within 14 days of the proposal is on time, whenever the notice was delivered', () => {
    given([proposed])
      .when(consent(), ctx('2025-03-24T15:00:00+01:00'))
      .then([{ type: 'MediationConsentGiven', data: { partyId: 'p-wiśniewska', givenAt: '2025-03-24T15:00:00+01:00' } }]);
  });

  it('a later consent needs the day the notice was delivered, from which the 14 days run', () => {
    given([proposed]).when(consent(), ctx('2025-03-26T09:00:00+01:00')).thenRefuses('KPA-96b-3-notice-delivery');
  });

  it('is on time within 14 days of delivery: delivered 13 March, consent on 27 March', () => {
    given([proposed])
      .when(consent({ noticeDeliveredAt: '2025-03-13T12:00:00+01:00' }), ctx('2025-03-27T09:00:00+01:00'))
      .then([{ type: 'MediationConsentGiven', data: { noticeDeliveredAt: '2025-03-13T12:00:00+01:00' } }]);
  });

  it('after 14 days from delivery the consent is not accepted and the mediation is not held', () => {
    given([proposed, consented('p-urząd')])
      .when(consent({ noticeDeliveredAt: '2025-03-11T12:00:00+01:00' }), ctx('2025-03-26T09:00:00+01:00'))
      .then([
        {
          type: 'MediationConsentOutOfTime',
          data: {
            partyId: 'p-wiśniewska',
            givenAt: '2025-03-26T09:00:00+01:00',
            consentDue: { dueDate: '2025-03-25', rule: 'KPA-96b-consent-14-days' },
          },
        },
        { type: 'MediationEnded', data: { result: 'WITHDRAWN', endedBecause: 'CONSENT_TIME_LIMIT' } },
      ]);
  });

  it('judges the consent by the day it was given, not the day it was recorded (a letter posted on the last day)', () => {
    given([proposed])
      .when(consent({ givenAt: '2025-03-24T18:00:00+01:00' }), ctx('2025-03-27T09:00:00+01:00'))
      .then([{ type: 'MediationConsentGiven', data: { givenAt: '2025-03-24T18:00:00+01:00' } }]);
  });

  it('refuses an answer dated in the future, and a delivery before the proposal or after the answer', () => {
    given([proposed])
      .when(consent({ givenAt: '2025-03-21T09:00:00+01:00' }), ctx('2025-03-20T09:00:00+01:00'))
      .thenRefuses('consent-in-future');
    given([proposed])
      .when(consent({ noticeDeliveredAt: '2025-03-07T09:00:00+01:00' }), ctx('2025-03-20T09:00:00+01:00'))
      .thenRefuses('notice-delivery-date');
    given([proposed])
      .when(
        consent({ noticeDeliveredAt: '2025-03-19T09:00:00+01:00', givenAt: '2025-03-18T09:00:00+01:00' }),
        ctx('2025-03-20T09:00:00+01:00'),
      )
      .thenRefuses('notice-delivery-date');
  });
});
