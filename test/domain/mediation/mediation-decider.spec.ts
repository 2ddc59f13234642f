import { describe, expect, it } from 'vitest';
import { mediationEventSchemas } from '../../../schema/events/mediation-events.js';
import { event } from '../../../services/domain/events.js';
import { stored } from '../../support/stored.js';
import {
  decide,
  evolve,
  initialState,
  isMediationEvent,
  mediationDecider,
  type DecisionContext,
  type MediationCommand,
  type MediationEvent,
} from '../../../services/domain/mediation/index.js';
import {
  appointedAt,
  arrangements,
  asMediator,
  cmd,
  complaintId,
  ctx,
  listEntry,
  mediationId,
  mediator,
  proposal,
  protocolData,
} from './fixtures.js';

/** Runs the commands one after another, as the command handler would, and returns every event written. */
function play(steps: [MediationCommand, DecisionContext][]): MediationEvent[] {
  const log: MediationEvent[] = [];
  for (const [command, context] of steps) log.push(...decide(command, log.reduce(evolve, initialState()), context));
  return log;
}

describe('a mediation that ends in an agreement (KPA art. 96a–96n)', () => {
  const log = play([
    [cmd('proposeMediation', proposal), ctx('2025-03-10T09:00:00+01:00')],
    [
      cmd('recordMediationConsent', {
        partyId: 'p-wiśniewska',
        consent: true,
        reason: 'Chcę wyjaśnić sprawę w rozmowie.',
        givenAt: null,
        noticeDeliveredAt: null,
      }),
      ctx('2025-03-12T09:00:00+01:00'),
    ],
    [
      cmd('recordMediationConsent', { partyId: 'p-urząd', consent: true, reason: null, givenAt: null, noticeDeliveredAt: null }),
      ctx('2025-03-13T09:00:00+01:00'),
    ],
    [cmd('appointMediator', { mediatorUserId: mediator.userId, mediatorName: mediator.name, listEntry }), ctx(appointedAt)],
    [
      cmd('recordMediatorDisclosure', { circumstances: 'Przed pięciu laty prowadziłam szkolenie dla pracowników wydziału.' }),
      asMediator('2025-03-17T09:00:00+01:00'),
    ],
    [
      cmd('scheduleMediationSession', { sessionId: 's-1', startsAt: '2025-03-25T10:00:00+01:00', place: 'Sala nr 12, ul. Słonimska 1' }),
      asMediator('2025-03-17T09:30:00+01:00'),
    ],
    [
      cmd('recordMediationSession', { sessionId: 's-1', heldAt: '2025-03-25T10:05:00+01:00', attendees: ['p-wiśniewska', 'p-urząd'] }),
      asMediator('2025-03-25T12:00:00+01:00'),
    ],
    [
      cmd('scheduleMediationSession', { sessionId: 's-2', startsAt: '2025-04-08T10:00:00+02:00', place: 'Sala nr 12, ul. Słonimska 1' }),
      asMediator('2025-03-25T12:05:00+01:00'),
    ],
    [
      cmd('recordMediationSession', { sessionId: 's-2', heldAt: '2025-04-08T10:00:00+02:00', attendees: ['p-wiśniewska', 'p-urząd'] }),
      asMediator('2025-04-08T12:00:00+02:00'),
    ],
    [cmd('fileMediationProtocol', protocolData), asMediator('2025-04-08T12:30:00+02:00')],
    [cmd('endMediation', { result: 'AGREEMENT' }), ctx('2025-04-09T09:00:00+02:00')],
  ]);

  it('records every step, in order', () => {
    expect(log.map((e) => e.type)).toEqual([
      'MediationProposed',
      'MediationConsentGiven',
      'MediationConsentGiven',
      'MediatorAppointed',
      'MediatorImpartialityDisclosed',
      'MediationSessionScheduled',
      'MediationSessionHeld',
      'MediationSessionScheduled',
      'MediationSessionHeld',
      'MediationProtocolFiled',
      'MediationEnded',
    ]);
  });

  it('computes the consent window (art. 96b § 3) and the postponement (art. 96e § 1) with their rules', () => {
    expect(log[0]).toMatchObject({
      data: { mediationId, complaintId, consentDue: { dueDate: '2025-03-24', rule: 'KPA-96b-consent-14-days' } },
    });
    expect(log[3]).toMatchObject({ data: { postponedUntil: { dueDate: '2025-05-14', rule: 'KPA-96e-mediation-2-months' } } });
  });

  it('ends with the agreement and the protocol’s arrangements', () => {
    expect(log[9]).toMatchObject({ data: { arrangements, filedAt: '2025-04-08T12:30:00+02:00' } });
    expect(log.at(-1)).toMatchObject({
      type: 'MediationEnded',
      data: { result: 'AGREEMENT', endedBecause: 'RESULT', endedAt: '2025-04-09T09:00:00+02:00' },
    });
  });

  it('writes only events the catalogue accepts', () => {
    for (const e of log)
      expect(mediationEventSchemas[e.type as keyof typeof mediationEventSchemas].safeParse(e.data).success, e.type).toBe(true);
  });

  it('folds into an ended mediation', () => {
    expect(log.reduce(evolve, initialState())).toMatchObject({
      exists: true,
      revision: 10,
      status: 'ENDED',
      complaintId,
      mediatorUserId: mediator.userId,
      protocol: { hasArrangements: true },
    });
  });
});

describe('the mediation stream holds its own events only', () => {
  it('its decider cannot return a complaint’s or a person’s event, and its fold takes none from the store', () => {
    const closed = event('MediationClosed', { mediationId, result: 'AGREEMENT', excludedDays: 0 });
    const erased = event('SubjectDataErased', {
      subjectId: '5d1c3a1e-0f5e-4b9e-8a55-3d1c2b0a9f11',
      erasedAt: appointedAt,
      reason: 'Żądanie osoby',
    });
    const decided: ReturnType<typeof mediationDecider.decide> = [
      // @ts-expect-error: the complaint learns of the mediation's end in its own stream
      closed,
      // @ts-expect-error: an erasure is recorded in the person's privacy stream, never in a case's
      erased,
    ];
    expect(decided.map((e) => stored(e, `mediation-${mediationId}`)).filter(isMediationEvent)).toEqual([]);
  });
});
