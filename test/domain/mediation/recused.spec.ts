import { describe, it } from 'vitest';
import { mediationDecider } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { asMediator, cmd, ctx, listEntry, mediator, scheduled, underway } from './fixtures.js';

const given = specification(mediationDecider);
const recused = {
  type: 'MediatorRecused' as const,
  data: { mediatorUserId: mediator.userId, reason: 'Skarżąca jest moją dawną sąsiadką.' },
};

// KPA art. 96g: the mediator discloses what could cast doubt on their impartiality, and withdraws if in doubt.
describe('KPA-96g-recused', () => {
  it('the mediator discloses circumstances that could affect impartiality', () => {
    given(underway)
      .when(cmd('recordMediatorDisclosure', { circumstances: 'Skarżąca jest moją dawną sąsiadką.' }), asMediator())
      .then([
        {
          type: 'MediatorImpartialityDisclosed',
          data: { mediatorUserId: mediator.userId, circumstances: 'Skarżąca jest moją dawną sąsiadką.' },
        },
      ]);
  });
  it('the mediator withdraws', () => {
    given(underway)
      .when(cmd('recuseMediator', { reason: 'Skarżąca jest moją dawną sąsiadką.' }), asMediator())
      .then([recused]);
  });
  it('a recused mediator can record nothing more: for them the mediation is no longer there (art. 96j)', () => {
    given([...underway, scheduled('s-1'), recused])
      .when(
        cmd('recordMediationSession', { sessionId: 's-1', heldAt: '2025-03-25T10:00:00+01:00', attendees: ['p-urząd'] }),
        asMediator('2025-03-26T09:00:00+01:00'),
      )
      .thenFails('NOT_FOUND');
  });
  it('nor be appointed again to the same mediation', () => {
    given([...underway, recused])
      .when(cmd('appointMediator', { mediatorUserId: mediator.userId, mediatorName: mediator.name, listEntry }), ctx())
      .thenRefuses('KPA-96g-recused');
  });
  it('sessions wait for a new mediator', () => {
    given([...underway, recused])
      .when(cmd('scheduleMediationSession', { sessionId: 's-1', startsAt: '2025-03-28T10:00:00+01:00', place: 'Sala nr 12' }), ctx())
      .thenRefuses('mediator-not-appointed');
  });
  it('a new mediator continues within the same two months', () => {
    given([...underway, recused])
      .when(
        cmd('appointMediator', { mediatorUserId: 'u-zięba', mediatorName: 'Tomasz Zięba', listEntry }),
        ctx('2025-04-01T09:00:00+02:00'),
      )
      .then([{ type: 'MediatorAppointed', data: { mediatorUserId: 'u-zięba', postponedUntil: { dueDate: '2025-05-14' } } }]);
  });
  it('only an appointed mediator can withdraw', () => {
    given([...underway, recused])
      .when(cmd('recuseMediator', { reason: 'Wniosek skarżącej o zmianę mediatora.' }), ctx())
      .thenRefuses('mediator-not-appointed');
  });
});
