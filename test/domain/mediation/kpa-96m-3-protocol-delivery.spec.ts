import { describe, it } from 'vitest';
import { mediationDecider, type MediationEvent } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { cmd, ctx, held, protocolFiled, scheduled, underway } from './fixtures.js';

const given = specification(mediationDecider);
/** Filed on 8 April 2025 at noon, naming both parties. */
const filed = [...underway, scheduled('s-1'), held('s-1'), protocolFiled()];
const ended: MediationEvent = {
  type: 'MediationEnded',
  data: { result: 'AGREEMENT', endedBecause: 'RESULT', endedAt: '2025-04-08T13:00:00+02:00' },
};
const deliver = (partyId: string, deliveredAt = '2025-04-10T10:00:00+02:00') =>
  cmd('recordProtocolDelivery', { partyId, how: 'DELIVERED', deliveredAt });
const delivered = (partyId: string): MediationEvent => ({
  type: 'MediationProtocolDelivered',
  data: { partyId, how: 'DELIVERED', deliveredAt: '2025-04-10T10:00:00+02:00' },
});
const now = ctx('2025-04-11T09:00:00+02:00');

// KPA art. 96m § 3 (summary, see docs/law.md): the protocol is delivered to the participants of the mediation.
describe('KPA-96m-3: the protocol is delivered to each participant, and each delivery is recorded', () => {
  it('records the delivery to one participant, also once the mediation has ended', () => {
    given([...filed, ended])
      .when(deliver('p-wiśniewska'), now)
      .then([
        {
          type: 'MediationProtocolDelivered',
          data: { partyId: 'p-wiśniewska', how: 'DELIVERED', deliveredAt: '2025-04-10T10:00:00+02:00' },
        },
      ]);
  });

  it('records each participant’s delivery on its own', () => {
    given([...filed, delivered('p-wiśniewska')])
      .when(deliver('p-urząd'), now)
      .then([{ type: 'MediationProtocolDelivered', data: { partyId: 'p-urząd' } }]);
  });

  it('is refused before the protocol is filed', () => {
    given([...underway, scheduled('s-1'), held('s-1')])
      .when(deliver('p-wiśniewska'), now)
      .thenRefuses('KPA-96m-3-protocol-not-filed');
  });

  it('is refused for a party the protocol does not name as a participant', () => {
    given([...underway, protocolFiled({ participants: ['p-urząd'], signedBy: ['p-urząd'] })])
      .when(deliver('p-wiśniewska'), now)
      .thenRefuses('KPA-96m-3-not-a-participant');
  });

  it('is refused for someone who is no party at all', () => {
    given(filed).when(deliver('p-żółkiewski'), now).thenRefuses('not-a-party');
  });

  it('is recorded once per participant', () => {
    given([...filed, delivered('p-wiśniewska')])
      .when(deliver('p-wiśniewska'), now)
      .thenRefuses('protocol-already-delivered');
  });

  it('is refused on a day before the filing, or in the future', () => {
    given(filed).when(deliver('p-urząd', '2025-04-07T10:00:00+02:00'), now).thenRefuses('delivered-before-protocol');
    given(filed).when(deliver('p-urząd', '2025-04-12T10:00:00+02:00'), now).thenRefuses('delivered-in-future');
  });
});
