import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextOf, subscriber } from '../support/subscriber.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('request limits an office configures', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { MAX_QUERY_COMPLEXITY: '200', GRAPHQL_INTROSPECTION: 'false' } });
  });
  afterAll(() => server.close());

  it('an operation costlier than MAX_QUERY_COMPLEXITY is refused before it runs', async () => {
    const cheap = await server.gql(`{ disputes(first: 5) { totalCount pageInfo { hasNextPage } } }`, {}, 'SUPERVISOR');
    expect(cheap.errors).toBeUndefined();
    const costly = await server.gql(
      `{ disputes(first: 5) { totalCount edges { cursor node { id status category receivedAt dueAt overdue timeline { kind at summary } } } } }`,
      {},
      'SUPERVISOR',
    );
    expect(costly.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/too complex \(\d+; at most 200\)/),
    });
  });

  it('counts a page by its size: the same fields cost ten times as much for ten times the items', async () => {
    const page = (first: number) =>
      server.gql(
        `query($first: Int!) { disputes(first: $first) { edges { node { id status category dueAt } } } }`,
        { first },
        'SUPERVISOR',
      );
    expect((await page(20)).errors).toBeUndefined();
    expect((await page(200)).errors?.[0]?.message).toMatch(/too complex \(\d{4}; at most 200\)/);
  });

  it('applies the same limit to subscriptions over WebSocket', async () => {
    const client = subscriber(server.url, await server.token('CLERK'));
    const costly = client.iterate({
      query: `subscription { disputeReceived { id timeline { kind at summary } mediations { id sessions { place } } } }`,
    });
    // Refused before it runs: graphql-ws answers with an Error message, which the client throws.
    const refusal = await nextOf(costly, 'refusal').then(
      () => null,
      (errors: unknown) => errors,
    );
    expect(refusal).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/too complex \(\d+; at most 200\)/),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    await client.dispose();
  });

  it('introspection can be switched off', async () => {
    const res = await server.gql(`{ __schema { queryType { name } } }`, {}, 'SUPERVISOR');
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
