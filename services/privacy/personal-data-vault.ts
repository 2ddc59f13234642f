import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { createLruCache } from '../lru-cache.js';
import type { SubjectKeyStore } from './subject-key-store.js';

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
/** 96-bit IV: the size GCM is specified for (NIST SP 800-38D); random per seal, so never reused with a key. */
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** What the office knows about a person: never stored in clear, only sealed with the person's key. */
export const PersonDataSchema = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().optional(),
  phone: z.string().trim().min(3).max(40).optional(),
  address: z.string().trim().max(500).optional(),
});
export type PersonData = z.infer<typeof PersonDataSchema>;

/**
 * A pseudonymous id for a person (DESIGN §2 "Subject"): random, so it says nothing about who they are and
 * stays meaningless once their key is erased.
 */
export function newSubjectId(): string {
  return randomUUID();
}

/** The data of a person whose key was deleted: what projections show as "erased". */
export type Erased = 'ERASED';

export interface PersonalDataVault {
  seal(subjectId: string, data: PersonData): string;
  open(subjectId: string, sealed: string): PersonData | Erased;
  /** The same sealing for any data about the subject (e.g. equality-monitoring answers), checked by `schema`. */
  sealJson<S extends z.ZodType>(subjectId: string, schema: S, data: z.input<S>): string;
  openJson<S extends z.ZodType>(subjectId: string, schema: S, sealed: string): z.output<S> | Erased;
  /** Forgets the subject's key and every value of theirs opened so far: they were erased (here or by another process). */
  forget(subjectId: string): void;
  /** When the subject's key was erased, or null: the fact the subject domain's rules need before anything is sealed. */
  erasedAt(subjectId: string): string | null;
}

/** A sealed value that is not one this vault wrote, or was changed since. Never carries the data itself. */
export class SealedDataInvalid extends Error {}

/**
 * Seals personal data with the subject's own key, so that deleting the key erases the data everywhere the
 * sealed text was copied (DESIGN §6). Format: `v1.<iv>.<tag>.<ciphertext>`, each part base64url.
 */
export function createPersonalDataVault(
  keys: SubjectKeyStore,
  { openedValues = 20_000 }: { openedValues?: number } = {},
): PersonalDataVault {
  // The same sealed texts are opened on every read of a case: each is decrypted and checked once, then remembered by
  // its sealed form (unique: a random IV per seal). Only ever served after the subject's key is found again, so an
  // erasure takes effect at once; `forget` also drops the clear values from memory.
  const opened = createLruCache<string, { subjectId: string; schema: z.ZodType; value: unknown }>({ maxEntries: openedValues });

  function sealJson<S extends z.ZodType>(subjectId: string, schema: S, data: z.input<S>): string {
    const plaintext = Buffer.from(JSON.stringify(schema.parse(data)), 'utf8');
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, keys.createKey(subjectId), iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(additionalData(subjectId));
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return [VERSION, ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'))].join('.');
  }

  function openJson<S extends z.ZodType>(subjectId: string, schema: S, sealed: string): z.output<S> | Erased {
    const known = opened.get(sealed);
    if (known !== undefined && known.subjectId === subjectId && known.schema === schema && keys.getKey(subjectId) !== null)
      return known.value as z.output<S>;
    const [version, iv, tag, ciphertext, ...rest] = sealed.split('.');
    if (version !== VERSION || iv === undefined || tag === undefined || ciphertext === undefined || rest.length > 0) {
      throw new SealedDataInvalid(`Sealed personal data is not in the ${VERSION} format.`);
    }
    const key = keys.getKey(subjectId);
    if (key === null) {
      if (keys.erasedAt(subjectId) !== null) return 'ERASED';
      // Sealed data with no key and no erasure means the key store and the event log do not belong together.
      throw new SealedDataInvalid(
        `No key for subject ${subjectId} and no erasure recorded: check that the key store belongs to this event log.`,
      );
    }
    let plaintext: Buffer;
    try {
      const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
      decipher.setAAD(additionalData(subjectId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      plaintext = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
    } catch {
      throw new SealedDataInvalid('Sealed personal data failed its integrity check: it was altered or belongs to another subject.');
    }
    const value = deepFreeze(schema.parse(JSON.parse(plaintext.toString('utf8'))));
    opened.set(sealed, { subjectId, schema, value });
    return value;
  }

  function forget(subjectId: string) {
    keys.forget(subjectId);
    opened.deleteWhere((_sealed, entry) => entry.subjectId === subjectId);
  }

  return {
    seal: (subjectId, data) => sealJson(subjectId, PersonDataSchema, data),
    open: (subjectId, sealed) => openJson(subjectId, PersonDataSchema, sealed),
    sealJson,
    openJson,
    forget,
    erasedAt: (subjectId) => keys.erasedAt(subjectId),
  };
}

/** Values opened once are handed to every later reader: none may change what the next one reads. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Binding the subject id and format version: a blob copied onto another subject (or version) fails to open. */
function additionalData(subjectId: string): Buffer {
  return Buffer.from(`${VERSION}.${subjectId}`, 'utf8');
}

/** A person as given (absent fields as null) in the shape that is sealed: absent fields left out. */
export const personDataOf = (person: { name: string; email?: string | null; phone?: string | null; address?: string | null }): PersonData =>
  PersonDataSchema.parse(Object.fromEntries(Object.entries(person).filter(([, v]) => v !== null && v !== undefined)));

/** Sealed data about a subject opened for reading: null when there is none or the subject was erased. */
export function openSealed<S extends z.ZodType>(
  vault: PersonalDataVault,
  value: { subjectId: string; sealed: string } | null,
  schema: S,
): z.output<S> | null {
  const opened = value ? vault.openJson(value.subjectId, schema, value.sealed) : null;
  return opened === 'ERASED' ? null : opened;
}
