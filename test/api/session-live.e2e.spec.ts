import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browser, SIGN_IN } from '../support/browser.js';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { listeningMoreThan, nextOf } from '../support/subscriber.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const anna = {
  userId: 'anna',
  name: 'Anna Żółkiewska',
  role: 'SUPERVISOR' as const,
  password: 'Zażółć gęślą jaźń!',
  language: 'PL' as const,
};

/** The socket a page opens: the browser adds the site's cookie and the page's Origin to the upgrade request. */
function socketFrom(origin: string, cookie: string) {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie }, origin });
    }
  };
}

describe('live updates for the web app: the session cookie on the WebSocket', () => {
  let server: TestServer;
  const clients: Client[] = [];
  beforeAll(async () => {
    server = await startTestServer();
    await server.services.accounts.create(anna);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.dispose();
  });
  afterAll(() => server.close());

  const signedIn = async () => {
    const page = browser(server.url);
    expect((await page.gql(SIGN_IN, { input: { userId: anna.userId, password: anna.password } })).errors).toBeUndefined();
    return page;
  };
  const closedWith = (client: Client) =>
    new Promise<{ code: number; reason: string }>((resolve) =>
      client.on('closed', (event) => resolve(event as { code: number; reason: string })),
    );
  const connect = (origin: string, cookie: string) => {
    const client = createClient({
      url: `${server.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: socketFrom(origin, cookie),
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(client);
    return client;
  };

  it('subscribes with the cookie alone from a page of this server', async () => {
    const page = await signedIn();
    const updates = connect(server.url, page.cookieHeader()).iterate<Record<string, any>>({
      query: 'subscription { disputeReceived { id category } }',
    });
    const before = server.services.supervision.live.listening();
    const pending = nextOf(updates, 'new dispute');
    await listeningMoreThan(server.services.supervision.live, before);
    await page.gql(RECEIVE, { input: complaintInput({ category: 'opieszałość urzędnika' }) });
    expect((await pending).data!.disputeReceived.category).toBe('opieszałość urzędnika');
    await updates.return?.();
  });

  it('refuses the cookie on a socket opened by another site’s page (cross-site WebSocket hijacking): 4403', async () => {
    const page = await signedIn();
    const client = connect('https://evil.example', page.cookieHeader());
    const closed = closedWith(client);
    const updates = client.iterate({ query: 'subscription { disputeReceived { id } }' });
    void updates.next().catch(() => undefined);
    const { code, reason } = await closed;
    expect(code).toBe(4403);
    expect(reason).toMatch(/^FORBIDDEN: a session cookie counts only on a socket opened by this server/);
  });

  it('closes the socket with 4401 as soon as the session ends, before any further update is sent', async () => {
    const page = await signedIn();
    const client = connect(server.url, page.cookieHeader());
    const closed = closedWith(client);
    const updates = client.iterate<Record<string, any>>({ query: 'subscription { disputeReceived { id } }' });
    const before = server.services.supervision.live.listening();
    const first = nextOf(updates, 'first dispute');
    await listeningMoreThan(server.services.supervision.live, before);
    await page.gql(RECEIVE, { input: complaintInput() });
    await first;
    const cookie = page.cookieHeader();
    await page.gql('mutation { signOut }');
    await server.gql(RECEIVE, { input: complaintInput() }, 'CLERK');
    const { code, reason } = await closed;
    expect(code).toBe(4401);
    expect(reason).toMatch(/^UNAUTHENTICATED: Your session has ended/);
    // And the ended session's cookie opens no new socket.
    const again = connect(server.url, cookie);
    const refused = closedWith(again);
    void again
      .iterate({ query: 'subscription { disputeReceived { id } }' })
      .next()
      .catch(() => undefined);
    expect((await refused).code).toBe(4401);
  });
});
