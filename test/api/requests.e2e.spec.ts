import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGE, CLOSE, complaintInput, DECIDE, NOTIFY, RECEIVE, refusal } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Issue 12, KPA art. 241–247: a request (wniosek) over real HTTP, from intake to its own answer, notice and closing. */
describe('requests (wnioski) over HTTP', () => {
  let server: TestServer;
  const now = new Date('2025-03-10T09:00:00+01:00');
  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
  });
  afterAll(() => server.close());

  const send = (mutation: string, inputType: string, input: Record<string, unknown>) =>
    server.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { disputeId revision } }`, { input });
  const signer = { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' };

  it('a request takes its own term, refuses the complaint’s decision, is answered with its letter’s facts, notified and closed', async () => {
    const receipt = await server.gql(RECEIVE, {
      input: complaintInput({
        category: 'usprawnienie obsługi mieszkańców',
        description: 'Proszę o wydłużenie godzin pracy Biura Obsługi Mieszkańców w czwartki.',
        receivedAt: '2025-03-03T10:00:00+01:00',
      }),
    });
    const disputeId = receipt.data!.receiveComplaint.disputeId as string;
    expect((await server.gql(ACKNOWLEDGE, { input: { disputeId } })).errors).toBeUndefined();
    const classified = await send('classifyComplaint', 'ClassifyComplaintInput', {
      disputeId,
      kind: 'REQUEST',
      category: 'usprawnienie obsługi mieszkańców',
    });
    expect(classified.errors).toBeUndefined();

    const decided = await server.gql(DECIDE, { input: refusal(disputeId) });
    expect(decided.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATED', rule: 'KPA-244-request-answer' });
    const empty = await send('answerRequest', 'AnswerRequestInput', { disputeId, signer });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATED', rule: 'KPA-244-answer-content' });

    const answered = await send('answerRequest', 'AnswerRequestInput', {
      disputeId,
      actionsTaken: 'Od 1 kwietnia Biuro Obsługi Mieszkańców pracuje w czwartki do 18:00.',
      signer,
    });
    expect(answered.errors).toBeUndefined();
    expect((await server.gql(NOTIFY, { input: { disputeId, channel: 'LETTER' } })).errors).toBeUndefined();
    expect((await server.gql(CLOSE, { input: { disputeId } })).errors).toBeUndefined();

    const { data } = await server.gql(
      `query($id: ID!) { dispute(id: $id) { status kind deadline { rule } requestReply { actionsTaken reasonsNotTaken complaintInstruction signer { name position } repliedAt } timeline { kind summary } } }`,
      { id: disputeId },
    );
    expect(data!.dispute).toMatchObject({
      status: 'CLOSED',
      kind: 'REQUEST',
      deadline: { rule: 'KPA-244-1-month' },
      requestReply: {
        actionsTaken: 'Od 1 kwietnia Biuro Obsługi Mieszkańców pracuje w czwartki do 18:00.',
        reasonsNotTaken: null,
        complaintInstruction: expect.stringContaining('art. 247'),
        signer,
        repliedAt: '2025-03-10T08:00:00.000Z',
      },
    });
    const summaries = data!.dispute.timeline.map((s: { summary: string }) => s.summary).join('\n');
    expect(summaries).toContain('Załatwiono wniosek (art. 244 KPA). Podjęte działania: Od 1 kwietnia Biuro Obsługi Mieszkańców');
    expect(summaries).toContain('art. 244 § 1 w zw. z art. 237 § 1 KPA');

    const register = await server.gql(
      `{ register(from: "2025-03-01T00:00:00+01:00", to: "2025-04-01T00:00:00+02:00") { settlement settledAt } }`,
      {},
    );
    expect(register.data!.register).toEqual([{ settlement: 'REQUEST_ANSWERED', settledAt: '2025-03-10T08:00:00.000Z' }]);
  });
});
