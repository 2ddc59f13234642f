import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGE, complaintInput, DECIDE, EXPLAIN, RECEIVE, refusal } from '../support/documents.js';
import { ERASE } from '../support/equality-documents.js';
import { CONSENT, parties, PROPOSE } from '../support/mediation-documents.js';
import { erasedTextPlaceholder } from '../../services/api/equality/pseudonymised-snapshot.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const CONVERSATION = `mutation($input: RecordConversationInput!) { recordConversation(input: $input) { revision } }`;
const REVIEW = `query($id: ID!, $asOf: DateTime) {
  dispute(id: $id, asOf: $asOf) {
    complainant { name } complainantPseudonym complainantSubjectId
    explanations { explanation reasons actor { name } }
    decision { factualGrounds signer { name } }
    mediations { parties { partyId name pseudonym role } }
    timeline { kind actor { name } summary }
  }
}`;

/** Everything personal this case holds, in the forms staff typed it. */
const personal = /Wiśniewsk|Maria|Marii|m\.wisniewska@example\.org|Lipowa|Zofia|Nowak|p-maria/;

let server: TestServer;
let disputeId: string;

beforeAll(async () => {
  server = await startTestServer();
  const ok = async (doc: string, input: Record<string, unknown>) => {
    const res = await server.gql(doc, { input });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0] as { disputeId: string; mediationId: string };
  };
  ({ disputeId } = await ok(
    RECEIVE,
    complaintInput({
      complainant: { name: 'Maria Wiśniewska', email: 'm.wisniewska@example.org', address: 'ul. Lipowa 12/4, Białystok' },
      description: 'Maria Wiśniewska skarży się na opryskliwość urzędnika; pisze w imieniu matki, Zofii Nowak.',
      onBehalfOf: 'Zofia Nowak',
    }),
  ));
  await ok(ACKNOWLEDGE, { disputeId });
  await ok(CONVERSATION, {
    disputeId,
    channel: 'PHONE',
    participants: ['Maria Wiśniewska', 'Zofia Nowak'],
    concernsHeard: ['Pani Wiśniewska czekała godzinę; kontakt m.wisniewska@example.org.'],
  });
  await ok(EXPLAIN, {
    disputeId,
    channel: 'LETTER',
    explanation: 'Wyjaśniono Pani Marii Wiśniewskiej przyczyny kolejki.',
    reasons: 'Awaria systemu 3 marca.',
  });
  const { mediationId } = await ok(PROPOSE, { disputeId, parties, reason: 'Pani Wiśniewska chce rozmowy z kierownikiem.' });
  await ok(CONSENT, { mediationId, partyId: 'p-maria', consent: false, reason: 'Maria woli pisemną odpowiedź.' });
  await ok(DECIDE, refusal(disputeId, { factualGrounds: 'Skarżąca, Maria Wiśniewska, nie wskazała daty zdarzenia.' }));
});
afterAll(() => server.close());

describe('the ombudsman reviewer reads a dispute pseudonymised (DESIGN §1)', () => {
  it('with no name, contact or address anywhere, free text included', async () => {
    const res = await server.gql(REVIEW, { id: disputeId }, 'OMBUDSMAN');
    expect(res.errors).toBeUndefined();
    const text = JSON.stringify(res.data);
    expect(text).not.toMatch(personal);
    expect(res.data!.dispute).toMatchObject({ complainant: null, complainantSubjectId: null });
  });

  it('with one stable pseudonym per person, the same in structured fields and in the text', async () => {
    const { dispute } = (await server.gql(REVIEW, { id: disputeId }, 'OMBUDSMAN')).data!;
    const maria = dispute.complainantPseudonym as string;
    expect(maria).toMatch(/^Osoba-[0-9A-F]{6}$/);
    expect(dispute.mediations[0].parties[0]).toMatchObject({ partyId: maria, name: null, pseudonym: maria, role: 'COMPLAINANT' });
    expect(dispute.explanations[0].explanation).toBe(`Wyjaśniono Pani ${maria} przyczyny kolejki.`);
    expect(dispute.timeline.find((e: { kind: string }) => e.kind === 'MediationConsentRefused').summary).toContain(
      `Strona ${maria} nie zgodziła się`,
    );
    // Zofia Nowak is no person of the case's, but typed as a participant she still gets a pseudonym of her own.
    const conversation = dispute.timeline.find((e: { kind: string }) => e.kind === 'ConversationRecorded').summary as string;
    expect(conversation).toMatch(new RegExp(`z udziałem: ${maria}; Osoba-[0-9A-F]{6}\\.`));
    // The same case read again, and as it stood in the past, gives the same pseudonyms.
    const past = (await server.gql(REVIEW, { id: disputeId, asOf: new Date().toISOString() }, 'OMBUDSMAN')).data!.dispute;
    expect(past.complainantPseudonym).toBe(maria);
    expect(JSON.stringify(past)).not.toMatch(personal);
  });

  it('also in the list of disputes', async () => {
    const res = await server.gql(
      `{ disputes(first: 5) { edges { node { complainantPseudonym explanations { explanation } timeline { summary } } } } }`,
      {},
      'OMBUDSMAN',
    );
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res.data)).not.toMatch(personal);
    expect(res.data!.disputes.edges[0].node.explanations[0].explanation).toMatch(/Osoba-[0-9A-F]{6}/);
  });

  it('keeps what the review is for: staff in office, signatories, reasons and dates', async () => {
    const { dispute } = (await server.gql(REVIEW, { id: disputeId }, 'OMBUDSMAN')).data!;
    expect(dispute.decision.signer.name).toBe('Ewa Wójcik');
    expect(dispute.explanations[0]).toMatchObject({ reasons: 'Awaria systemu 3 marca.', actor: { name: 'Anna Żółkiewska' } });
  });

  it('leaves staff who may see personal data reading the case as written', async () => {
    const { dispute } = (await server.gql(REVIEW, { id: disputeId }, 'CLERK')).data!;
    expect(dispute.complainant.name).toBe('Maria Wiśniewska');
    expect(dispute.explanations[0].explanation).toBe('Wyjaśniono Pani Marii Wiśniewskiej przyczyny kolejki.');
    expect(dispute.complainantSubjectId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('after a person of the case is erased (GDPR art. 17)', () => {
  it('the reviewer reads no free text at all: the erased name can no longer be found in it to be replaced', async () => {
    const subjectId = (await server.gql(REVIEW, { id: disputeId }, 'ADMIN')).data!.dispute.complainantSubjectId as string;
    const erased = await server.gql(ERASE, { input: { subjectId, reason: 'art. 17 ust. 1 lit. a RODO' } }, 'ADMIN');
    expect(erased.errors).toBeUndefined();

    const res = await server.gql(REVIEW, { id: disputeId }, 'OMBUDSMAN');
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res.data)).not.toMatch(personal);
    const { dispute } = res.data!;
    expect(dispute.explanations[0]).toMatchObject({
      explanation: erasedTextPlaceholder,
      reasons: erasedTextPlaceholder,
      actor: { name: 'Anna Żółkiewska' },
    });
    expect(dispute.decision).toMatchObject({ factualGrounds: erasedTextPlaceholder, signer: { name: 'Ewa Wójcik' } });
    const consent = dispute.timeline.find((e: { kind: string }) => e.kind === 'MediationConsentRefused').summary as string;
    expect(consent).toContain(erasedTextPlaceholder);
    // The complaint's own text too, also as the case stood in the past and in the list of disputes.
    const received = `query($id: ID!, $asOf: DateTime) { dispute(id: $id, asOf: $asOf) { timeline { kind summary } } }`;
    const past = await server.gql(received, { id: disputeId, asOf: new Date().toISOString() }, 'OMBUDSMAN');
    expect(past.errors).toBeUndefined();
    const receipt = past.data!.dispute.timeline.find((e: { kind: string }) => e.kind === 'ComplaintReceived').summary as string;
    expect(receipt).toBe(`Wpłynęła skarga (listownie), kategoria: przewlekłość postępowania. Treść: ${erasedTextPlaceholder}`);
    const list = await server.gql(
      `{ disputes(first: 5) { edges { node { explanations { explanation } timeline { summary } } } } }`,
      {},
      'OMBUDSMAN',
    );
    expect(JSON.stringify(list.data)).not.toMatch(personal);
  });

  it('staff who may see personal data read no free text either: it may name the erased person', async () => {
    const READ = `query($id: ID!) { dispute(id: $id) { explanations { explanation reasons actor { name } } decision { factualGrounds signer { name } } timeline { kind summary } } }`;
    for (const role of ['CLERK', 'SUPERVISOR', 'ADMIN'] as const) {
      const res = await server.gql(READ, { id: disputeId }, role);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      // Party ids ("p-maria") stay as the clerk typed them for staff: they are identifiers, not text.
      expect(
        JSON.stringify(res.data).match(/Wiśniewsk|Maria|Marii|m\.wisniewska@example\.org|Lipowa|Zofia|Nowak/)?.[0],
        role,
      ).toBeUndefined();
      const { dispute } = res.data!;
      expect(dispute.explanations[0]).toMatchObject({
        explanation: erasedTextPlaceholder,
        reasons: erasedTextPlaceholder,
        actor: { name: 'Anna Żółkiewska' },
      });
      expect(dispute.decision).toMatchObject({ factualGrounds: erasedTextPlaceholder, signer: { name: 'Ewa Wójcik' } });
      const receipt = dispute.timeline.find((e: { kind: string }) => e.kind === 'ComplaintReceived').summary as string;
      expect(receipt).toContain(`Treść: ${erasedTextPlaceholder}`);
    }
    const list = await server.gql(
      `{ disputes(first: 5) { edges { node { explanations { explanation } timeline { summary } } } } }`,
      {},
      'SUPERVISOR',
    );
    expect(list.errors).toBeUndefined();
    expect(JSON.stringify(list.data)).not.toMatch(/Wiśniewsk|Marii|Zofia|Nowak/);
  });
});
