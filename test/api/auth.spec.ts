import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { authFromEnv, createJwksAuth, createLocalAuth, LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../services/api/auth.js';
import { parseTokenArgs, runTokenCli, UsageError } from '../../services/api/token-cli.js';
import { Unauthenticated, Unavailable } from '../../services/errors.js';
import type { Actor } from '../../schema/envelope.js';

const anna: Actor = { userId: 'u1', name: 'Anna Nowak', role: 'CLERK' };
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'auth-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Signs claims with the secret the local auth of `dataDir` made, to craft tokens issueToken would never give. */
function signLocal(dataDir: string, claims: JWTPayload, exp: number | string = '1h') {
  const secret = Buffer.from(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim(), 'base64url');
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime(exp).sign(secret);
}
const standard = { sub: 'u1', name: 'Anna Nowak', role: 'CLERK', iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE };

describe('local auth', () => {
  it('verifies the tokens it issues', async () => {
    const auth = createLocalAuth({ dataDir: dir });
    expect(await auth.verify(`Bearer ${await auth.issueToken(anna)}`)).toEqual(anna);
  });

  it('issues the claims sub, name, role, iss, aud and a 12h expiry by default', async () => {
    const token = await createLocalAuth({ dataDir: dir }).issueToken(anna);
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toMatchObject(standard);
    expect(payload.exp - payload.iat).toBe(12 * 3600);
  });

  it('creates the data folder and a 0600 secret file of 32+ bytes, then reuses it', async () => {
    const dataDir = join(dir, 'nested', 'data');
    const token = await createLocalAuth({ dataDir }).issueToken(anna);
    const file = join(dataDir, 'jwt-secret');
    const secret = readFileSync(file, 'utf8');
    expect(Buffer.from(secret.trim(), 'base64url').length).toBeGreaterThanOrEqual(32);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await createLocalAuth({ dataDir }).verify(`Bearer ${token}`)).toEqual(anna);
    expect(readFileSync(file, 'utf8')).toBe(secret);
  });

  it.each([
    [undefined, /Sign in first/],
    ['', /Sign in first/],
    ['Basic dTE6cGFzcw==', /must read `Bearer <token>`/],
    ['Bearer', /must read `Bearer <token>`/],
    ['Bearer not-a-jwt', /malformed/],
    ['Bearer a.b.c', /malformed/],
  ])('refuses the header %j', async (header, message) => {
    await expect(createLocalAuth({ dataDir: dir }).verify(header)).rejects.toThrow(message);
  });

  it('accepts the scheme in any case', async () => {
    const auth = createLocalAuth({ dataDir: dir });
    expect(await auth.verify(`bearer ${await auth.issueToken(anna)}`)).toEqual(anna);
  });

  it('refuses a token signed with another secret', async () => {
    const other = createLocalAuth({ dataDir: join(dir, 'other') });
    const forged = await other.issueToken({ ...anna, role: 'ADMIN' });
    await expect(createLocalAuth({ dataDir: dir }).verify(`Bearer ${forged}`)).rejects.toThrow(
      "The token's signature is not valid for this server",
    );
  });

  it('refuses a token whose payload was changed', async () => {
    const auth = createLocalAuth({ dataDir: dir });
    const [header, payload, signature] = (await auth.issueToken(anna)).split('.');
    const promoted = b64({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), role: 'ADMIN' });
    await expect(auth.verify(`Bearer ${header}.${promoted}.${signature}`)).rejects.toThrow(/signature is not valid/);
  });

  it('refuses an expired token and says how to get a new one', async () => {
    const auth = createLocalAuth({ dataDir: dir });
    const expired = await signLocal(dir, standard, Math.floor(Date.now() / 1000) - 60);
    await expect(auth.verify(`Bearer ${expired}`)).rejects.toThrow('The token has expired: ask for a new one with `npm run token`.');
  });

  it('given a token verified and remembered, when it expires, then it is refused all the same', async () => {
    const auth = createLocalAuth({ dataDir: dir });
    const token = await signLocal(dir, standard, Math.floor(Date.now() / 1000) + 60);
    expect(await auth.verify(`Bearer ${token}`)).toEqual(anna);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 });
    try {
      await expect(auth.verify(`Bearer ${token}`)).rejects.toThrow('The token has expired');
    } finally {
      vi.useRealTimers();
    }
  });

  it("given a clerk's token remembered, when a supervisor's token comes, then each proves its own actor", async () => {
    const auth = createLocalAuth({ dataDir: dir });
    const ewa: Actor = { userId: 'u2', name: 'Ewa Wójcik', role: 'SUPERVISOR' };
    const [clerk, supervisor] = [await auth.issueToken(anna), await auth.issueToken(ewa)];
    expect(await auth.verify(`Bearer ${clerk}`)).toEqual(anna);
    expect(await auth.verify(`Bearer ${supervisor}`)).toEqual(ewa);
    expect(await auth.verify(`Bearer ${clerk}`)).toEqual(anna);
  });

  it('refuses a token that never expires', async () => {
    const auth = createLocalAuth({ dataDir: dir });
    const secret = Buffer.from(readFileSync(join(dir, 'jwt-secret'), 'utf8').trim(), 'base64url');
    const eternal = await new SignJWT(standard).setProtectedHeader({ alg: 'HS256' }).sign(secret);
    await expect(auth.verify(`Bearer ${eternal}`)).rejects.toThrow(/only tokens that expire/);
  });

  it('refuses alg none', async () => {
    const auth = createLocalAuth({ dataDir: dir });
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...standard, exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
    await expect(auth.verify(`Bearer ${unsigned}`)).rejects.toThrow(Unauthenticated);
  });

  it.each([
    [
      'no role',
      { ...standard, role: undefined },
      /carries no role \(claim `role`; expected one of CLERK, MEDIATOR, SUPERVISOR, OMBUDSMAN, ADMIN\)/,
    ],
    ['an unknown role', { ...standard, role: 'SUPERUSER' }, /carries a role this server does not know/],
    ['a lower-case role', { ...standard, role: 'clerk' }, /carries a role this server does not know/],
    ['no name', { ...standard, name: undefined }, /does not say who you are/],
    ['another audience', { ...standard, aud: 'another-app' }, /meant for another service/],
    ['another issuer', { ...standard, iss: 'someone-else' }, /issuer this server does not trust/],
  ])('refuses a token with %s', async (_, claims, message) => {
    const auth = createLocalAuth({ dataDir: dir });
    await expect(auth.verify(`Bearer ${await signLocal(dir, claims)}`)).rejects.toThrow(message);
  });

  it('throws Unauthenticated (code UNAUTHENTICATED) for every refusal', async () => {
    const error = await createLocalAuth({ dataDir: dir })
      .verify('Bearer x.y.z')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Unauthenticated);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('JWKS auth (identity provider)', () => {
  const issuer = 'https://login.urzad.example.pl';
  const audience = 'dispute-ledger';
  let server: Server;
  let jwksUrl: string;
  let providerKey: CryptoKey;
  let strangerKey: CryptoKey;

  beforeAll(async () => {
    const provider = await generateKeyPair('ES256');
    providerKey = provider.privateKey;
    strangerKey = (await generateKeyPair('ES256')).privateKey;
    const jwks = { keys: [{ ...(await exportJWK(provider.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }] };
    server = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sign = (claims: JWTPayload, key = providerKey) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(key);

  it('verifies a token from the provider, with a configurable role claim', async () => {
    const auth = createJwksAuth({ jwksUrl, issuer, audience, roleClaim: 'dl_role' });
    const token = await sign({ sub: 'u7', name: 'Ewa Kowalska', dl_role: 'MEDIATOR' });
    expect(await auth.verify(`Bearer ${token}`)).toEqual({ userId: 'u7', name: 'Ewa Kowalska', role: 'MEDIATOR' });
  });

  it('refuses a token signed by another key, another issuer, or a missing role claim', async () => {
    const auth = createJwksAuth({ jwksUrl, issuer, audience });
    await expect(auth.verify(`Bearer ${await sign({ sub: 'u7', name: 'E', role: 'ADMIN' }, strangerKey)}`)).rejects.toThrow(
      /signature is not valid.*sign in again/,
    );
    const other = createJwksAuth({ jwksUrl, issuer: 'https://elsewhere.example', audience });
    await expect(other.verify(`Bearer ${await sign({ sub: 'u7', name: 'E', role: 'ADMIN' })}`)).rejects.toThrow(/issuer/);
    await expect(auth.verify(`Bearer ${await sign({ sub: 'u7', name: 'E', dl_role: 'ADMIN' })}`)).rejects.toThrow(/carries no role/);
  });

  it('refuses an HS256 token, whatever its secret', async () => {
    const auth = createJwksAuth({ jwksUrl, issuer, audience });
    const token = await new SignJWT({ sub: 'u7', name: 'E', role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime('1h')
      .sign(new Uint8Array(32));
    await expect(auth.verify(`Bearer ${token}`)).rejects.toThrow(/algorithm this server does not accept/);
  });

  it('reports an unreachable provider as Unavailable, not as a bad token', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const auth = createJwksAuth({ jwksUrl: `http://127.0.0.1:${port}/jwks`, issuer, audience });
    await expect(auth.verify(`Bearer ${await sign({ sub: 'u7', name: 'E', role: 'ADMIN' })}`)).rejects.toThrow(Unavailable);
  });

  it('requires https except on this machine', () => {
    expect(() => createJwksAuth({ jwksUrl: 'http://login.urzad.example.pl/jwks', issuer, audience })).toThrow(/must use https/);
  });
});

describe('authFromEnv', () => {
  it('uses the local secret when no JWKS URL is set', async () => {
    const auth = authFromEnv({}, dir);
    const token = await createLocalAuth({ dataDir: dir }).issueToken(anna);
    expect(await auth.verify(`Bearer ${token}`)).toEqual(anna);
  });

  it('names what is missing when a JWKS URL comes without issuer and audience', () => {
    expect(() => authFromEnv({ AUTH_JWKS_URL: 'https://login.urzad.example.pl/jwks' }, dir)).toThrow(
      /AUTH_ISSUER is required; AUTH_AUDIENCE is required/,
    );
    expect(() => authFromEnv({ AUTH_JWKS_URL: 'not a url', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' }, dir)).toThrow(
      /AUTH_JWKS_URL must be a URL/,
    );
  });

  it('builds a JWKS verifier when configured', () => {
    const auth = authFromEnv({ AUTH_JWKS_URL: 'https://login.urzad.example.pl/jwks', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' }, dir);
    expect(auth).not.toHaveProperty('issueToken');
  });
});

describe('token CLI', () => {
  it('parses the arguments, with defaults for expiry and the data folder from DATA_DIR', () => {
    expect(parseTokenArgs(['--role', 'CLERK', '--user', 'u1', '--name', 'Anna Nowak'], { DATA_DIR: '/srv/data' })).toEqual({
      actor: anna,
      expiresIn: '12h',
      dataDir: '/srv/data',
    });
    expect(parseTokenArgs(['--role', 'ADMIN', '--user', 'a1', '--name', 'Jan', '--expires', '30m', '--data-dir', 'x'], {})).toMatchObject({
      expiresIn: '30m',
      dataDir: 'x',
    });
    expect(parseTokenArgs(['--role', 'CLERK', '--user', 'u1', '--name', 'Anna'], {}).dataDir).toBe('./data');
  });

  it.each([
    [['--role', 'BOSS', '--user', 'u1', '--name', 'Anna'], /--role must be one of CLERK, MEDIATOR, SUPERVISOR, OMBUDSMAN, ADMIN/],
    [['--role', 'CLERK', '--name', 'Anna'], /--user is required/],
    [['--role', 'CLERK', '--user', 'u1', '--name', '  '], /--name is required/],
    [['--role', 'CLERK', '--user', 'u1', '--name', 'Anna', '--expires', 'forever'], /--expires must be a number and a unit/],
    [['--role', 'CLERK', '--user', 'u1', '--name', 'Anna', '--admin'], /Unknown option '--admin'/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseTokenArgs(argv, {})).toThrow(UsageError);
    expect(() => parseTokenArgs(argv, {})).toThrow(message);
  });

  it('exits with 2 and the usage on stderr for bad arguments', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runTokenCli(['--role', 'BOSS'], {}, { out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/Usage: npm run token -- --role/);
  });

  it('prints a token for the data folder as the last line of stdout, and no name or token on stderr', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runTokenCli(
      ['--role', 'CLERK', '--user', 'u1', '--name', 'Anna Nowak', '--data-dir', dir],
      {},
      { out: (l) => out.push(l), err: (l) => err.push(l) },
    );
    expect(code).toBe(0);
    const token = out.at(-1)!;
    expect(await createLocalAuth({ dataDir: dir }).verify(`Bearer ${token}`)).toEqual(anna);
    expect(err.join('\n')).not.toContain('Anna');
    expect(err.join('\n')).not.toContain(token);
  });
});
