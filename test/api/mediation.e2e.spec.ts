import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGE, CLOSE, complaintInput, DECIDE, NOTIFY, RECEIVE } from '../support/documents.js';
import {
  APPOINT,
  CONSENT,
  DELIVER_PROTOCOL,
  DISCLOSE,
  END,
  HOLD,
  listEntry,
  MEDIATIONS,
  parties,
  PROPOSE,
  PROTOCOL,
  SCHEDULE,
} from '../support/mediation-documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** A clock the scenario moves forward, so sessions can be scheduled ahead and then held. */
let now = new Date('2025-03-03T09:00:00+01:00');
const advance = (days: number) => (now = new Date(now.getTime() + days * 86_400_000));
const mediator = { role: 'MEDIATOR' as const, userId: 'u-mediator', name: 'Zbigniew Mędrzecki' };

describe('mediation over HTTP: a complaint settled by agreement', () => {
  let server: TestServer;
  let asMediator: { token: string };
  beforeAll(async () => {
    server = await startTestServer({ clock: () => now, env: { OFFICE_STAFF_IDS: 'u-clerk,u-supervisor' } });
    asMediator = { token: await server.token(mediator.role, mediator.userId, mediator.name) };
  });
  afterAll(() => server.close());

  const ok = async (doc: string, input: Record<string, unknown>, as: Parameters<TestServer['gql']>[2] = 'CLERK') => {
    const res = await server.gql(doc, { input }, as);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0] as { disputeId: string; mediationId: string; revision: number };
  };

  it('received, proposed, both consent, mediator appointed, two sessions, protocol, decision following it, closed', async () => {
    const { disputeId } = await ok(
      RECEIVE,
      complaintInput({
        channel: 'IN_PERSON',
        category: 'zachowanie pracownika',
        complainant: { name: 'Maria Wiśniewska', email: 'm.wisniewska@example.org' },
      }),
    );
    await ok(ACKNOWLEDGE, { disputeId });
    const { mediationId } = await ok(PROPOSE, { disputeId, parties, reason: 'Konflikt przy okienku nr 3; obie strony chcą porozumienia.' });
    expect((await server.gql(MEDIATIONS, { id: disputeId }, 'SUPERVISOR')).data!.dispute.status).toBe('IN_MEDIATION');

    await ok(CONSENT, { mediationId, partyId: 'p-maria', consent: true });
    await ok(CONSENT, { mediationId, partyId: 'p-urzad', consent: true });
    const employee = await server.gql(APPOINT, {
      input: { mediationId, mediatorUserId: 'u-supervisor', mediatorName: 'Ewa Wójcik', listEntry },
    });
    expect(employee.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATED', rule: 'KPA-96f-mediator-not-employee' });
    // KPA art. 96f § 2: the office is a party, so the mediator comes from a list, whose entry is recorded.
    const unlisted = await server.gql(APPOINT, { input: { mediationId, mediatorUserId: mediator.userId, mediatorName: mediator.name } });
    expect(unlisted.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATED', rule: 'KPA-96f-2-list-entry' });
    await ok(APPOINT, { mediationId, mediatorUserId: mediator.userId, mediatorName: mediator.name, listEntry });
    // KPA art. 237 § 4, art. 36: two months of mediation outlast the one-month answer deadline, which they do not move.
    const prompt = await server.gql(`query($id: ID!) { dispute(id: $id) { dueAt delayNoticeNeeded } }`, { id: disputeId }, 'CLERK');
    expect(prompt.data!.dispute.delayNoticeNeeded).toBe(true);

    await ok(DISCLOSE, { mediationId, circumstances: 'Znam kierownika BOM z czasów studiów; nie utrzymujemy kontaktów.' }, asMediator);
    await ok(
      SCHEDULE,
      { mediationId, sessionId: 's1', startsAt: '2025-03-10T10:00:00+01:00', place: 'Sala 12, ul. Słonimska 1' },
      asMediator,
    );
    await ok(
      SCHEDULE,
      { mediationId, sessionId: 's2', startsAt: '2025-03-17T10:00:00+01:00', place: 'Sala 12, ul. Słonimska 1' },
      asMediator,
    );
    advance(8);
    await ok(HOLD, { mediationId, sessionId: 's1', heldAt: '2025-03-10T10:05:00+01:00', attendees: ['p-maria', 'p-urzad'] }, asMediator);
    advance(7);
    await ok(HOLD, { mediationId, sessionId: 's2', heldAt: '2025-03-17T10:00:00+01:00', attendees: ['p-maria', 'p-urzad'] }, asMediator);
    await ok(
      PROTOCOL,
      {
        mediationId,
        arrangements: ['Przyjęcie wniosku bez ponownego składania', 'Przeprosiny pracownicy'],
        participants: ['p-maria', 'p-urzad'],
        signedBy: ['p-maria', 'p-urzad'],
        place: 'Sala 12, ul. Słonimska 1',
        mediatorAddress: 'Kancelaria Mediacyjna, ul. Lipowa 5, 15-424 Białystok',
        mediatorSigned: true,
      },
      asMediator,
    );
    await ok(END, { mediationId, result: 'AGREEMENT' }, asMediator);
    expect((await server.gql(MEDIATIONS, { id: disputeId }, 'SUPERVISOR')).data!.dispute.status).toBe('ACKNOWLEDGED');
    // KPA art. 96m § 3: the protocol is delivered to each participant, also once the mediation has ended.
    await ok(
      DELIVER_PROTOCOL,
      { mediationId, partyId: 'p-maria', how: 'HANDED_OVER', deliveredAt: '2025-03-18T08:00:00+01:00' },
      asMediator,
    );
    await ok(DELIVER_PROTOCOL, { mediationId, partyId: 'p-urzad', how: 'DELIVERED', deliveredAt: '2025-03-18T08:30:00+01:00' });
    const twice = await server.gql(DELIVER_PROTOCOL, {
      input: { mediationId, partyId: 'p-urzad', how: 'ELECTRONIC', deliveredAt: '2025-03-18T08:45:00+01:00' },
    });
    expect(twice.errors?.[0]?.extensions?.rule).toBe('protocol-already-delivered');

    const silent = await server.gql(DECIDE, {
      input: {
        disputeId,
        outcome: 'UPHELD',
        remedies: ['Aktualizacja formularzy'],
        signer: { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' },
      },
    });
    expect(silent.errors?.[0]?.extensions?.rule).toBe('KPA-96n-follows-protocol');
    await ok(DECIDE, {
      disputeId,
      outcome: 'UPHELD',
      remedies: ['Aktualizacja formularzy'],
      followsMediationProtocol: true,
      signer: { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' },
    });
    await ok(NOTIFY, { disputeId, channel: 'LETTER' });
    await ok(CLOSE, { disputeId });

    const { data } = await server.gql(MEDIATIONS, { id: disputeId }, 'SUPERVISOR');
    const [mediation] = data!.dispute.mediations;
    expect(mediation).toMatchObject({
      id: mediationId,
      status: 'ENDED',
      result: 'AGREEMENT',
      extended: false,
      consentDueAt: '2025-03-17T23:59:59.999+01:00',
      parties: [
        { partyId: 'p-maria', name: 'Maria Wiśniewska', role: 'COMPLAINANT', consent: true },
        { partyId: 'p-urzad', name: 'Urząd Miasta — kierownik BOM', role: 'OFFICE', consent: true },
      ],
      mediator: { userId: 'u-mediator', name: 'Zbigniew Mędrzecki', role: 'MEDIATOR' },
      mediatorListEntry: listEntry,
      sessions: [
        { sessionId: 's1', heldAt: '2025-03-10T10:05:00+01:00', attendees: ['p-maria', 'p-urzad'], cancelled: false },
        { sessionId: 's2', heldAt: '2025-03-17T10:00:00+01:00', cancelled: false },
      ],
      protocol: {
        arrangements: ['Przyjęcie wniosku bez ponownego składania', 'Przeprosiny pracownicy'],
        signedBy: ['p-maria', 'p-urzad'],
        missingSignatureReason: null,
        deliveries: [
          { partyId: 'p-maria', how: 'HANDED_OVER', deliveredAt: '2025-03-18T08:00:00+01:00' },
          { partyId: 'p-urzad', how: 'DELIVERED', deliveredAt: '2025-03-18T08:30:00+01:00' },
        ],
      },
    });
    expect(data!.dispute.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'ComplaintReceived',
      'DeadlineSet',
      'ComplaintAcknowledged',
      'MediationProposed',
      'MediationOpened',
      'MediationConsentGiven',
      'MediationConsentGiven',
      'MediatorAppointed',
      'MediatorImpartialityDisclosed',
      'MediationSessionScheduled',
      'MediationSessionScheduled',
      'MediationSessionHeld',
      'MediationSessionHeld',
      'MediationProtocolFiled',
      'MediationEnded',
      'MediationClosed',
      'MediationProtocolDelivered',
      'MediationProtocolDelivered',
      // KPA art. 237 § 4: the mediation does not move the answer deadline (no DeadlineSet follows its end).
      'ComplaintDecided',
      'ComplainantNotified',
      'ComplaintClosed',
    ]);

    // Pseudonymised for the ombudsman: the procedure is visible, the parties' names are not.
    const ombudsman = await server.gql(MEDIATIONS, { id: disputeId }, 'OMBUDSMAN');
    expect(ombudsman.data!.dispute.mediations[0].parties.map((p: { name: string | null }) => p.name)).toEqual([null, null]);
  });

  it('only the appointed mediator records a session as held; a clerk is refused, another mediator finds no such mediation', async () => {
    const { disputeId } = await ok(RECEIVE, complaintInput());
    const { mediationId } = await ok(PROPOSE, { disputeId, parties, reason: 'Próba porozumienia.' });
    await ok(CONSENT, { mediationId, partyId: 'p-maria', consent: true });
    await ok(CONSENT, { mediationId, partyId: 'p-urzad', consent: true });
    await ok(APPOINT, { mediationId, mediatorUserId: mediator.userId, mediatorName: mediator.name, listEntry });
    await ok(SCHEDULE, { mediationId, sessionId: 's1', startsAt: now.toISOString(), place: 'Sala 3' });
    const held = { mediationId, sessionId: 's1', heldAt: now.toISOString(), attendees: ['p-maria', 'p-urzad'] };
    const byClerk = await server.gql(HOLD, { input: held }, 'CLERK');
    expect(byClerk.errors?.[0]?.extensions?.rule).toBe('mediator-only');
    const other = { token: await server.token('MEDIATOR', 'u-other-mediator', 'Inny Mediator') };
    const byOther = await server.gql(HOLD, { input: held }, other);
    // For another mediator the mediation is not there (issue 10, finding 5: test/api/mediator-existence.e2e.spec.ts).
    expect(byOther.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const byOmbudsman = await server.gql(HOLD, { input: held }, 'OMBUDSMAN');
    expect(byOmbudsman.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const mediatorProposing = await server.gql(PROPOSE, { input: { disputeId, parties, reason: 'x' } }, asMediator);
    expect(mediatorProposing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await ok(HOLD, held, asMediator);
    // Another mediator does not read the dispute at all (KPA art. 96j; test/api/mediator-scope.e2e.spec.ts).
    const seen = await server.gql(MEDIATIONS, { id: disputeId }, other);
    expect(seen.data!.dispute).toBeNull();
    const own = await server.gql(MEDIATIONS, { id: disputeId }, asMediator);
    expect(own.data!.dispute.mediations[0].parties[0].name).toBe('Maria Wiśniewska');
  });

  it('one refusal ends the mediation as not held and the complaint carries on', async () => {
    const { disputeId } = await ok(RECEIVE, complaintInput());
    await ok(ACKNOWLEDGE, { disputeId });
    const { mediationId } = await ok(PROPOSE, { disputeId, parties, reason: 'Próba porozumienia.' });
    await ok(CONSENT, { mediationId, partyId: 'p-maria', consent: false, reason: 'Wolę rozstrzygnięcie urzędu.' });
    const { data } = await server.gql(MEDIATIONS, { id: disputeId }, 'SUPERVISOR');
    expect(data!.dispute.status).toBe('ACKNOWLEDGED');
    expect(data!.dispute.mediations[0]).toMatchObject({ status: 'ENDED', result: 'WITHDRAWN' });
  });
});
