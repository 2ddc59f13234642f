import { createHash, randomUUID } from 'node:crypto';
import type { Actor } from '../../schema/envelope.js';

/** Fixed namespace for the name-based UUIDs of this system (RFC 9562 §5.5, UUIDv5). */
const NAMESPACE = Buffer.from('6f1c2a8e4b3d4e5f9a0b1c2d3e4f5a6b', 'hex');

/** A UUIDv5: the same name always gives the same id, which is what makes retried commands idempotent. */
export function nameBasedUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Event ids derive from stream, command and index: a retried append carries the very same ids. */
export const eventIdFor = (stream: string, commandId: string, index: number) => nameBasedUuid(`event:${stream}:${commandId}:${index}`);

export const complaintStream = (disputeId: string) => `complaint-${disputeId}`;

export const mediationStream = (mediationId: string) => `mediation-${mediationId}`;

/** A person's privacy stream: equality-monitoring data, consent withdrawals, erasure (DESIGN §4). */
export const subjectStream = (subjectId: string) => `subject-${subjectId}`;

/**
 * Command ids are the client's, so they are scoped to the user who sent them: two clerks who both number their
 * commands "1" must never have one's command taken for a retry of the other's. `scope` does the same for a stream
 * that serves several cases (a person's): an id reused on another case is another command. No id given: a fresh one.
 */
export const commandIdFor = (actor: Actor, given: string | null, scope = '') =>
  // The user id is encoded so that it never contains the separator: no two users' ids can run together.
  `${encodeURIComponent(actor.userId)}:${scope ? `${scope}:` : ''}${given ?? randomUUID()}`;

/**
 * Whose key seals a case's free text: the complainant's, so that one erasure (GDPR art. 17) takes their name and
 * everything typed about their case. An anonymous complaint has no person who could ask for that (art. 11: the office
 * need not identify them); its text is sealed all the same, with a key of the case's own derived from its id, so
 * nothing is written in clear and the case's text can be shredded like any other (e.g. when its retention ends).
 */
export const caseTextSubject = (disputeId: string, complainantSubjectId: string | null) => complainantSubjectId ?? nameBasedUuid(`case-text:${disputeId}`);
