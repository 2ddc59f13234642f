import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, DECIDE, RECEIVE, refusal } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const CONVERSATION = `mutation($input: RecordConversationInput!) { recordConversation(input: $input) { revision } }`;
const REVIEW = `query($id: ID!) { dispute(id: $id) { complainantPseudonym timeline { summary } } }`;
const names = (n: number) => Array.from({ length: n }, (_, i) => `Zofia Łęcka-Wiśniewska ${i}`);
const concerns = (n: number) => Array.from({ length: n }, (_, i) => `Długie oczekiwanie na odpowiedź nr ${i}`);

/** Every list a person types has a bound, as every text has: what one command records is read with every later read. */
describe('input lists are bounded at the boundary, with a sentence naming the list', () => {
  let server: TestServer;
  let disputeId: string;
  beforeAll(async () => {
    server = await startTestServer();
    disputeId = (await server.gql(RECEIVE, { input: complaintInput() })).data!.receiveComplaint.disputeId;
  });
  afterAll(() => server.close());

  const conversation = (overrides: Record<string, unknown>) => ({
    disputeId,
    channel: 'PHONE',
    participants: names(2),
    concernsHeard: concerns(1),
    ...overrides,
  });

  it.each([
    [
      '4,000 participants (94 kB)',
      CONVERSATION,
      () => conversation({ participants: names(4000) }),
      'participants',
      'must list at most 50 participants; record the rest in another step',
    ],
    [
      '51 participants',
      CONVERSATION,
      () => conversation({ participants: names(51) }),
      'participants',
      'must list at most 50 participants; record the rest in another step',
    ],
    [
      '51 concerns heard',
      CONVERSATION,
      () => conversation({ concernsHeard: concerns(51) }),
      'concernsHeard',
      'must list at most 50 concerns; record the rest in another step',
    ],
    [
      '51 agreements',
      CONVERSATION,
      () => conversation({ agreed: concerns(51) }),
      'agreed',
      'must list at most 50 agreements; record the rest in another step',
    ],
    [
      '51 remedies',
      DECIDE,
      () => refusal(disputeId, { outcome: 'UPHELD', remedies: concerns(51) }),
      'remedies',
      'must list at most 50 remedies; record the rest in another step',
    ],
  ])('%s: refused, nothing recorded', async (_what, document, input, path, message) => {
    const position = server.services.runner.checkpoint();
    const res = await server.gql(document, { input: input() });
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path, message }] });
    expect(server.services.runner.checkpoint()).toBe(position);
  });

  it('50 participants are recorded, and the ombudsman’s pseudonymised read of the dispute answers', async () => {
    const recorded = await server.gql(CONVERSATION, { input: conversation({ participants: names(50), concernsHeard: concerns(50) }) });
    expect(recorded.errors).toBeUndefined();
    const started = Date.now();
    const review = await server.gql(REVIEW, { id: disputeId }, 'OMBUDSMAN');
    expect(review.errors).toBeUndefined();
    expect(JSON.stringify(review.data)).not.toContain('Łęcka');
    // Generous: the point is that it answers at all (4,000 names once took over 30 s).
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
