import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browser, SIGN_IN } from '../support/browser.js';
import { controlledClock } from '../support/controlled-clock.js';
import { complaintInput, EXPLAIN, EXTEND, RECEIVE } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** The persons of these specifications, and every secret they hold: none may reach a log line or a metric label. */
const complainant = {
  name: 'Grzegorz Brzęczyszczykiewicz',
  address: 'ul. Źródlana 7/3, 15-813 Białystok',
  email: 'g.brzeczyszczykiewicz@example.pl',
};
const clerk = {
  userId: 'jadwiga.lesniak',
  name: 'Jadwiga Leśniak-Żądło',
  role: 'CLERK' as const,
  password: 'Świętokrzyskie łąki 2026',
  language: 'PL' as const,
};
const wrongPassword = 'Ćma nad Wisłą, złe hasło';
const explanation = 'Pani Małgorzata Ślęzak z ul. Wrzosowej 5 dzwoniła w sprawie zaświadczenia.';
const METRICS_TOKEN = 'metryki-0123456789abcdef';

const metrics = (server: TestServer, headers: Record<string, string> = {}) => fetch(`${server.url}/metrics`, { headers });

/** Every sample line of one metric, with its labels parsed. */
function samples(text: string, name: string): { labels: Record<string, string>; value: number }[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .map((line) => {
      const [, labels = '', value] = /^[^{ ]+(?:\{(.*)\})? (\S+)$/.exec(line)!;
      return { labels: Object.fromEntries([...labels.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!])), value: Number(value) };
    });
}

describe('logs, metrics and health of a server at work', () => {
  const time = controlledClock('2026-03-02T09:00:00+01:00');
  let server: TestServer;
  let secrets: string[];
  let disputeId: string;

  beforeAll(async () => {
    server = await startTestServer({ clock: time.clock, env: { METRICS_TOKEN } });
    await server.services.accounts.create(clerk);
    const token = await server.token('CLERK', clerk.userId, clerk.name);

    // Given a working day's requests: signing in (wrongly, then rightly), a complaint with a person's data, a step
    // naming another person, a refusal, input the server rejects while quoting it, a stale revision, a client's
    // operation named after the person, and a path made of an e-mail address
    const page = browser(server.url);
    expect((await page.gql(SIGN_IN, { input: { userId: clerk.userId, password: wrongPassword } })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await page.gql(SIGN_IN, { input: { userId: clerk.userId, password: clerk.password } })).errors).toBeUndefined();
    const received = await page.gql(RECEIVE, { input: complaintInput({ complainant }) });
    expect(received.errors).toBeUndefined();
    disputeId = received.data!.receiveComplaint.disputeId;
    expect(
      (
        await server.gql(
          EXPLAIN,
          { input: { disputeId, channel: 'PHONE', explanation, reasons: `Rozmowa z ${complainant.name}.` } },
          { token },
        )
      ).errors,
    ).toBeUndefined();
    const refused = await server.gql(
      EXTEND,
      { input: { disputeId, newDueAt: '2020-01-01T00:00:00+01:00', reasons: `Prośba ${complainant.name}` } },
      { token },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('RULE_VIOLATED');
    const quoted = await server.gql(RECEIVE, { input: complaintInput({ complainant, channel: complainant.name }) }, { token });
    expect(quoted.status).toBe(400);
    const stale = await server.gql(
      EXPLAIN,
      { input: { disputeId, expectedRevision: 0, channel: 'PHONE', explanation, reasons: 'Art. 7 KPA.' } },
      { token },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const named = await server.post(
      JSON.stringify({ query: `query Brzeczyszczykiewicz { dispute(id: "${disputeId}") { complainant { name email address } } }` }),
      { authorization: `Bearer ${token}` },
    );
    expect(named.data?.dispute.complainant).toEqual(complainant);
    expect((await fetch(`${server.url}/${encodeURIComponent(complainant.email)}`)).status).toBe(404);
    secrets = [
      complainant.name,
      'Brzęczyszczykiewicz',
      'Brzeczyszczykiewicz',
      complainant.address,
      'Źródlana',
      complainant.email,
      clerk.name,
      'Leśniak',
      clerk.password,
      wrongPassword,
      'Ślęzak',
      'Wrzosowej',
      token,
      page.cookie('dl_session')!,
      METRICS_TOKEN,
    ];
  });
  afterAll(() => server.close());

  describe('logs', () => {
    it('hold one JSON line per request with its id, route, operation (by the schema, not the client), outcome and duration', () => {
      const requests = server.logs.entries().filter((line) => line.msg === 'request');
      const ops = requests.map((line) => [line.operation, line.outcome]);
      expect(ops).toEqual(
        expect.arrayContaining([
          ['mutation signIn', 'UNAUTHENTICATED'],
          ['mutation signIn', 'ok'],
          ['mutation receiveComplaint', 'ok'],
          ['mutation recordExplanation', 'ok'],
          ['mutation extendDeadline', 'RULE_VIOLATED'],
          ['mutation recordExplanation', 'CONFLICT'],
          ['query dispute', 'ok'],
        ]),
      );
      for (const line of requests) {
        expect(line).toMatchObject({
          level: 30,
          requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
          method: expect.any(String),
          status: expect.any(Number),
          ms: expect.any(Number),
        });
      }
      expect(new Set(requests.map((line) => line.requestId)).size).toBe(requests.length);
      expect(requests.find((line) => line.status === 404)).toMatchObject({ route: 'other', outcome: 'http 4xx' });
    });

    it('never hold a name, an address, an e-mail, a password, a token or a session id', () => {
      const text = server.logs.text();
      expect(text.length).toBeGreaterThan(1000);
      for (const secret of secrets) expect(text, secret).not.toContain(secret);
      // Nor escaped as JSON would escape them.
      for (const secret of secrets) expect(text).not.toContain(JSON.stringify(secret).slice(1, -1));
    });

    it('redact credentials and personal fields whatever code logs them', () => {
      const { logger, text } = server.logs;
      logger.info(
        {
          authorization: 'Bearer abc',
          headers: { cookie: 'dl_session=xyz' },
          variables: { input: complainant },
          input: { ...complainant, password: clerk.password },
        },
        'careless',
      );
      const line = text().trim().split('\n').at(-1)!;
      expect(JSON.parse(line)).toMatchObject({
        authorization: '[redacted]',
        headers: '[redacted]',
        variables: '[redacted]',
        input: { name: '[redacted]', email: '[redacted]', address: '[redacted]', password: '[redacted]' },
      });
      for (const secret of [complainant.name, complainant.email, clerk.password, 'xyz']) expect(line).not.toContain(secret);
    });

    it('answer each request with its id, and keep a proxy’s id when it is one', async () => {
      const own = await fetch(`${server.url}/healthz`);
      expect(own.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const proxied = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': '5f2b0c7a9e3d4b1f8a6c2e0d9b7a5c3e' } });
      expect(proxied.headers.get('x-request-id')).toBe('5f2b0c7a9e3d4b1f8a6c2e0d9b7a5c3e');
      const made = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': complainant.email } });
      expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('metrics', () => {
    it('are read from this machine without a credential, in Prometheus’s format', async () => {
      const res = await metrics(server);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await res.text();
      for (const name of [
        'dispute_ledger_requests_total',
        'dispute_ledger_request_duration_seconds_bucket',
        'dispute_ledger_commands_total',
        'dispute_ledger_projection_lag_events',
        'dispute_ledger_projection_lag_seconds',
        'dispute_ledger_store_position',
        'dispute_ledger_requests_waiting_for_turn',
        'dispute_ledger_file_bytes',
        'nodejs_eventloop_lag_seconds',
      ]) {
        expect(text).toContain(`\n${name}`);
      }
    });

    it('are refused through a proxy without the credential, and read with it', async () => {
      const relayed = { 'x-forwarded-for': '203.0.113.7' };
      const refused = await metrics(server, relayed);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer');
      expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      expect((await metrics(server, { ...relayed, authorization: 'Bearer wrong-0123456789abcdef' })).status).toBe(401);
      // An API token is no metrics credential.
      expect((await metrics(server, { ...relayed, authorization: `Bearer ${await server.token('ADMIN')}` })).status).toBe(401);
      expect((await metrics(server, { forwarded: 'for=203.0.113.7' })).status).toBe(401);
      expect((await metrics(server, { ...relayed, authorization: `Bearer ${METRICS_TOKEN}` })).status).toBe(200);
    });

    it('count commands by type and result, and requests by operation and outcome', async () => {
      const text = await (await metrics(server)).text();
      const commands = samples(text, 'dispute_ledger_commands_total');
      const count = (type: string, result: string) => commands.find((s) => s.labels.type === type && s.labels.result === result)?.value;
      expect(count('receiveComplaint', 'ok')).toBe(1);
      expect(count('recordExplanation', 'ok')).toBe(1);
      expect(count('recordExplanation', 'conflict')).toBe(1);
      expect(count('extendDeadline', 'refused')).toBe(1);
      expect(count('signIn', 'refused')).toBe(1);
      expect(count('receiveComplaint', 'refused')).toBe(1);
      const requests = samples(text, 'dispute_ledger_requests_total');
      expect(requests).toContainEqual({ labels: { route: '/graphql', operation: 'query dispute', outcome: 'ok' }, value: 1 });
      expect(requests).toContainEqual({
        labels: { route: '/graphql', operation: 'mutation receiveComplaint', outcome: 'BAD_USER_INPUT' },
        value: 1,
      });
      const lag = samples(text, 'dispute_ledger_projection_lag_events');
      expect(lag).toEqual([{ labels: {}, value: 0 }]);
      expect(samples(text, 'dispute_ledger_file_bytes').find((s) => s.labels.file === 'events.sqlite')!.value).toBeGreaterThan(0);
    });

    it('carry no personal data and only labels from bounded sets, whatever clients send', async () => {
      const token = await server.token('CLERK');
      // Operations, fields and paths clients make up, each a new word.
      for (let i = 0; i < 20; i++) {
        await server.post(JSON.stringify({ query: `query Osoba${i} { nieMa${i} }` }), { authorization: `Bearer ${token}` });
        await fetch(`${server.url}/exports/kowalski-${i}.csv`);
        await fetch(`${server.url}/graphql?x=${i}`, { method: 'PUT' });
      }
      const text = await (await metrics(server)).text();
      for (const secret of secrets) expect(text).not.toContain(secret);
      const requests = samples(text, 'dispute_ledger_requests_total');
      const routes = new Set(requests.map((s) => s.labels.route));
      const operations = new Set(requests.map((s) => s.labels.operation));
      expect(
        [...routes].every(
          (r) => ['/graphql', '/healthz', '/readyz', '/metrics', 'web', 'other'].includes(r!) || r!.startsWith('/exports/'),
        ),
        [...routes].join(),
      ).toBe(true);
      expect(
        [...operations].every((o) => o === 'none' || o === 'multiple' || o === 'other' || /^(query|mutation|subscription) \w+$/.test(o!)),
        [...operations].join(),
      ).toBe(true);
      expect(text).not.toMatch(/Osoba\d|nieMa\d|kowalski-\d/);
      // However many made-up words, the label sets stay small.
      expect(requests.length).toBeLessThan(40);
    });
  });

  describe('health', () => {
    it('/healthz says alive and nothing else', async () => {
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
    });

    it('/readyz says ready when the store answers and the read models are caught up, with no count or position', async () => {
      const res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(JSON.parse(body)).toEqual({ status: 'ready', eventStore: 'ok', readModels: 'caught up' });
      expect(body).not.toMatch(/\d/);
    });

    it('/readyz answers 503 while the read models are behind by more than the bound, and 200 once they catch up', async () => {
      const token = await server.token('CLERK');
      await server.services.runner.stop();
      // Recorded, but not applied: the mutation says so after READ_YOUR_WRITES_MS.
      const pending = server.gql(
        EXPLAIN,
        { input: { disputeId, channel: 'EMAIL', explanation: 'Krok zapisany przy zatrzymanych projekcjach.', reasons: 'Art. 7 KPA.' } },
        { token },
      );
      // Within the bound (10 s by default) the server is still ready…
      await new Promise((r) => setTimeout(r, 200));
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      // …11 s later it is not, and says which check failed.
      time.set(new Date(time.clock().getTime() + 11_000).toISOString());
      const behind = await fetch(`${server.url}/readyz`);
      expect(behind.status).toBe(503);
      expect(await behind.json()).toEqual({ status: 'not ready', eventStore: 'ok', readModels: 'catching up' });
      const lagged = samples(await (await metrics(server)).text(), 'dispute_ledger_projection_lag_seconds')[0]!.value;
      expect(lagged).toBeGreaterThanOrEqual(11);
      server.services.runner.start();
      await expect.poll(async () => (await fetch(`${server.url}/readyz`)).status, { timeout: 10_000 }).toBe(200);
      await pending;
    });
  });
});
