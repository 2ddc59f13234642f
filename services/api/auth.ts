import { createSecretKey } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { ActorSchema, RoleSchema, roles, type Actor } from '../../schema/envelope.js';
import { loadOrCreateSecret } from '../privacy/installation-secret.js';
import { AppError, Unauthenticated, Unavailable } from '../errors.js';
import { createLruCache } from '../lru-cache.js';

export const LOCAL_ISSUER = 'dispute-ledger-local';
export const LOCAL_AUDIENCE = 'dispute-ledger';
const SECRET_FILE = 'jwt-secret';
/** 256 bits: the HS256 key size RFC 7518 §3.2 asks for at least. */
const SECRET_BYTES = 32;
/** Asymmetric only: an identity provider never shares a secret with us, so HS256 there would be a forgery. */
const JWKS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/**
 * The longest a token may be valid, from its `iat` (or from now, without one) to its `exp` (MAX_TOKEN_HOURS): a
 * leaked token is a leaked identity until it expires. At most a week, which also keeps a socket's expiry timer exact.
 */
export const MaxTokenHoursSchema = z.coerce
  .number()
  .min(0.05)
  .max(24 * 7)
  .default(12);
/** How far our clock and a token issuer's may disagree (an identity provider's `iat`, `nbf` and `exp`; any `iat`). */
const CLOCK_TOLERANCE_SECONDS = 30;

/** What a request that proves no one is told. */
export const SIGN_IN_FIRST = 'Sign in first: with `signIn` (a browser session), or send the header `Authorization: Bearer <token>`.';

export interface Auth {
  /** The actor a bearer token proves, or Unauthenticated with a sentence the user can act on. */
  verify(authorizationHeader: string | undefined): Promise<Actor>;
}

export interface LocalAuth extends Auth {
  issueToken(actor: Actor, options?: { expiresIn?: string }): Promise<string>;
}

/** Embedded mode (DESIGN §6): HS256 with a secret generated on first use and kept in the data folder. */
export function createLocalAuth({
  dataDir,
  maxTokenHours = MaxTokenHoursSchema.parse(undefined),
}: {
  dataDir: string;
  maxTokenHours?: number;
}): LocalAuth {
  // A KeyObject made once: given raw bytes, jose would import the key again on every request.
  const secret = createSecretKey(
    loadOrCreateSecret(dataDir, SECRET_FILE, SECRET_BYTES, 'delete it to have a new one made (tokens issued before will stop working).'),
  );
  const renew = 'ask for a new one with `npm run token`';
  return {
    verify: bearerVerifier({
      verifyJwt: (token) =>
        jwtVerify(token, secret, { algorithms: ['HS256'], issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, requiredClaims: ['exp'] }),
      roleClaim: 'role',
      renew,
      maxTokenHours,
    }),
    async issueToken(actor, { expiresIn = '12h' } = {}) {
      const { userId, name, role } = ActorSchema.parse(actor);
      const token = await new SignJWT({ name, role })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(userId)
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(secret);
      // A token this server would refuse is no token: say so now rather than at its first use. Measured as the
      // verifier does, with its tolerance: jose reads the clock once for iat and again for exp, a second apart at times.
      const { iat = 0, exp = 0 } = decodeJwt(token);
      if (exp - iat > maxTokenHours * 3600 + CLOCK_TOLERANCE_SECONDS)
        throw new Error(`a token may be valid for at most ${maxTokenHours} hours (MAX_TOKEN_HOURS); ask for a shorter one.`);
      return token;
    },
  };
}

export interface JwksAuthOptions {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** The claim carrying one of the roles of DESIGN §1. */
  roleClaim?: string;
  maxTokenHours?: number;
}

/** An office's identity provider: keys from its JWKS URL, tokens checked for its issuer and our audience. */
export function createJwksAuth({
  jwksUrl,
  issuer,
  audience,
  roleClaim = 'role',
  maxTokenHours = MaxTokenHoursSchema.parse(undefined),
}: JwksAuthOptions): Auth {
  const url = new URL(jwksUrl);
  // Keys fetched over plain HTTP could be swapped in transit, and then any token would pass.
  if (url.protocol !== 'https:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
    throw new Error(`The JWKS URL must use https (got ${url.protocol}//${url.host}).`);
  }
  const remoteKeys = createRemoteJWKSet(url);
  const getKey: JWTVerifyGetKey = async (header, token) => {
    try {
      return await remoteKeys(header, token);
    } catch (error) {
      // No key for this token is the token's fault; anything else is the provider being unreachable or broken.
      if (
        error instanceof errors.JWKSNoMatchingKey ||
        error instanceof errors.JWKSMultipleMatchingKeys ||
        error instanceof errors.JOSENotSupported
      )
        throw error;
      throw new Unavailable("The identity provider's signing keys could not be fetched: try again shortly, or tell the administrator.");
    }
  };
  return {
    verify: bearerVerifier({
      // A little leeway: the provider's clock and ours are not the same clock.
      verifyJwt: (token) =>
        jwtVerify(token, getKey, {
          algorithms: JWKS_ALGORITHMS,
          issuer,
          audience,
          requiredClaims: ['exp'],
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
        }),
      roleClaim,
      renew: 'sign in again',
      maxTokenHours,
    }),
  };
}

/** JWKS when AUTH_JWKS_URL is set (then AUTH_ISSUER and AUTH_AUDIENCE too, AUTH_ROLE_CLAIM optional), else local. */
export function authFromEnv(env: Record<string, string | undefined>, dataDir: string): Auth {
  const maxTokenHours = MaxTokenHoursSchema.parse(env.MAX_TOKEN_HOURS);
  if (!env.AUTH_JWKS_URL) return createLocalAuth({ dataDir, maxTokenHours });
  const parsed = JwksEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
    throw new Error(`AUTH_JWKS_URL is set, so the identity provider must be fully configured: ${problems}.`);
  }
  const { AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE, AUTH_ROLE_CLAIM } = parsed.data;
  return createJwksAuth({
    jwksUrl: AUTH_JWKS_URL,
    issuer: AUTH_ISSUER,
    audience: AUTH_AUDIENCE,
    roleClaim: AUTH_ROLE_CLAIM,
    maxTokenHours,
  });
}

const required = { error: 'is required' };
const JwksEnvSchema = z.object({
  AUTH_JWKS_URL: z.url({ error: 'must be a URL' }),
  AUTH_ISSUER: z.string(required).min(1, required),
  AUTH_AUDIENCE: z.string(required).min(1, required),
  AUTH_ROLE_CLAIM: z.string().min(1).optional(),
});

const IdentityClaimsSchema = z.object({ sub: z.string().min(1), name: z.string().min(1) });

/** How many verified tokens are remembered, and for how long at most (an identity provider may withdraw a key). */
const VERIFIED_TOKENS = 1_000;
const VERIFIED_TOKEN_MS = 5 * 60_000;

function bearerVerifier({
  verifyJwt,
  roleClaim,
  renew,
  maxTokenHours,
}: {
  verifyJwt: (token: string) => Promise<{ payload: JWTPayload }>;
  roleClaim: string;
  renew: string;
  maxTokenHours: number;
}) {
  // A client sends the same token with every request: its signature and claims are checked once, and the actor it
  // proves is reused until the token expires. Only tokens that passed are remembered; a refusal is checked afresh.
  const verified = createLruCache<string, { actor: Actor; expiresMs: number }>({ maxEntries: VERIFIED_TOKENS, ttlMs: VERIFIED_TOKEN_MS });
  return async (authorizationHeader: string | undefined): Promise<Actor> => {
    if (!authorizationHeader) throw new Unauthenticated(SIGN_IN_FIRST);
    const match = /^Bearer +(\S+)\s*$/i.exec(authorizationHeader);
    if (!match) throw new Unauthenticated('The Authorization header must read `Bearer <token>`.');
    const token = match[1]!;
    const known = verified.get(token);
    if (known !== undefined && Date.now() < known.expiresMs) return known.actor;
    const checked = await verifiedActor(token);
    verified.set(token, checked);
    return checked.actor;
  };

  async function verifiedActor(token: string): Promise<{ actor: Actor; expiresMs: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await verifyJwt(token));
    } catch (error) {
      throw explain(error, renew);
    }
    const now = Math.floor(Date.now() / 1000);
    if (payload.iat !== undefined && payload.iat > now + CLOCK_TOLERANCE_SECONDS)
      throw new Unauthenticated(`The token says it was issued in the future (check the clocks): ${renew}.`);
    if (payload.exp! - (payload.iat ?? now) > maxTokenHours * 3600 + CLOCK_TOLERANCE_SECONDS) {
      throw new Unauthenticated(
        `The token is valid for longer than the ${maxTokenHours} hours this server accepts (MAX_TOKEN_HOURS): ${renew}.`,
      );
    }
    const identity = IdentityClaimsSchema.safeParse(payload);
    if (!identity.success) throw new Unauthenticated(`The token does not say who you are (claims \`sub\` and \`name\`): ${renew}.`);
    const role = RoleSchema.safeParse(payload[roleClaim]);
    if (!role.success) {
      const found = payload[roleClaim] === undefined ? 'carries no role' : 'carries a role this server does not know';
      throw new Unauthenticated(`The token ${found} (claim \`${roleClaim}\`; expected one of ${roles.join(', ')}): ${renew}.`);
    }
    return { actor: { userId: identity.data.sub, name: identity.data.name, role: role.data }, expiresMs: payload.exp! * 1000 };
  }
}

/** Turns jose's failures into sentences; never echoes the token. */
function explain(error: unknown, renew: string): Error {
  if (error instanceof AppError) return error;
  if (error instanceof errors.JWTExpired) return new Unauthenticated(`The token has expired: ${renew}.`);
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys
  ) {
    return new Unauthenticated(`The token's signature is not valid for this server: ${renew}.`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return new Unauthenticated(`The token is signed with an algorithm this server does not accept: ${renew}.`);
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const why: Record<string, string> = {
      iss: 'was issued by an issuer this server does not trust',
      aud: 'is meant for another service (audience)',
      nbf: 'is not valid yet (check the clocks)',
      exp: 'has no expiry time, and this server accepts only tokens that expire',
    };
    return new Unauthenticated(`The token ${why[error.claim] ?? `has an invalid \`${error.claim}\` claim`}: ${renew}.`);
  }
  if (error instanceof errors.JOSEError) return new Unauthenticated(`The token is malformed: ${renew}.`);
  return error instanceof Error ? error : new Error(String(error));
}
