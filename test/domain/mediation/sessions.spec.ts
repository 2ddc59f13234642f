import { describe, it } from 'vitest';
import { mediationDecider } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { asMediator, cmd, ctx, held, scheduled, underway } from './fixtures.js';

const given = specification(mediationDecider);
const record = (sessionId: string, heldAt = '2025-03-25T10:00:00+01:00', attendees = ['p-wiśniewska', 'p-urząd']) =>
  cmd('recordMediationSession', { sessionId, heldAt, attendees });
const cancelled = { type: 'MediationSessionCancelled' as const, data: { sessionId: 's-1', reason: 'Choroba skarżącej.' } };
const later = asMediator('2025-03-26T09:00:00+01:00');

// A session held is one that was scheduled and not cancelled; it records time, place and attendees (KPA art. 96j).
describe('sessions', () => {
  it('session-not-scheduled: a session is scheduled before it is held', () => {
    given(underway).when(record('s-1'), later).thenRefuses('session-not-scheduled');
  });
  it('session-cancelled: a cancelled session is not held, nor cancelled again', () => {
    given([...underway, scheduled('s-1'), cancelled])
      .when(record('s-1'), later)
      .thenRefuses('session-cancelled');
    given([...underway, scheduled('s-1'), cancelled])
      .when(cmd('cancelMediationSession', { sessionId: 's-1', reason: 'Pomyłka.' }), ctx())
      .thenRefuses('session-cancelled');
  });
  it('session-already-held: a held session is recorded once and not cancelled afterwards', () => {
    given([...underway, scheduled('s-1'), held('s-1')])
      .when(record('s-1'), later)
      .thenRefuses('session-already-held');
    given([...underway, scheduled('s-1'), held('s-1')])
      .when(cmd('cancelMediationSession', { sessionId: 's-1', reason: 'Pomyłka.' }), ctx())
      .thenRefuses('session-already-held');
  });
  it('session-held-in-future: only a session that took place is recorded as held', () => {
    given([...underway, scheduled('s-1')])
      .when(record('s-1', '2025-03-27T10:00:00+01:00'), later)
      .thenRefuses('session-held-in-future');
  });
  it('session-exists: each session has its own id', () => {
    given([...underway, scheduled('s-1')])
      .when(cmd('scheduleMediationSession', { sessionId: 's-1', startsAt: '2025-04-01T10:00:00+02:00', place: 'Sala nr 3' }), ctx())
      .thenRefuses('session-exists');
  });
  it('not-a-party: attendees are parties to the mediation', () => {
    given([...underway, scheduled('s-1')])
      .when(record('s-1', undefined, ['p-wiśniewska', 'p-dziennikarz']), later)
      .thenRefuses('not-a-party');
  });
});
