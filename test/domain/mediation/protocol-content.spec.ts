import { describe, it } from 'vitest';
import { mediationDecider } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { asMediator, cmd, held, protocolData, protocolFiled, scheduled, underway } from './fixtures.js';

const given = specification(mediationDecider);
const afterSession = [...underway, scheduled('s-1'), held('s-1')];
const file = (data: Partial<typeof protocolData>) => cmd('fileMediationProtocol', { ...protocolData, ...data });
const now = asMediator('2025-03-25T13:00:00+01:00');

// KPA art. 96m § 2: participants, arrangements, and every participant's signature or why one is missing.
describe('KPA-96m-protocol-content', () => {
  it('files a complete protocol', () => {
    given(afterSession)
      .when(file({}), now)
      .then([
        {
          type: 'MediationProtocolFiled',
          data: { participants: ['p-wiśniewska', 'p-urząd'], place: 'Białystok, ul. Słonimska 1', filedAt: '2025-03-25T13:00:00+01:00' },
        },
      ]);
  });
  it('refuses a protocol without participants', () => {
    given(afterSession)
      .when(file({ participants: [], signedBy: [] }), now)
      .thenRefuses('KPA-96m-protocol-content');
  });
  it('refuses a missing signature without the reason', () => {
    given(afterSession)
      .when(file({ signedBy: ['p-urząd'] }), now)
      .thenRefuses('KPA-96m-protocol-content');
  });
  it('accepts a missing signature with the reason', () => {
    given(afterSession)
      .when(file({ signedBy: ['p-urząd'], missingSignatureReason: 'Skarżąca złamała rękę i nie może się podpisać.' }), now)
      .then([
        {
          type: 'MediationProtocolFiled',
          data: { signedBy: ['p-urząd'], missingSignatureReason: 'Skarżąca złamała rękę i nie może się podpisać.' },
        },
      ]);
  });
  it('refuses a signature of someone not named as a participant', () => {
    given(afterSession)
      .when(file({ participants: ['p-urząd'], signedBy: ['p-urząd', 'p-wiśniewska'] }), now)
      .thenRefuses('KPA-96m-protocol-content');
  });
  it('names only parties to the mediation', () => {
    given(afterSession)
      .when(file({ participants: ['p-wiśniewska', 'p-sąsiad'] }), now)
      .thenRefuses('not-a-party');
  });
  it('a protocol without arrangements records a mediation that reached none', () => {
    given(afterSession)
      .when(file({ arrangements: [] }), now)
      .then([{ type: 'MediationProtocolFiled', data: { arrangements: [] } }]);
  });
  it('is filed once', () => {
    given([...afterSession, protocolFiled()])
      .when(file({}), now)
      .thenRefuses('protocol-already-filed');
  });
});
