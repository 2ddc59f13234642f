import { describe, expect, it } from 'vitest';
import { mediationCommandInputSchemas } from '../../../schema/commands/mediation-commands.js';
import { mediationDecider } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { asMediator, cmd, held, mediationId, mediator, protocolData, scheduled, underway } from './fixtures.js';

const given = specification(mediationDecider);
const afterSession = [...underway, scheduled('s-1'), held('s-1')];
const now = asMediator('2025-03-25T13:00:00+01:00');

// KPA art. 96m § 2 (summary, see docs/law.md): place and time, the participants, the mediator with their address, the
// arrangements, and the signatures of the participants and of the mediator.
describe('KPA-96m: the protocol names the mediator with their address and carries their signature', () => {
  it('records the appointed mediator’s name, the address given and the signature', () => {
    given(afterSession)
      .when(cmd('fileMediationProtocol', protocolData), now)
      .then([
        {
          type: 'MediationProtocolFiled',
          data: {
            mediatorName: mediator.name,
            mediatorAddress: 'Kancelaria Mediacyjna, ul. Lipowa 5, 15-424 Białystok',
            mediatorSigned: true,
            place: 'Białystok, ul. Słonimska 1',
          },
        },
      ]);
  });

  it('is refused without the mediator’s signature', () => {
    given(afterSession)
      .when(cmd('fileMediationProtocol', { ...protocolData, mediatorSigned: false }), now)
      .thenRefuses('KPA-96m-mediator-signature');
  });

  it('art. 96m § 2 pt 1: the place is required, as is the mediator’s address (refused at the boundary, naming the field)', () => {
    const input = { mediationId, arrangements: [], participants: ['p-urząd'], signedBy: ['p-urząd'], mediatorSigned: true };
    const withoutPlace = mediationCommandInputSchemas.fileMediationProtocol.safeParse({ ...input, mediatorAddress: 'ul. Lipowa 5' });
    expect(withoutPlace.success).toBe(false);
    expect(withoutPlace.error!.issues.map((i) => i.path.join('.'))).toEqual(['place']);
    const withoutAddress = mediationCommandInputSchemas.fileMediationProtocol.safeParse({ ...input, place: 'Białystok, ul. Słonimska 1' });
    expect(withoutAddress.error!.issues.map((i) => i.path.join('.'))).toEqual(['mediatorAddress']);
  });
});
