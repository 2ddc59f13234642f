import { randomUUID } from 'node:crypto';
import type { Actor } from '../../schema/envelope.js';
import { nameBasedUuid } from '../../schema/streams.js';

/** Event ids derive from stream, command and index: a retried append carries the very same ids. */
export const eventIdFor = (stream: string, commandId: string, index: number) => nameBasedUuid(`event:${stream}:${commandId}:${index}`);

/**
 * Command ids are the client's, so they are scoped to the user who sent them: two clerks who both number their
 * commands "1" must never have one's command taken for a retry of the other's. `scope` does the same for a stream
 * that serves several cases (a person's): an id reused on another case is another command. No id given: a fresh one.
 */
export const commandIdFor = (actor: Actor, given: string | null, scope = '') =>
  // The user id is encoded so that it never contains the separator: no two users' ids can run together.
  `${encodeURIComponent(actor.userId)}:${scope ? `${scope}:` : ''}${given ?? randomUUID()}`;
