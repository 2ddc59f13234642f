import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * Issue 11: a flood from one user, or from one address, is answered 429 with Retry-After before it costs the office's
 * one process anything, in GraphQL's error shape with a sentence saying when to try again. The addresses come from
 * X-Forwarded-For, which the server reads because it is told it sits behind a proxy on loopback (TRUST_PROXY).
 */
describe('rate limits per user and per address: 429 with Retry-After', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { TRUST_PROXY: 'loopback', RATE_LIMIT_PER_USER: '3', RATE_LIMIT_PER_ADDRESS: '5', RATE_LIMIT_WINDOW_SECONDS: '60' },
    });
  });
  afterAll(() => server.close());

  const ask = async (userId: string | null, address: string, path = '/graphql') => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': address };
    if (userId) headers.authorization = `Bearer ${await server.token('CLERK', userId, 'Łucja Ćwiek')}`;
    const res = await fetch(
      `${server.url}${path}`,
      path === '/graphql'
        ? { method: 'POST', headers, body: JSON.stringify({ query: '{ disputes(first: 1) { totalCount } }' }) }
        : { headers },
    );
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      body: (await res.json()) as { errors?: { message: string; extensions: Record<string, any> }[] },
    };
  };

  it('given a clerk who sent 3 requests, when they send a 4th, then it is 429 with Retry-After and a sentence in Polish and English saying when to retry', async () => {
    for (let i = 0; i < 3; i++) expect((await ask('u-łucja', '10.0.0.1')).status).toBe(200);
    const refused = await ask('u-łucja', '10.0.0.1');
    expect(refused.status).toBe(429);
    const seconds = Number(refused.retryAfter);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    const [error] = refused.body.errors!;
    expect(error!.extensions).toEqual({
      code: 'RATE_LIMITED',
      scope: 'USER',
      limit: 3,
      windowSeconds: 60,
      retryAfterSeconds: seconds,
      retryAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
    });
    expect(error!.message).toContain(`Try again in ${seconds} s`);
    expect(error!.message).toContain(`Spróbuj ponownie za ${seconds} s`);
    expect(error!.message).not.toContain('u-łucja');
  });

  it('the limit is the user’s wherever they send from, and the exports count with it', async () => {
    expect((await ask('u-łucja', '10.0.0.2')).status).toBe(429);
    const exported = await ask('u-łucja', '10.0.0.2', '/exports/register.csv?from=2025-01-01&to=2026-01-01');
    expect(exported.status).toBe(429);
    expect(exported.body.errors![0]!.extensions.code).toBe('RATE_LIMITED');
  });

  it('given an address that sent 5 requests, when another user sends from it, then it is 429 for the address; /healthz is never limited', async () => {
    // 10.0.0.1 has sent 4 (3 served, 1 refused for the user).
    expect((await ask('u-zenon', '10.0.0.1')).status).toBe(200);
    const refused = await ask('u-zenon', '10.0.0.1');
    expect(refused.status).toBe(429);
    expect(refused.body.errors![0]!.extensions.scope).toBe('ADDRESS');
    expect(refused.body.errors![0]!.message).toMatch(/from this address.*z tego adresu/s);
    expect((await ask(null, '10.0.0.1')).status).toBe(429);
    expect((await ask('u-zenon', '10.0.0.3')).status).toBe(200);
    expect((await fetch(`${server.url}/healthz`, { headers: { 'x-forwarded-for': '10.0.0.1' } })).status).toBe(200);
  });
});

describe('after Retry-After, the next request is served', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_PER_USER: '1', RATE_LIMIT_WINDOW_SECONDS: '1' } });
  });
  afterAll(() => server.close());

  it('given a user over a limit of 1 a second, when they wait as long as Retry-After says, then they are served again', async () => {
    const answers = await Promise.all([0, 1].map(() => server.gql('{ disputes(first: 1) { totalCount } }')));
    const refused = answers.find((a) => a.status === 429);
    expect(refused?.errors?.[0]?.extensions?.retryAfterSeconds).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1000 * refused!.errors![0]!.extensions!.retryAfterSeconds + 50));
    expect((await server.gql('{ disputes(first: 1) { totalCount } }')).status).toBe(200);
  });
});
