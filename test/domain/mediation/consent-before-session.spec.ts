import { describe, it } from 'vitest';
import { mediationDecider } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { bothConsented, cmd, consented, ctx, proposed, underway } from './fixtures.js';

const given = specification(mediationDecider);
const schedule = cmd('scheduleMediationSession', {
  sessionId: 's-1',
  startsAt: '2025-03-25T10:00:00+01:00',
  place: 'Sala nr 12, ul. Słonimska 1',
});

// KPA art. 96b § 3, 96c: mediation is held only with every party's consent.
describe('KPA-96b-consent-before-session', () => {
  it('no session is scheduled while no party has consented', () => {
    given([proposed]).when(schedule, ctx()).thenRefuses('KPA-96b-consent-before-session');
  });
  it('nor while one party has not yet answered', () => {
    given([proposed, consented('p-wiśniewska')])
      .when(schedule, ctx())
      .thenRefuses('KPA-96b-consent-before-session');
  });
  it('once everyone consented, a session still waits for the mediator', () => {
    given(bothConsented).when(schedule, ctx()).thenRefuses('mediator-not-appointed');
  });
  it('with every consent and a mediator, the session is scheduled', () => {
    given(underway)
      .when(schedule, ctx())
      .then([{ type: 'MediationSessionScheduled', data: { sessionId: 's-1', place: 'Sala nr 12, ul. Słonimska 1' } }]);
  });
});
