import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLocalAuth } from '../../services/api/auth.js';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { nextOf } from '../support/subscriber.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const clerk = { userId: 'u-clerk', name: 'Anna Żółkiewska', role: 'CLERK' } as const;

/** A raw graphql-ws socket, to send what no well-behaved client would; resolves with how the server closed it. */
function rawSocket(server: TestServer) {
  const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const opened = new Promise<void>((resolve, reject) => socket.once('open', () => resolve()).once('error', reject));
  const closed = new Promise<{ code: number; reason: string; afterMs: number }>((resolve) => {
    const started = Date.now();
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString(), afterMs: Date.now() - started }));
  });
  const acked = new Promise<void>((resolve) =>
    socket.on('message', (data) => JSON.parse(data.toString()).type === 'connection_ack' && resolve()),
  );
  return { socket, opened, closed, acked };
}

const healthy = async (server: TestServer) => (await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5000) })).status;

describe('WebSocket limits: small messages, a prompt connection_init, and no subscription outliving its token', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { WS_INIT_TIMEOUT_MS: '500' } });
  });
  afterAll(() => server.close());

  it('given an unauthenticated socket, when it sends a 1 MB message, then it is closed as too big (1009) and the server stays responsive', async () => {
    const { socket, opened, closed } = rawSocket(server);
    await opened;
    socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'ż'.repeat(500_000) } }));
    expect((await closed).code).toBe(1009);
    expect(await healthy(server)).toBe(200);
  });

  it('given a socket sending an oversized message, when it is closed, then the server logs at most one short line, with no stack and nothing the message held', async () => {
    const before = server.logs.entries().length;
    const logged = [
      vi.spyOn(console, 'error').mockImplementation(() => {}),
      vi.spyOn(console, 'warn').mockImplementation(() => {}),
      vi.spyOn(console, 'log').mockImplementation(() => {}),
    ];
    try {
      const { socket, opened, closed } = rawSocket(server);
      await opened;
      socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: `Jan Kowalski ${'ż'.repeat(50_000)}` } }));
      expect((await closed).code).toBe(1009);
      const printed = logged
        .flatMap((spy) => spy.mock.calls)
        .map((args) => args.map((arg) => (arg instanceof Error ? (arg.stack ?? arg.message) : String(arg))).join(' '));
      const lines = [
        ...printed,
        ...server.logs
          .entries()
          .slice(before)
          .filter((line) => line.msg !== 'request')
          .map((line) => JSON.stringify(line)),
      ];
      expect(lines.some((line) => line.includes('WebSocket closed for what its client sent'))).toBe(true);
      expect(lines.length).toBeLessThanOrEqual(1);
      for (const line of lines) {
        expect(line).not.toMatch(/\n|\bat |Kowalski|ż/);
        expect(line.length).toBeLessThan(200);
      }
    } finally {
      for (const spy of logged) spy.mockRestore();
    }
  });

  it('a signed-in socket may not send more than 64 kB at once either', async () => {
    const { socket, opened, closed, acked } = rawSocket(server);
    await opened;
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${await server.token('CLERK')}` } }));
    await acked;
    socket.send(
      JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `subscription { disputeReceived { id } } # ${'x'.repeat(70_000)}` } }),
    );
    expect((await closed).code).toBe(1009);
  });

  it('a socket that sends no connection_init within WS_INIT_TIMEOUT_MS is closed (4408)', async () => {
    const { opened, closed } = rawSocket(server);
    await opened;
    const { code, afterMs } = await closed;
    expect(code).toBe(4408);
    expect(afterMs).toBeLessThan(3000);
  });

  it('given a subscription opened with a token valid for 3 s, when the token expires, then the socket is closed with 4401 and nothing more is delivered', async () => {
    const token = await createLocalAuth({ dataDir: server.dataDir }).issueToken(clerk, { expiresIn: '3s' });
    const client = createClient({
      url: `${server.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: true,
    });
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      client.on('closed', (event) => resolve(event as { code: number; reason: string })),
    );
    const updates = client.iterate<{ disputeReceived: { category: string } }>({ query: `subscription { disputeReceived { category } }` });
    const first = nextOf(updates, 'the complaint received while the token is valid');
    await new Promise((r) => setTimeout(r, 200));
    await server.gql(RECEIVE, { input: complaintInput({ category: 'przed wygaśnięciem' }) });
    expect((await first).data?.disputeReceived.category).toBe('przed wygaśnięciem');

    const { code, reason } = await Promise.race([
      closed,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the socket stayed open after the token expired')), 6000)),
    ]);
    expect(code).toBe(4401);
    expect(reason).toMatch(/token has expired/);
    await server.gql(RECEIVE, { input: complaintInput({ category: 'po wygaśnięciu' }) });
    // The subscription ends with the socket's close, not with an update.
    await expect(nextOf(updates, 'anything after expiry', 500)).rejects.toMatchObject({ code: 4401 });
    await client.dispose();
  });

  describe('tokens', () => {
    const signed = async (claims: { iat: number; exp: number }) =>
      new SignJWT({ name: 'Anna Żółkiewska', role: 'CLERK' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('u-clerk')
        .setIssuer('dispute-ledger-local')
        .setAudience('dispute-ledger')
        .setIssuedAt(claims.iat)
        .setExpirationTime(claims.exp)
        .sign(Buffer.from(readFileSync(join(server.dataDir, 'jwt-secret'), 'utf8').trim(), 'base64url'));
    const now = () => Math.floor(Date.now() / 1000);
    const HOUR = 3600;

    it.each([
      [
        'valid for 100 years',
        () => ({ iat: now(), exp: now() + 100 * 365 * 24 * HOUR }),
        /valid for longer than the 12 hours this server accepts/,
      ],
      ['valid for 13 hours', () => ({ iat: now(), exp: now() + 13 * HOUR }), /valid for longer than the 12 hours/],
      ['issued an hour from now', () => ({ iat: now() + HOUR, exp: now() + 2 * HOUR }), /issued in the future/],
    ])('a token %s is refused (401)', async (_what, claims, message) => {
      const res = await server.gql(`{ disputes(first: 1) { totalCount } }`, {}, { token: await signed(claims()) });
      expect(res.status).toBe(401);
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(message) });
    });

    it('a token valid for 12 hours, issued a few seconds ahead of our clock, is accepted', async () => {
      const res = await server.gql(
        `{ disputes(first: 1) { totalCount } }`,
        {},
        { token: await signed({ iat: now() + 5, exp: now() + 12 * HOUR }) },
      );
      expect(res.errors).toBeUndefined();
    });

    it('no local token is issued for longer than MAX_TOKEN_HOURS', async () => {
      await expect(createLocalAuth({ dataDir: server.dataDir }).issueToken(clerk, { expiresIn: '7d' })).rejects.toThrow(
        /at most 12 hours \(MAX_TOKEN_HOURS\)/,
      );
    });
  });
});
