import { randomUUID } from 'node:crypto';

/**
 * A pseudonymous id for a person (DESIGN §2 "Subject"): random, so it says nothing about who they are and
 * stays meaningless once their key is erased.
 */
export function newSubjectId(): string {
  return randomUUID();
}
