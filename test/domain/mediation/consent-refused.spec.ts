import { describe, it } from 'vitest';
import { mediationDecider } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { cmd, consented, ctx, proposed } from './fixtures.js';

const given = specification(mediationDecider);

// KPA art. 96a § 2 (mediation is voluntary) and art. 96c (without consent it is not held).
describe('one refusal ends the mediation as not held', () => {
  it('records the refusal and ends the mediation as WITHDRAWN, because consent was refused', () => {
    given([proposed, consented('p-urząd')])
      .when(
        cmd('recordMediationConsent', {
          partyId: 'p-wiśniewska',
          consent: false,
          reason: 'Wolę, by urząd rozpatrzył skargę.',
          givenAt: null,
          noticeDeliveredAt: null,
        }),
        ctx(),
      )
      .then([
        { type: 'MediationConsentRefused', data: { partyId: 'p-wiśniewska', reason: 'Wolę, by urząd rozpatrzył skargę.' } },
        { type: 'MediationEnded', data: { result: 'WITHDRAWN', endedBecause: 'CONSENT_REFUSED', endedAt: '2025-03-20T09:00:00+01:00' } },
      ]);
  });
  it('a party answers once', () => {
    given([proposed, consented('p-urząd')])
      .when(
        cmd('recordMediationConsent', { partyId: 'p-urząd', consent: false, reason: null, givenAt: null, noticeDeliveredAt: null }),
        ctx(),
      )
      .thenRefuses('consent-already-recorded');
  });
  it('only a party to the mediation answers', () => {
    given([proposed])
      .when(
        cmd('recordMediationConsent', { partyId: 'p-sąsiad', consent: true, reason: null, givenAt: null, noticeDeliveredAt: null }),
        ctx(),
      )
      .thenRefuses('not-a-party');
  });
});
