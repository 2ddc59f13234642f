import { createHash } from 'node:crypto';

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

// Every layer names streams the same way: the command handlers write them, the projections read the id back.
const COMPLAINT = 'complaint-';
const MEDIATION = 'mediation-';

export const complaintStream = (disputeId: string) => `${COMPLAINT}${disputeId}`;

export const mediationStream = (mediationId: string) => `${MEDIATION}${mediationId}`;

/** A person's privacy stream: equality-monitoring data, consent withdrawals, erasure (DESIGN §4). */
export const subjectStream = (subjectId: string) => `subject-${subjectId}`;

/** The dispute a complaint stream belongs to; null for any other stream. */
export const disputeIdOfStream = (streamName: string) => (streamName.startsWith(COMPLAINT) ? streamName.slice(COMPLAINT.length) : null);

/** The mediation a mediation stream records; null for any other stream. */
export const mediationIdOfStream = (streamName: string) => (streamName.startsWith(MEDIATION) ? streamName.slice(MEDIATION.length) : null);

/**
 * Whose key seals a case's free text: the complainant's, so that one erasure (GDPR art. 17) takes their name and
 * everything typed about their case. An anonymous complaint has no person who could ask for that (art. 11: the office
 * need not identify them); its text is sealed all the same, with a key of the case's own derived from its id, so
 * nothing is written in clear and the case's text can be shredded like any other (e.g. when its retention ends).
 */
export const caseTextSubject = (disputeId: string, complainantSubjectId: string | null) =>
  complainantSubjectId ?? nameBasedUuid(`case-text:${disputeId}`);
