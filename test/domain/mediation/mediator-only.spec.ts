import { describe, it } from 'vitest';
import { mediationDecider } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { asMediator, cmd, ctx, held, mediator, protocolData, scheduled, underway } from './fixtures.js';

const given = specification(mediationDecider);
const otherMediator = ctx(undefined, { actor: { userId: 'u-zięba', name: 'Tomasz Zięba', role: 'MEDIATOR' } });
const recordSession = cmd('recordMediationSession', { sessionId: 's-1', heldAt: '2025-03-25T10:00:00+01:00', attendees: ['p-wiśniewska'] });

// What happens inside the mediation is recorded by its mediator (KPA art. 96g, 96j, 96m); the office runs the rest.
describe('mediator-only', () => {
  it('a clerk does not record a session, a disclosure or the protocol', () => {
    given([...underway, scheduled('s-1')])
      .when(recordSession, ctx('2025-03-26T09:00:00+01:00'))
      .thenRefuses('mediator-only');
    given(underway)
      .when(cmd('recordMediatorDisclosure', { circumstances: 'Znajomość ze stroną.' }), ctx())
      .thenRefuses('mediator-only');
    given([...underway, scheduled('s-1'), held('s-1')])
      .when(cmd('fileMediationProtocol', protocolData), ctx('2025-03-26T09:00:00+01:00'))
      .thenRefuses('mediator-only');
  });
  it('a mediator acts only in the mediation appointed to them: any other is, for them, not there (art. 96j)', () => {
    given([...underway, scheduled('s-1')])
      .when(recordSession, { ...otherMediator, now: '2025-03-26T09:00:00+01:00' })
      .thenFails('NOT_FOUND');
    given(underway)
      .when(cmd('endMediation', { result: 'NO_AGREEMENT' }), otherMediator)
      .thenFails('NOT_FOUND');
    given([
      ...underway,
      { type: 'MediationEnded', data: { result: 'NO_AGREEMENT', endedBecause: 'RESULT', endedAt: '2025-03-21T09:00:00+01:00' } },
    ])
      .when(cmd('endMediation', { result: 'NO_AGREEMENT' }), otherMediator)
      .thenFails('NOT_FOUND');
  });
  it('the appointed mediator records the session', () => {
    given([...underway, scheduled('s-1')])
      .when(recordSession, asMediator('2025-03-26T09:00:00+01:00'))
      .then([{ type: 'MediationSessionHeld', data: { sessionId: 's-1', attendees: ['p-wiśniewska'] } }]);
  });
  it('clerks may schedule and cancel sessions and end the mediation', () => {
    given([...underway, scheduled('s-1')])
      .when(cmd('cancelMediationSession', { sessionId: 's-1', reason: 'Choroba skarżącej.' }), ctx())
      .then([{ type: 'MediationSessionCancelled' }]);
    given(underway)
      .when(cmd('endMediation', { result: 'NO_AGREEMENT' }), ctx())
      .then([{ type: 'MediationEnded', data: { result: 'NO_AGREEMENT' } }]);
  });
  it('so may the appointed mediator', () => {
    given(underway)
      .when(cmd('endMediation', { result: 'WITHDRAWN' }), asMediator())
      .then([{ type: 'MediationEnded', data: { result: 'WITHDRAWN', endedBecause: 'RESULT' } }]);
    given(underway)
      .when(cmd('recuseMediator', { reason: 'Dawna znajomość ze skarżącą.' }), asMediator())
      .then([{ type: 'MediatorRecused', data: { mediatorUserId: mediator.userId } }]);
  });
});
