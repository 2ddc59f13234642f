import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGE, complaintInput, DECIDE, RECEIVE, refusal } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Every bad input gets a clear, specific error and appends nothing. */
describe('bad input over HTTP', () => {
  let server: TestServer;
  let disputeId: string;
  const head = () => server.services.runner.checkpoint();

  beforeAll(async () => {
    server = await startTestServer();
    const res = await server.gql(RECEIVE, { input: complaintInput() });
    disputeId = res.data!.receiveComplaint.disputeId;
  });
  afterAll(() => server.close());

  async function refusedWithoutAppending(
    send: () => Promise<{ status: number; errors?: { message: string; extensions?: Record<string, any> }[] }>,
    code: string,
  ) {
    const before = await server.services.queries.current(disputeId);
    const position = head();
    const res = await send();
    expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
    expect(res.errors![0]!.message.length).toBeGreaterThan(15);
    expect(head()).toBe(position);
    expect(server.services.queries.current(disputeId)?.view.revision).toBe(before?.view.revision);
    return res;
  }

  it('wrong types are BAD_USER_INPUT', async () => {
    await refusedWithoutAppending(() => server.gql(RECEIVE, { input: { ...complaintInput(), channel: 'PIGEON' } }), 'BAD_USER_INPUT');
    await refusedWithoutAppending(() => server.gql(ACKNOWLEDGE, { input: { disputeId, expectedRevision: 'one' } }), 'BAD_USER_INPUT');
  });

  it('a date in the wrong format is BAD_USER_INPUT naming the format', async () => {
    const res = await refusedWithoutAppending(
      () => server.gql(RECEIVE, { input: complaintInput({ receivedAt: '14.03.2025' }) }),
      'BAD_USER_INPUT',
    );
    expect(res.errors![0]!.message).toContain('ISO 8601');
  });

  it('an oversized description is BAD_USER_INPUT listing the field', async () => {
    const res = await refusedWithoutAppending(
      () => server.gql(RECEIVE, { input: complaintInput({ description: 'ż'.repeat(10_001) }) }),
      'BAD_USER_INPUT',
    );
    expect(res.errors![0]!.extensions!.fields).toEqual([
      { path: 'description', message: 'must be at most 10000 characters', code: 'too_big', maximum: 10_000 },
    ]);
  });

  it('each field names its problem by code and bound, so a client can say it in its own language', async () => {
    const res = await refusedWithoutAppending(
      () => server.gql(RECEIVE, { input: complaintInput({ category: '   ', complainant: { name: 'Łucja Żak', email: 'nie-email' } }) }),
      'BAD_USER_INPUT',
    );
    expect(res.errors![0]!.extensions!.fields).toEqual([
      { path: 'category', message: 'must not be empty', code: 'too_small', minimum: 1 },
      { path: 'complainant.email', message: 'must be a valid e-mail address', code: 'invalid_format' },
    ]);
  });

  it('an invalid e-mail is BAD_USER_INPUT listing the field', async () => {
    const res = await refusedWithoutAppending(
      () => server.gql(RECEIVE, { input: complaintInput({ complainant: { name: 'Jan Kowalski', email: 'nie-email' } }) }),
      'BAD_USER_INPUT',
    );
    expect(res.errors![0]!.extensions!.fields[0].path).toBe('complainant.email');
  });

  it('a huge body is refused before it is parsed', async () => {
    const res = await server.post(
      JSON.stringify({ query: RECEIVE, variables: { input: complaintInput({ description: 'x'.repeat(400_000) }) } }),
      {
        authorization: `Bearer ${await server.token('CLERK')}`,
      },
    );
    expect(res.status).toBe(413);
    expect(res.errors![0]!.extensions!.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a refusal without grounds is RULE_VIOLATED naming the rule', async () => {
    const res = await refusedWithoutAppending(
      () => server.gql(DECIDE, { input: refusal(disputeId, { factualGrounds: null }) }),
      'RULE_VIOLATED',
    );
    expect(res.errors![0]!.extensions!.rule).toBe('KPA-238-factual-grounds');
  });

  it('an unknown dispute id is NOT_FOUND', async () => {
    await refusedWithoutAppending(
      () => server.gql(ACKNOWLEDGE, { input: { disputeId: '00000000-0000-4000-8000-000000000000' } }),
      'NOT_FOUND',
    );
  });

  it('a dispute id that is not a UUID is BAD_USER_INPUT', async () => {
    await refusedWithoutAppending(() => server.gql(ACKNOWLEDGE, { input: { disputeId: 'abc' } }), 'BAD_USER_INPUT');
  });

  it('no token, a forged token and an expired token are UNAUTHENTICATED with status 401', async () => {
    const forged = await new SignJWT({ name: 'Mallory', role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u-mallory')
      .setIssuer('dispute-ledger-local')
      .setAudience('dispute-ledger')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-secret-that-is-not-the-servers-secret-000'));
    for (const as of [null, { token: forged }, { token: 'not.a.jwt' }]) {
      const res = await refusedWithoutAppending(() => server.gql(ACKNOWLEDGE, { input: { disputeId } }, as), 'UNAUTHENTICATED');
      expect(res.status).toBe(401);
    }
    const secret = Buffer.from(readFileSync(join(server.dataDir, 'jwt-secret'), 'utf8').trim(), 'base64url');
    const expired = await new SignJWT({ name: 'Anna Nowak', role: 'CLERK' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer('dispute-ledger-local')
      .setAudience('dispute-ledger')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secret);
    const res = await refusedWithoutAppending(
      () => server.gql(ACKNOWLEDGE, { input: { disputeId } }, { token: expired }),
      'UNAUTHENTICATED',
    );
    expect(res.errors![0]!.message).toContain('expired');
  });

  it('a role not allowed is FORBIDDEN', async () => {
    const res = await refusedWithoutAppending(() => server.gql(DECIDE, { input: refusal(disputeId) }, 'OMBUDSMAN'), 'FORBIDDEN');
    expect(res.errors![0]!.message).toContain('OMBUDSMAN');
  });

  it('a query nested too deep is refused before it runs, also when hidden in fragments', async () => {
    const ok = await server.gql(`query { dispute(id: "${disputeId}") { timeline { actor { userId } } } }`);
    expect(ok.errors).toBeUndefined();
    // Leaves do not count: __schema, types and five times fields and type make 12 levels.
    const fieldTypes = `${'fields { type { '.repeat(5)}name${' } }'.repeat(5)}`;
    const deep = await server.gql(`query { __schema { types { ${fieldTypes} } } }`);
    expect(deep.errors?.[0]?.message).toMatch(/nested 12 levels deep; at most 10/);
    const viaFragments = await server.gql(
      `query { ...A } fragment A on Query { __schema { types { ...B } } } fragment B on __Type { ${fieldTypes} }`,
    );
    expect(viaFragments.errors?.[0]?.message).toMatch(/nested \d+ levels deep/);
  });
});
