import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('request limits an office configures', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { MAX_QUERY_COMPLEXITY: '12', GRAPHQL_INTROSPECTION: 'false' } });
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
    expect(costly.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/too complex \(\d+; at most 12\)/) });
  });

  it('introspection can be switched off', async () => {
    const res = await server.gql(`{ __schema { queryType { name } } }`, {}, 'SUPERVISOR');
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
