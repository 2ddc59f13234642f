import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** `levels` fragments, each spreading the next `spreads` times: under a kilobyte, `spreads`^`levels` fields written out. */
const fragmentExplosion = (spreads: number, levels: number) =>
  `{ ...F0 } ${Array.from(
    { length: levels },
    (_, i) =>
      `fragment F${i} on Query { ${Array(spreads)
        .fill(`...F${i + 1}`)
        .join(' ')} }`,
  ).join(' ')} fragment F${levels} on Query { __typename }`;

/** A generous bound: what matters is that the server answers at all, not how fast on a shared machine. */
const ANSWERS_WITHIN_MS = 5000;

describe('a small document cannot hold the server: its shape is measured in time linear in its size and refused before it runs', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  async function sendAs(role: 'MEDIATOR' | 'CLERK', query: string) {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await server.token(role)}` },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(ANSWERS_WITHIN_MS),
    });
    return {
      status: res.status,
      ...((await res.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: any }),
    };
  }

  it('given fragments that double 22 times and triple 21 times, when a mediator sends them, then both are 400 and /healthz answers meanwhile', async () => {
    const doubling = fragmentExplosion(2, 21);
    const tripling = fragmentExplosion(3, 21);
    expect(doubling.length).toBeLessThan(900);
    const refusals = Promise.all([sendAs('MEDIATOR', doubling), sendAs('MEDIATOR', tripling)]);
    const health = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(ANSWERS_WITHIN_MS) });
    expect(health.status).toBe(200);
    for (const res of await refusals) {
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.message).toMatch(/asks for \d+ fields once its fragments are written out; at most 1000/);
    }
  });

  it('a fragment spread a few times, as clients write them, is no reason to refuse', async () => {
    const res = await sendAs(
      'CLERK',
      `{ a: disputes(first: 1) { ...Page } b: disputes(first: 2) { ...Page } } fragment Page on DisputeConnection { totalCount pageInfo { hasNextPage } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.a.totalCount).toBe(0);
  });

  it('the standard introspection query (GraphiQL, Apollo, codegen: descriptions, specifiedByURL) passes the depth and cost limits', async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const res = await sendAs('CLERK', query);
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.data.__schema.types.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(['Dispute', 'ReceiveComplaintInput', 'DateTime']),
    );
  });

  it('nesting counts the schema’s own levels, also in introspection: types within fields within types are refused', async () => {
    const res = await sendAs('CLERK', `{ __schema { types { ${'fields { type { '.repeat(5)}name${' } }'.repeat(5)} } } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/nested 12 levels deep; at most 10/);
  });

  it('a document of more than 2000 tokens is refused by the parser', async () => {
    const res = await sendAs('CLERK', `{ ${'__typename '.repeat(2100)}}`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/2000 tokens/);
  });

  it('more than 30 aliases, or more than 30 directives, are refused', async () => {
    const aliases = await sendAs('CLERK', `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(aliases.status).toBe(400);
    expect(aliases.errors?.[0]?.message).toMatch(/31 aliases; at most 30/);
    const directives = await sendAs('CLERK', `{ ${Array.from({ length: 31 }, () => `__typename @include(if: true)`).join(' ')} }`);
    expect(directives.status).toBe(400);
    expect(directives.errors?.[0]?.message).toMatch(/31 directives; at most 30/);
  });
});
