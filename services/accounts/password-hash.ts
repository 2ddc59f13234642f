import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt (RFC 7914), memory-hard: N = 2^15, r = 8, p = 1 takes 32 MiB and some 50–100 ms per guess here, which
 * is what OWASP's password storage guidance asks of scrypt at least. The parameters are stored with each hash, so
 * raising them later leaves old hashes verifiable, and a successful sign-in rehashes with the new ones.
 */
export const currentParams: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

const ENCODED = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

/** `scrypt$N=32768,r=8,p=1$<salt>$<key>`, salt and key in base64url. */
export async function hashPassword(password: string, params: ScryptParams = currentParams): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, params);
  return `scrypt$N=${params.N},r=${params.r},p=${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Whether `password` is the one hashed in `encoded`; in constant time for a given hash. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parsed = parse(encoded);
  const key = await derive(password, parsed.salt, parsed.key.length, parsed.params);
  return timingSafeEqual(key, parsed.key);
}

/** A hash made with weaker parameters than today's, to be replaced at the next successful sign-in. */
export function needsRehash(encoded: string): boolean {
  const { params } = parse(encoded);
  return params.N < currentParams.N || params.r < currentParams.r || params.p < currentParams.p;
}

let dummy: Promise<string> | null = null;
/**
 * A hash of nothing anyone knows, with today's parameters: an unknown user id is checked against it, so a wrong
 * user id takes as long as a wrong password and the answer time tells no one which accounts exist.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(32).toString('base64url'));
  return dummy;
}

function parse(encoded: string): { params: ScryptParams; salt: Buffer; key: Buffer } {
  const match = ENCODED.exec(encoded);
  if (!match) throw new Error('A stored password hash is not in the scrypt$N=…,r=…,p=…$salt$key form.');
  const [, N, r, p, salt, key] = match;
  return {
    params: { N: Number(N), r: Number(r), p: Number(p) },
    salt: Buffer.from(salt!, 'base64url'),
    key: Buffer.from(key!, 'base64url'),
  };
}

function derive(password: string, salt: Buffer, length: number, { N, r, p }: ScryptParams): Promise<Buffer> {
  // NFC: the same password typed on two systems may reach us composed or decomposed ("ż" as one or two code points).
  const options: ScryptOptions = { N, r, p, maxmem: 2 * 128 * N * r * p };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}
