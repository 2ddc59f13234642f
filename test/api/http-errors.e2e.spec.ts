import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** A stack trace line, or a path into the server's files. */
const internals = /\n\s*at |\bat [\w.<>]+ \(|node_modules|\/work\/|\/app\/|[\w-]+\.[jt]s:\d+/;

describe('no error reaches a client with a stack trace or a file path', () => {
  let server: TestServer;
  let authorization: string;
  beforeAll(async () => {
    server = await startTestServer();
    authorization = `Bearer ${await server.token('SUPERVISOR')}`;
  });
  afterAll(() => server.close());
  afterEach(() => vi.restoreAllMocks());

  const send = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${server.url}${path}`, init);
    const text = await res.text();
    expect(text).not.toMatch(internals);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    return { status: res.status, body: JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] } };
  };
  const graphql = (headers: Record<string, string>, body: string | Uint8Array = '{"query":"{ __typename }"}') =>
    send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization, ...headers }, body });

  it.each([
    ['an unknown Content-Encoding', { 'content-encoding': 'bogus' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a charset JSON is never in', { 'content-type': 'application/json; charset=koi8-r' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a gzip body that is not gzip', { 'content-encoding': 'gzip' }, 400, 'BAD_REQUEST'],
  ] as const)('%s: the status, a code and a sentence in GraphQL’s error shape', async (_, headers, status, code) => {
    const res = await graphql(headers);
    expect(res.status).toBe(status);
    expect(res.body.errors[0]!.extensions.code).toBe(code);
    expect(res.body.errors[0]!.message).toMatch(/^[A-Z].+\.$/);
  });

  it('a body that is not JSON, and one that is too large, as before', async () => {
    expect((await graphql({}, '{"query": ')).body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
    expect((await graphql({}, JSON.stringify({ query: 'x'.repeat(300_000) }))).status).toBe(413);
  });

  it('a path the API does not serve', async () => {
    const res = await send('/nowhere');
    expect(res.status).toBe(404);
    expect(res.body.errors[0]!.extensions.code).toBe('NOT_FOUND');
  });

  it.each([
    ['/exports/register.csv?from=2025-01-01&to=2026-01-01', (s: TestServer) => vi.spyOn(s.services.heavy, 'run')],
    [
      '/exports/equal-treatment.csv?from=2025-01-01&to=2025-04-01&dimension=sex',
      (s: TestServer) => vi.spyOn(s.services.equality, 'report'),
    ],
    [
      '/exports/equal-treatment.html?from=2025-01-01&to=2025-04-01&dimension=sex',
      (s: TestServer) => vi.spyOn(s.services.equality, 'report'),
    ],
  ] as const)('an unexpected failure behind %s: 500 with a sentence, logged without what the message quoted', async (path, spy) => {
    spy(server).mockImplementation(() => {
      throw new Error('SQLITE_CORRUPT while reading Jan Kowalski, ul. Lipowa 12/4');
    });
    const res = await send(path, { headers: { authorization } });
    expect(res.status).toBe(500);
    expect(res.body.errors[0]).toEqual({
      message: expect.stringMatching(/^Internal server error\./),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(res.body)).not.toContain('Kowalski');
    const logged = server.logs
      .entries()
      .filter((line) => line.msg === 'internal error')
      .at(-1);
    expect(logged).toMatchObject({
      level: 50,
      requestId: expect.any(String),
      errorKind: 'Error',
      frames: expect.arrayContaining([expect.stringMatching(/^at /)]),
    });
    const request = server.logs.entries().find((line) => line.msg === 'request' && line.requestId === logged!.requestId);
    expect(request).toMatchObject({ method: 'GET', route: path.split('?')[0], status: 500, outcome: 'http 5xx' });
    expect(server.logs.text()).not.toContain('Kowalski');
  });
});
