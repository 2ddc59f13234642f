import { describe, it } from 'vitest';
import { mediationDecider } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { asMediator, cmd, ctx, proposed, proposal, underway } from './fixtures.js';

const given = specification(mediationDecider);
const ended = {
  type: 'MediationEnded' as const,
  data: { result: 'NO_AGREEMENT' as const, endedBecause: 'RESULT' as const, endedAt: '2025-04-09T09:00:00+02:00' },
};
const refusedAndEnded = [
  proposed,
  { type: 'MediationConsentRefused' as const, data: { partyId: 'p-wiśniewska', reason: null } },
  { ...ended, data: { ...ended.data, result: 'WITHDRAWN' as const, endedBecause: 'CONSENT_REFUSED' as const } },
];

describe('mediation-ended: nothing is recorded after the end', () => {
  it('no session, no protocol, no second end', () => {
    given([...underway, ended])
      .when(cmd('scheduleMediationSession', { sessionId: 's-1', startsAt: '2025-04-10T10:00:00+02:00', place: 'Sala nr 12' }), ctx())
      .thenRefuses('mediation-ended');
    given([...underway, ended])
      .when(
        cmd('fileMediationProtocol', {
          arrangements: [],
          participants: ['p-urząd'],
          signedBy: ['p-urząd'],
          missingSignatureReason: null,
          place: 'Sala nr 12',
          mediatorAddress: 'ul. Lipowa 5, Białystok',
          mediatorSigned: true,
        }),
        asMediator(),
      )
      .thenRefuses('mediation-ended');
    given([...underway, ended])
      .when(cmd('endMediation', { result: 'AGREEMENT' }), ctx())
      .thenRefuses('mediation-ended');
  });
  it('after a refusal, no further consent', () => {
    given(refusedAndEnded)
      .when(
        cmd('recordMediationConsent', { partyId: 'p-urząd', consent: true, reason: null, givenAt: null, noticeDeliveredAt: null }),
        ctx(),
      )
      .thenRefuses('mediation-ended');
  });
});

describe('the mediation itself', () => {
  it('is proposed once', () => {
    given([proposed]).when(cmd('proposeMediation', proposal), ctx()).thenRefuses('already-proposed');
  });
  it('a command on a mediation that does not exist is NOT_FOUND', () => {
    given([])
      .when(cmd('endMediation', { result: 'WITHDRAWN' }), ctx())
      .thenFails('NOT_FOUND');
  });
});
