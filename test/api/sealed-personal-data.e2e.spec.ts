import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const CONVERSATION = `mutation($input: RecordConversationInput!) { recordConversation(input: $input) { revision } }`;
const READ = `query($id: ID!) { dispute(id: $id) { complainant { name onBehalfOf accessibilityNeeds } timeline { kind summary } } }`;

/** DESIGN §6: personal data never stands in an event in clear text; the reader's role decides what is opened. */
describe('personal data about the complainant beyond name and contact', () => {
  let server: TestServer;
  let id: string;
  beforeAll(async () => {
    server = await startTestServer();
    const received = await server.gql(RECEIVE, {
      input: complaintInput({
        onBehalfOf: 'Stanisława Kowalska (matka)',
        accessibilityNeeds: 'Niedosłuch: proszę o kontakt pisemny lub pętlę indukcyjną.',
      }),
    });
    id = received.data!.receiveComplaint.disputeId;
    const talk = await server.gql(CONVERSATION, {
      input: {
        disputeId: id,
        channel: 'IN_PERSON',
        participants: ['Jan Kowalski', 'Bożena Źdźbło (kierowniczka)'],
        concernsHeard: ['Długie oczekiwanie na decyzję.'],
        agreed: ['Odpowiedź na piśmie.'],
      },
    });
    expect(talk.errors).toBeUndefined();
  });
  afterAll(() => server.close());

  it('is sealed in the event log: the names, the needs and what was said are nowhere in the events file', () => {
    // The write-ahead log too: recent appends live there until a checkpoint.
    const files = ['events.sqlite', 'events.sqlite-wal'].map((f) => join(server.dataDir, f)).filter((f) => existsSync(f));
    const raw = Buffer.concat(files.map((f) => readFileSync(f)));
    // What classifies the case stays in clear: the search would find a word that is there.
    expect(raw.includes(Buffer.from('przewlekłość postępowania', 'utf8'))).toBe(true);
    for (const secret of [
      'Stanisława',
      'Niedosłuch',
      'Bożena',
      'Źdźbło',
      'Długie oczekiwanie',
      'Odpowiedź na piśmie',
      'Od trzech miesięcy',
    ]) {
      expect(raw.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
    }
  });

  it('is opened for a clerk: on whose behalf, the needs, and who took part in the conversation', async () => {
    const { data } = await server.gql(READ, { id }, 'CLERK');
    expect(data!.dispute.complainant).toEqual({
      name: 'Jan Kowalski',
      onBehalfOf: 'Stanisława Kowalska (matka)',
      accessibilityNeeds: 'Niedosłuch: proszę o kontakt pisemny lub pętlę indukcyjną.',
    });
    const conversation = data!.dispute.timeline.find((e: { kind: string }) => e.kind === 'ConversationRecorded');
    expect(conversation.summary).toContain('z udziałem: Jan Kowalski; Bożena Źdźbło (kierowniczka)');
  });

  it('is refused without a complainant, since no one could then read or erase it', async () => {
    const res = await server.gql(RECEIVE, { input: complaintInput({ complainant: null, accessibilityNeeds: 'Wózek inwalidzki.' }) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'accessibilityNeeds' }] });
  });

  it('is never shown to an ombudsman reviewer, who reads pseudonyms', async () => {
    const { data } = await server.gql(READ, { id }, 'OMBUDSMAN');
    expect(data!.dispute.complainant).toBeNull();
    const text = JSON.stringify(data);
    for (const secret of ['Stanisława', 'Niedosłuch', 'Bożena', 'Jan Kowalski']) expect(text).not.toContain(secret);
    const conversation = data!.dispute.timeline.find((e: { kind: string }) => e.kind === 'ConversationRecorded');
    expect(conversation.summary).toMatch(/z udziałem: Osoba-[0-9A-F]{6}; Osoba-[0-9A-F]{6}\./);
  });
});
