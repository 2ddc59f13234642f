import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, RECEIVE } from '../support/documents.js';
import {
  APPOINT,
  CONSENT,
  DELIVER_PROTOCOL,
  DISCLOSE,
  END,
  HOLD,
  listEntry,
  PROPOSE,
  PROTOCOL,
  SCHEDULE,
} from '../support/mediation-documents.js';
import { nextOf, subscriber } from '../support/subscriber.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';

const RECUSE = `mutation($input: RecuseMediatorInput!) { recuseMediator(input: $input) { revision } }`;
const CANCEL = `mutation($input: CancelMediationSessionInput!) { cancelMediationSession(input: $input) { revision } }`;
const READ = `query($id: ID!, $asOf: DateTime) { dispute(id: $id, asOf: $asOf) { id status } }`;
const at = '2025-03-03T10:00:00+01:00';

/** Every mediation command a MEDIATOR may send, with a valid input for any mediation id. */
const mediatorCommands: [string, string, Record<string, unknown>][] = [
  ['recordMediatorDisclosure', DISCLOSE, { circumstances: 'Znam skarżącą z osiedla.' }],
  ['recuseMediator', RECUSE, { reason: 'Wątpliwość co do bezstronności.' }],
  ['scheduleMediationSession', SCHEDULE, { sessionId: 's1', startsAt: '2025-03-10T10:00:00+01:00', place: 'Sala 12' }],
  ['recordMediationSession', HOLD, { sessionId: 's1', heldAt: '2025-03-03T09:30:00+01:00', attendees: ['p-maria'] }],
  ['cancelMediationSession', CANCEL, { sessionId: 's1', reason: 'Choroba strony.' }],
  [
    'fileMediationProtocol',
    PROTOCOL,
    {
      arrangements: ['Przeprosiny'],
      participants: ['p-maria', 'p-urzad'],
      signedBy: ['p-maria', 'p-urzad'],
      place: 'Sala 12',
      mediatorAddress: 'ul. Lipowa 5, Białystok',
      mediatorSigned: true,
    },
  ],
  ['endMediation', END, { result: 'NO_AGREEMENT' }],
  ['recordProtocolDelivery', DELIVER_PROTOCOL, { partyId: 'p-maria', how: 'DELIVERED', deliveredAt: at }],
];

/** An answer with the id asked about written as `<id>`: what an unknown id and a hidden one must share. */
const shape = (res: GraphQLResponse, id: string) =>
  JSON.parse(JSON.stringify({ data: res.data, errors: res.errors }).replaceAll(id, '<id>'));

/**
 * Finding 5 of issue 10: whatever a role may not see answers exactly as if it did not exist. A mediator who is not the
 * appointed mediator of a mediation now (never appointed, another's, recused) learns nothing of it by acting in it:
 * not that it exists, not its state, not its revision.
 */
describe('a mediator cannot tell a mediation or dispute they may not see from one that does not exist', () => {
  let server: TestServer;
  let disputeId: string;
  const hidden: Record<string, string> = {};
  let outsider: { token: string };
  let recused: { token: string };

  const ok = async (doc: string, input: Record<string, unknown>, who: Parameters<TestServer['gql']>[2] = 'CLERK') => {
    const res = await server.gql(doc, { input }, who);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0] as { disputeId: string; mediationId: string };
  };
  const propose = async (reason: string) =>
    (
      await ok(PROPOSE, {
        disputeId,
        reason,
        parties: [
          { partyId: 'p-maria', name: 'Maria Wiśniewska', role: 'COMPLAINANT' },
          { partyId: 'p-urzad', name: 'Urząd Miasta — kierownik BOM', role: 'OFFICE' },
        ],
      })
    ).mediationId;
  const appointTo = async (mediationId: string, userId: string) => {
    for (const partyId of ['p-maria', 'p-urzad']) await ok(CONSENT, { mediationId, partyId, consent: true });
    await ok(APPOINT, { mediationId, mediatorUserId: userId, mediatorName: 'Halina Rozjemca', listEntry });
  };

  beforeAll(async () => {
    server = await startTestServer({ clock: () => new Date(at) });
    outsider = { token: await server.token('MEDIATOR', 'u-med-outsider', 'Łukasz Ciekawski') };
    recused = { token: await server.token('MEDIATOR', 'u-med-recused', 'Józef Wycofany') };
    ({ disputeId } = await ok(
      RECEIVE,
      complaintInput({ complainant: { name: 'Maria Wiśniewska', address: 'ul. Lipowa 12/4, Białystok' } }),
    ));
    hidden.awaitingConsent = await propose('Rozmowa o obsłudze w okienku.');
    hidden.anothersMediation = await propose('Spór o termin wizyty.');
    await appointTo(hidden.anothersMediation, 'u-med-other');
    await ok(SCHEDULE, { mediationId: hidden.anothersMediation, sessionId: 's1', startsAt: '2025-03-10T10:00:00+01:00', place: 'Sala 12' });
    hidden.ended = await propose('Spór zakończony.');
    await appointTo(hidden.ended, 'u-med-other');
    await ok(END, { mediationId: hidden.ended, result: 'NO_AGREEMENT' });
    hidden.recusedFrom = await propose('Mediacja, z której mediator się wycofał.');
    await appointTo(hidden.recusedFrom, 'u-med-recused');
    await ok(RECUSE, { mediationId: hidden.recusedFrom, reason: 'Znajomość ze stroną.' }, recused);
  });
  afterAll(() => server.close());

  for (const [name, doc, fields] of mediatorCommands) {
    it(`${name}: NOT_FOUND with the unknown id's very answer, with and without expectedRevision`, async () => {
      for (const expectedRevision of [undefined, 0, 3, 99]) {
        const unknown = randomUUID();
        const asked = (mediationId: string, who: { token: string }) =>
          server.gql(doc, { input: { mediationId, expectedRevision, ...fields } }, who);
        const answer = shape(await asked(unknown, outsider), unknown);
        expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        for (const [what, mediationId] of Object.entries(hidden)) {
          const who = what === 'recusedFrom' ? recused : outsider;
          expect(shape(await asked(mediationId, who), mediationId), `${what}, expectedRevision ${expectedRevision}`).toEqual(answer);
        }
      }
    });
  }

  it('the refused attempts recorded nothing', async () => {
    const clerk = await server.gql(
      `query($id: ID!) { dispute(id: $id) { mediations { id status sessions { sessionId cancelled heldAt } } } }`,
      { id: disputeId },
    );
    const { mediations } = clerk.data!.dispute;
    expect(mediations.find((m: { id: string }) => m.id === hidden.anothersMediation).sessions).toEqual([
      { sessionId: 's1', cancelled: false, heldAt: null },
    ]);
    expect(mediations.find((m: { id: string }) => m.id === hidden.awaitingConsent).status).toBe('PROPOSED');
  });

  it('dispute(id) and dispute(id, asOf): null for a dispute they may not read as for an unknown id', async () => {
    for (const asOf of [undefined, '2025-03-03T10:00:00+01:00']) {
      const unknown = randomUUID();
      const answer = shape(await server.gql(READ, { id: unknown, asOf }, outsider), unknown);
      expect(answer).toEqual({ data: { dispute: null } });
      for (const who of [outsider, recused]) expect(shape(await server.gql(READ, { id: disputeId, asOf }, who), disputeId)).toEqual(answer);
    }
  });

  it('timelineAdded: the same NOT_FOUND for a dispute they may not read as for an unknown id', async () => {
    const refusal = async (id: string, who: { token: string }) => {
      const client = subscriber(server.url, who.token);
      const updates = client.iterate({ query: `subscription($id: ID!) { timelineAdded(disputeId: $id) { kind } }`, variables: { id } });
      const first = await nextOf(updates, 'refusal');
      await client.dispose();
      return shape(first as GraphQLResponse, id);
    };
    const unknown = randomUUID();
    const answer = await refusal(unknown, outsider);
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const who of [outsider, recused]) expect(await refusal(disputeId, who)).toEqual(answer);
  });
});
