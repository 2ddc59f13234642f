import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browser, ME, SIGN_IN, SIGN_OUT } from '../support/browser.js';
import { controlledClock } from '../support/controlled-clock.js';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const anna = { userId: 'anna', name: 'Anna Żółkiewska', role: 'CLERK' as const, password: 'Zażółć gęślą jaźń!', language: 'PL' as const };
const USERS = `{ users { userId name role language disabled createdAt lastSignInAt } }`;

describe('sign-in: local accounts and browser sessions over HTTP', () => {
  const time = controlledClock('2026-03-02T08:00:00+01:00');
  let server: TestServer;
  let minutes = 0;
  beforeAll(async () => {
    server = await startTestServer({ clock: time.clock });
    await server.services.accounts.create(anna);
    await server.services.accounts.create({
      userId: 'admin',
      name: 'Zbigniew Ćwik',
      role: 'ADMIN',
      password: 'Hasło administratora',
      language: 'EN',
    });
  });
  // Each test an hour after the last: no session or failure of one is still fresh in the next.
  beforeEach(() => {
    minutes += 60 * 11;
    time.set(new Date(Date.parse('2026-03-02T08:00:00+01:00') + minutes * 60_000).toISOString());
  });
  afterAll(() => server.close());
  const later = (m: number) => time.set(new Date(time.clock().getTime() + m * 60_000).toISOString());

  const signedIn = async (who: { userId: string; password: string } = anna) => {
    const page = browser(server.url);
    const res = await page.gql(SIGN_IN, { input: { userId: who.userId, password: who.password } });
    expect(res.errors).toBeUndefined();
    return page;
  };

  it('answers me with null, not an error, before anyone signs in', async () => {
    const res = await browser(server.url).gql(ME);
    expect(res).toEqual({ status: 200, data: { me: null } });
  });

  it('refuses every other operation without a session or token, as before: 401 UNAUTHENTICATED', async () => {
    const page = browser(server.url);
    for (const query of [
      USERS,
      SIGN_OUT,
      `{ me { userId } users { userId } }`,
      `{ ...F } fragment F on Query { users { userId } }`,
      `{ __schema { types { name } } }`,
    ]) {
      const res = await page.gql(query);
      expect(res.status).toBe(401);
      expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      expect(res.data).toBeUndefined();
    }
  });

  it('signs in, sets an httpOnly SameSite=Strict cookie for the whole site, and knows who is signed in', async () => {
    const page = browser(server.url);
    const res = await page.gql(SIGN_IN, { input: { userId: 'anna', password: anna.password } });
    const expiresAt = new Date(time.clock().getTime() + 60 * 60_000).toISOString();
    expect(res.data).toEqual({
      signIn: { userId: 'anna', name: 'Anna Żółkiewska', role: 'CLERK', language: 'PL', sessionExpiresAt: expiresAt },
    });
    const [cookie] = page.setCookies();
    expect(cookie).toMatch(/^dl_session=[A-Za-z0-9_-]{43}; /);
    const attributes = cookie!
      .split(';')
      .slice(1)
      .map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/']));
    // Over plain http: a Secure cookie would never come back.
    expect(attributes).not.toContain('secure');
    expect((await page.gql(ME)).data).toEqual({
      me: { userId: 'anna', name: 'Anna Żółkiewska', role: 'CLERK', language: 'PL', sessionExpiresAt: expiresAt },
    });
  });

  it('marks the cookie Secure when the request came over https (through a proxy trusted with TRUST_PROXY)', async () => {
    const behindProxy = await startTestServer({ env: { TRUST_PROXY: 'loopback' } });
    try {
      await behindProxy.services.accounts.create(anna);
      const res = await fetch(`${behindProxy.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ query: SIGN_IN, variables: { input: { userId: 'anna', password: anna.password } } }),
      });
      expect(
        res.headers
          .getSetCookie()[0]!
          .split(';')
          .map((a) => a.trim().toLowerCase()),
      ).toContain('secure');
    } finally {
      await behindProxy.close();
    }
  });

  it('lets a signed-in clerk work with the cookie alone, recorded under her own name', async () => {
    const page = await signedIn();
    const received = await page.gql(RECEIVE, {
      input: complaintInput({ description: 'Skarga złożona przez przeglądarkę: długo czekam.' }),
    });
    expect(received.errors).toBeUndefined();
    const id = received.data!.receiveComplaint.disputeId;
    const dispute = await page.gql(`query($id: ID!) { dispute(id: $id) { timeline { actor { userId name role } } } }`, { id });
    expect(dispute.data!.dispute.timeline[0].actor).toEqual({ userId: 'anna', name: 'Anna Żółkiewska', role: 'CLERK' });
  });

  it('answers a wrong password and an unknown user id alike: the same code, message and about the same time', async () => {
    const page = browser(server.url);
    const attempt = async (userId: string, password: string) => {
      const started = performance.now();
      const res = await page.gql(SIGN_IN, { input: { userId, password } });
      return { ms: performance.now() - started, error: res.errors![0]!, status: res.status, data: res.data };
    };
    const wrongPassword = [];
    const unknownUser = [];
    // Interleaved, so a slow moment of the machine falls on both; 4 each stays under the pause after 5 failures.
    for (let i = 0; i < 4; i++) {
      wrongPassword.push(await attempt('anna', `not her password ${i}`));
      unknownUser.push(await attempt(`nobody-${i}`, `not her password ${i}`));
    }
    for (const answer of [...wrongPassword, ...unknownUser]) {
      expect(answer.error).toEqual({
        message: 'The user id or the password is not right. Check both and try again.',
        extensions: { code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' },
        path: ['signIn'],
      });
      expect(page.cookie('dl_session')).toBeUndefined();
    }
    const median = (xs: { ms: number }[]) => xs.map((x) => x.ms).sort((a, b) => a - b)[xs.length >> 1]!;
    // Both verify one scrypt hash (the unknown id a dummy one), some 50-100 ms; skipping it would answer in 1-2 ms.
    expect(median(unknownUser)).toBeGreaterThan(median(wrongPassword) * 0.5);
    expect(median(unknownUser)).toBeLessThan(median(wrongPassword) * 2);
  });

  it('pauses a user id after 5 failures, saying when to try again, then lets the right password in', async () => {
    const page = browser(server.url);
    for (let i = 0; i < 5; i++) await page.gql(SIGN_IN, { input: { userId: 'anna', password: `guess number ${i}` } });
    const paused = await page.gql(SIGN_IN, { input: { userId: 'anna', password: anna.password } });
    const retryAt = new Date(time.clock().getTime() + 30_000).toISOString();
    expect(paused.errors![0]).toMatchObject({
      message: expect.stringContaining(`wait until ${retryAt}`),
      extensions: { code: 'UNAUTHENTICATED', reason: 'THROTTLED', retryAt },
    });
    expect(page.cookie('dl_session')).toBeUndefined();
    time.set(new Date(Date.parse(retryAt) + 1000).toISOString());
    expect((await page.gql(SIGN_IN, { input: { userId: 'anna', password: anna.password } })).errors).toBeUndefined();
  });

  it('refuses a password shorter than 12 characters or no user id as BAD_USER_INPUT naming the field', async () => {
    const res = await browser(server.url).gql(SIGN_IN, { input: { userId: ' ', password: 'x' } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'userId', message: 'is required' }] });
  });

  it('signs out: the session ends on the server, the cookie is cleared, and the old cookie opens nothing', async () => {
    const page = await signedIn();
    const stolen = page.cookieHeader();
    expect((await page.gql(SIGN_OUT)).data).toEqual({ signOut: true });
    expect(page.setCookies()[0]).toMatch(/^dl_session=; Path=\/; Expires=Thu, 01 Jan 1970/);
    expect((await page.gql(ME)).data).toEqual({ me: null });
    const replayed = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: stolen },
      body: JSON.stringify({ query: USERS }),
    });
    expect(replayed.status).toBe(401);
    expect(((await replayed.json()) as any).errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
  });

  it('ends a session left idle for 60 minutes (SESSION_IDLE_MINUTES), and clears its cookie', async () => {
    const page = await signedIn();
    later(59);
    expect((await page.gql(ME)).data!.me.userId).toBe('anna');
    later(59);
    expect((await page.gql(ME)).data!.me.userId).toBe('anna');
    later(60);
    expect((await page.gql(ME)).data).toEqual({ me: null });
    expect(page.cookie('dl_session')).toBeUndefined();
  });

  it('ends a session 10 hours after sign-in (SESSION_HOURS), however busy', async () => {
    const page = await signedIn();
    for (let use = 0; use < 11; use++) {
      later(50);
      expect((await page.gql(ME)).data!.me).not.toBeNull();
    }
    later(50);
    expect((await page.gql(ME)).data).toEqual({ me: null });
  });

  it('shuts a disabled user out at once, and a changed role takes effect at the next request', async () => {
    await server.services.accounts.create({
      userId: 'marek',
      name: 'Marek Łęcki',
      role: 'CLERK',
      password: 'Marek ma długie hasło',
      language: 'PL',
    });
    const marek = await signedIn({ userId: 'marek', password: 'Marek ma długie hasło' });
    const admin = await signedIn({ userId: 'admin', password: 'Hasło administratora' });
    expect((await marek.gql(RECEIVE, { input: complaintInput() })).errors).toBeUndefined();
    const disabled = await admin.gql(`mutation { updateUser(input: { userId: "marek", disabled: true }) { userId disabled } }`);
    expect(disabled.data).toEqual({ updateUser: { userId: 'marek', disabled: true } });
    const refused = await marek.gql(RECEIVE, { input: complaintInput() });
    expect(refused.status).toBe(401);
    expect(refused.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const again = await browser(server.url).gql(SIGN_IN, { input: { userId: 'marek', password: 'Marek ma długie hasło' } });
    expect(again.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_DISABLED' });
  });

  it('keeps working with bearer tokens, and me answers for a token too (no session expiry)', async () => {
    const me = await server.gql(ME, {}, 'SUPERVISOR');
    expect(me.data).toEqual({
      me: { userId: 'u-supervisor', name: 'Anna Żółkiewska', role: 'SUPERVISOR', language: 'PL', sessionExpiresAt: null },
    });
    expect((await server.gql(RECEIVE, { input: complaintInput() }, 'CLERK')).errors).toBeUndefined();
  });

  it('keeps each user’s language in their account', async () => {
    const page = await signedIn();
    const set = await page.gql(`mutation { setMyLanguage(language: EN) { language } }`);
    expect(set.data).toEqual({ setMyLanguage: { language: 'EN' } });
    const next = await signedIn();
    expect((await next.gql(ME)).data!.me.language).toBe('EN');
    await page.gql(`mutation { setMyLanguage(language: PL) { language } }`);
  });

  it('changes one’s own password, with the current one', async () => {
    const page = await signedIn();
    const change = `mutation($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) }`;
    const short = await page.gql(change, { input: { currentPassword: anna.password, newPassword: 'krótkie' } });
    expect(short.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'newPassword', message: 'must be at least 12 characters long', code: 'too_small', minimum: 12 }],
    });
    expect((await page.gql(change, { input: { currentPassword: anna.password, newPassword: 'Nowe, dłuższe hasło Anny' } })).data).toEqual({
      changeMyPassword: true,
    });
    expect(
      (await browser(server.url).gql(SIGN_IN, { input: { userId: 'anna', password: 'Nowe, dłuższe hasło Anny' } })).errors,
    ).toBeUndefined();
    await page.gql(change, { input: { currentPassword: 'Nowe, dłuższe hasło Anny', newPassword: anna.password } });
  });

  it('lets an administrator list, create, update and reset users, and refuses all of it to a clerk', async () => {
    const admin = await signedIn({ userId: 'admin', password: 'Hasło administratora' });
    const created = await admin.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { userId name role language disabled lastSignInAt } }`,
      {
        input: { userId: 'ewa.wojcik', name: 'Ewa Wójcik', role: 'SUPERVISOR', password: 'Ewa ma bezpieczne hasło', language: 'EN' },
      },
    );
    expect(created.data).toEqual({
      createUser: { userId: 'ewa.wojcik', name: 'Ewa Wójcik', role: 'SUPERVISOR', language: 'EN', disabled: false, lastSignInAt: null },
    });
    const users = await admin.gql(USERS);
    expect(users.data!.users.map((u: { userId: string }) => u.userId)).toEqual(expect.arrayContaining(['admin', 'anna', 'ewa.wojcik']));
    expect(JSON.stringify(users.data)).not.toMatch(/scrypt|password/i);
    const reset = await admin.gql(
      `mutation { resetUserPassword(input: { userId: "ewa.wojcik", password: "Nowe hasło dla Ewy" }) { userId } }`,
    );
    expect(reset.errors).toBeUndefined();
    expect(
      (await browser(server.url).gql(SIGN_IN, { input: { userId: 'ewa.wojcik', password: 'Nowe hasło dla Ewy' } })).errors,
    ).toBeUndefined();

    const clerk = await signedIn();
    for (const query of [
      USERS,
      `mutation { createUser(input: { userId: "x", name: "X", role: ADMIN, password: "dwanaście znaków" }) { userId } }`,
      `mutation { updateUser(input: { userId: "anna", role: ADMIN }) { userId } }`,
      `mutation { resetUserPassword(input: { userId: "admin", password: "przejęte konto admina" }) { userId } }`,
    ]) {
      const res = await clerk.gql(query);
      expect(res.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('it is for ADMIN') });
    }
  });

  it('downloads an export with the session cookie alone, as a plain link in the web app does', async () => {
    const page = await signedIn();
    const res = await page.get('/exports/register.csv?from=2026-01-01&to=2027-01-01');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await browser(server.url).get('/exports/register.csv?from=2026-01-01&to=2027-01-01')).status).toBe(401);
  });
});
