import { describe, it } from 'vitest';
import { mediationDecider } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { cmd, ctx, held, protocolFiled, scheduled, underway } from './fixtures.js';

const given = specification(mediationDecider);
const afterSession = [...underway, scheduled('s-1'), held('s-1')];
const endWith = (result: 'AGREEMENT' | 'NO_AGREEMENT') => cmd('endMediation', { result });

// KPA art. 96m, 96n: an agreement is what the protocol's arrangements say; the office then settles the case by them.
describe('KPA-96m-agreement-protocol', () => {
  it('no agreement without a protocol', () => {
    given(afterSession).when(endWith('AGREEMENT'), ctx('2025-04-09T09:00:00+02:00')).thenRefuses('KPA-96m-agreement-protocol');
  });
  it('no agreement from a protocol without arrangements', () => {
    given([...afterSession, protocolFiled({ arrangements: [] })])
      .when(endWith('AGREEMENT'), ctx('2025-04-09T09:00:00+02:00'))
      .thenRefuses('KPA-96m-agreement-protocol');
  });
  it('without arrangements it ends with no agreement', () => {
    given([...afterSession, protocolFiled({ arrangements: [] })])
      .when(endWith('NO_AGREEMENT'), ctx('2025-04-09T09:00:00+02:00'))
      .then([{ type: 'MediationEnded', data: { result: 'NO_AGREEMENT' } }]);
  });
  it('with the arrangements filed it ends in an agreement', () => {
    given([...afterSession, protocolFiled()])
      .when(endWith('AGREEMENT'), ctx('2025-04-09T09:00:00+02:00'))
      .then([{ type: 'MediationEnded', data: { result: 'AGREEMENT', endedBecause: 'RESULT' } }]);
  });
});
