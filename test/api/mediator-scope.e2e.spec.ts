import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, EXPLAIN, RECEIVE } from '../support/documents.js';
import { APPOINT, CONSENT, listEntry, PROPOSE, SCHEDULE } from '../support/mediation-documents.js';
import { listeningMoreThan, nextOf, subscriber } from '../support/subscriber.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const RECUSE = `mutation($input: RecuseMediatorInput!) { recuseMediator(input: $input) { revision } }`;
const READ = `query($id: ID!, $asOf: DateTime) {
  dispute(id: $id, asOf: $asOf) {
    id status complainant { name } complainantPseudonym
    explanations { explanation }
    mediations { id parties { partyId name } mediator { userId } sessions { sessionId place } }
    timeline { position kind summary(language: EN) }
  }
}`;

type Token = { token: string };

/**
 * A mediator is an outsider to the office (KPA art. 96f § 3) and mediation is confidential (art. 96j): a mediator
 * reads a dispute only while appointed to one of its mediations, pseudonymised like the ombudsman reviewer, and sees
 * nothing of the dispute's other mediations; every other dispute is, for them, not there.
 */
describe('what a mediator may read: only the disputes of their own mediations, pseudonymised', () => {
  let server: TestServer;
  let disputeId: string;
  let mediationA: string;
  let mediationB: string;
  const as: Record<'a' | 'b' | 'outsider', Token> = {} as never;

  const ok = async (doc: string, input: Record<string, unknown>, who: Parameters<TestServer['gql']>[2] = 'CLERK') => {
    const res = await server.gql(doc, { input }, who);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0] as { disputeId: string; mediationId: string };
  };
  const mediation = async (parties: { partyId: string; name: string; role: string }[], mediator: { userId: string; name: string }) => {
    const { mediationId } = await ok(PROPOSE, {
      disputeId,
      parties,
      reason: `Próba porozumienia z udziałem ${parties.map((p) => p.name).join(' i ')}.`,
    });
    for (const { partyId } of parties) await ok(CONSENT, { mediationId, partyId, consent: true });
    await ok(APPOINT, { mediationId, mediatorUserId: mediator.userId, mediatorName: mediator.name, listEntry });
    return mediationId;
  };

  beforeAll(async () => {
    server = await startTestServer({ clock: () => new Date('2025-03-03T09:00:00+01:00'), env: { OFFICE_STAFF_IDS: 'u-clerk' } });
    as.a = { token: await server.token('MEDIATOR', 'u-med-a', 'Zbigniew Mędrzecki') };
    as.b = { token: await server.token('MEDIATOR', 'u-med-b', 'Halina Rozjemca') };
    as.outsider = { token: await server.token('MEDIATOR', 'u-med-c', 'Inny Mediator') };
    ({ disputeId } = await ok(
      RECEIVE,
      complaintInput({ complainant: { name: 'Maria Wiśniewska', address: 'ul. Lipowa 12/4, Białystok' } }),
    ));
    await ok(EXPLAIN, {
      disputeId,
      channel: 'PHONE',
      explanation: 'Pani Maria Wiśniewska otrzymała wyjaśnienie terminu.',
      reasons: 'Art. 237 § 1 KPA.',
    });
    mediationA = await mediation(
      [
        { partyId: 'p-maria', name: 'Maria Wiśniewska', role: 'COMPLAINANT' },
        { partyId: 'p-urzad', name: 'Urząd Miasta — kierownik BOM', role: 'OFFICE' },
      ],
      { userId: 'u-med-a', name: 'Zbigniew Mędrzecki' },
    );
    mediationB = await mediation(
      [
        { partyId: 'p-maria', name: 'Maria Wiśniewska', role: 'COMPLAINANT' },
        { partyId: 'p-sasiad', name: 'Jan Nowicki', role: 'OTHER' },
      ],
      { userId: 'u-med-b', name: 'Halina Rozjemca' },
    );
    await ok(SCHEDULE, { mediationId: mediationB, sessionId: 'b1', startsAt: '2025-03-10T10:00:00+01:00', place: 'Sala poufna 7' }, as.b);
  });
  afterAll(() => server.close());

  it('a mediator of none of its mediations gets null, now and as of any moment', async () => {
    for (const asOf of [undefined, '2025-03-04T00:00:00+01:00']) {
      const res = await server.gql(READ, { id: disputeId, asOf }, as.outsider);
      expect(res.errors).toBeUndefined();
      expect(res.data!.dispute).toBeNull();
    }
  });

  it('the appointed mediator sees the dispute pseudonymised, with their own mediation only and none of the other’s steps', async () => {
    const { data, errors } = await server.gql(READ, { id: disputeId }, as.a);
    expect(errors).toBeUndefined();
    const dispute = data!.dispute;
    expect(dispute.complainant).toBeNull();
    expect(dispute.mediations).toEqual([
      {
        id: mediationA,
        // Their own mediation as recorded: they read its parties' names and name them by party id in what they record.
        parties: [
          { partyId: 'p-maria', name: 'Maria Wiśniewska' },
          { partyId: 'p-urzad', name: 'Urząd Miasta — kierownik BOM' },
        ],
        mediator: { userId: 'u-med-a' },
        sessions: [],
      },
    ]);
    // The complaint's free text as the ombudsman reviewer reads it.
    expect(dispute.explanations[0].explanation).toContain(`Pani ${dispute.complainantPseudonym}`);
    expect(dispute.explanations[0].explanation).not.toContain('Wiśniewska');
    const explained = dispute.timeline.find((e: { kind: string }) => e.kind === 'ExplanationGiven');
    expect(explained.summary).toContain(dispute.complainantPseudonym);
    expect(explained.summary).not.toContain('Wiśniewska');
    // Nothing of the other mediation: not its id, parties, reason or sessions.
    const text = JSON.stringify(dispute);
    for (const secret of ['Jan Nowicki', 'p-sasiad', 'Sala poufna 7', mediationB]) expect(text).not.toContain(secret);
    const kinds = dispute.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds.filter((k: string) => k === 'MediationProposed')).toHaveLength(1);
    expect(kinds.filter((k: string) => k === 'MediatorAppointed')).toHaveLength(1);
    expect(kinds).not.toContain('MediationSessionScheduled');
    expect(kinds).toContain('ExplanationGiven');
  });

  it('the other mediation’s mediator sees theirs, not the first', async () => {
    const { data } = await server.gql(READ, { id: disputeId }, as.b);
    expect(data!.dispute.mediations.map((m: { id: string }) => m.id)).toEqual([mediationB]);
    expect(data!.dispute.mediations[0].sessions).toEqual([{ sessionId: 'b1', place: 'Sala poufna 7' }]);
    expect(JSON.stringify(data!.dispute)).not.toContain('kierownik BOM');
  });

  it('timelineAdded: refused as not found for an outsider; the own mediator gets their mediation’s steps and the complaint’s, not the other’s', async () => {
    const outsider = subscriber(server.url, as.outsider.token);
    const refused = outsider.iterate({
      query: `subscription($id: ID!) { timelineAdded(disputeId: $id) { kind } }`,
      variables: { id: disputeId },
    });
    expect(await nextOf(refused, 'refusal')).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'NOT_FOUND' } })] });
    await outsider.dispose();

    const client = subscriber(server.url, as.a.token);
    const updates = client.iterate<Record<string, any>>({
      query: `subscription($id: ID!) { timelineAdded(disputeId: $id) { kind summary(language: EN) } }`,
      variables: { id: disputeId },
    });
    const before = server.services.supervision.live.listening();
    const first = nextOf(updates, 'first step');
    await listeningMoreThan(server.services.supervision.live, before);
    await ok(SCHEDULE, { mediationId: mediationB, sessionId: 'b2', startsAt: '2025-03-17T10:00:00+01:00', place: 'Sala poufna 8' }, as.b);
    await ok(SCHEDULE, { mediationId: mediationA, sessionId: 'a1', startsAt: '2025-03-11T10:00:00+01:00', place: 'Sala 12' }, as.a);
    await ok(EXPLAIN, {
      disputeId,
      channel: 'LETTER',
      explanation: 'Pani Maria Wiśniewska dostała odpowiedź.',
      reasons: 'Art. 237 § 1 KPA.',
    });
    expect((await first).data!.timelineAdded).toEqual({ kind: 'MediationSessionScheduled', summary: expect.stringContaining('Sala 12') });
    const explained = (await nextOf(updates, 'explanation')).data!.timelineAdded;
    expect(explained.kind).toBe('ExplanationGiven');
    expect(explained.summary).not.toContain('Wiśniewska');
    await updates.return?.();
    await client.dispose();
  });

  it('a mediator who withdrew reads the dispute no more', async () => {
    await ok(RECUSE, { mediationId: mediationA, reason: 'Okoliczności budzące wątpliwość co do bezstronności.' }, as.a);
    expect((await server.gql(READ, { id: disputeId }, as.a)).data!.dispute).toBeNull();
    // Staff read it whole, as before.
    const clerk = await server.gql(READ, { id: disputeId }, 'CLERK');
    expect(clerk.data!.dispute.mediations).toHaveLength(2);
    expect(clerk.data!.dispute.complainant.name).toBe('Maria Wiśniewska');
  });
});
