import type { Actor } from '../../schema/envelope.js';
import { type DomainEvent, isKnownEvent, schemaVersionOf } from '../../schema/events/catalogue.js';
import { type Decider, fold, type OwnEvents } from '../domain/decider.js';
import { Conflict, NotFound, Unavailable } from '../errors.js';
import { noteCommandRetry } from '../observability/request-scope.js';
import type { EventStore } from '../store/event-store.js';
import { eventIdFor } from './ids.js';

export interface StreamCommand<State, Event> {
  stream: string;
  commandId: string;
  correlationId: string;
  /** Set by the client: a mismatch is a conflict for the client to resolve. Absent: the server retries safely. */
  expectedRevision: number | null;
  actor: Actor;
  now: () => string;
  /**
   * Throws NotFound when the stream is not there for this actor (a mediator and a mediation not appointed to them):
   * checked before a revision could be compared, which would tell them it exists.
   */
  visible?(state: State): void;
  /** The decider's decision on the state, with what the handler adds around it (the context, sealing). */
  decide(state: State, now: string): Event[] | Promise<Event[]>;
}

export interface StreamCommandResult {
  revision: number;
  position: bigint;
}

const MAX_ATTEMPTS = 8;
/** Contenders retrying in lockstep would collide again: each waits a random, growing while before its next try. */
const backoff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));

/**
 * Load, decide, append with the revision the decision was based on. A command whose events are already in the
 * stream (same commandId) returns its first result and writes nothing. When the stream moves on meanwhile and the
 * client set no expectedRevision, the decision is taken again on the new state: the decider re-checks every rule,
 * so no update is lost and none is applied blindly.
 */
export async function runOnStream<State, Command, Event extends DomainEvent, Context>(
  store: EventStore,
  decider: Decider<State, Command, Event, Context>,
  ownEvents: OwnEvents<Event>,
  command: StreamCommand<State, Event>,
): Promise<StreamCommandResult> {
  for (let attempt = 1; ; attempt++) {
    const history = await store.readStream(command.stream);
    const unknown = history.find((e) => !isKnownEvent(e));
    // Deciding on a history read in part could break a rule the unread step carries: refuse until the upgrade.
    if (unknown) {
      throw new Unavailable(
        `This record holds a step this release of Dispute Ledger does not know ("${unknown.type}", schema version ${unknown.metadata.schemaVersion}, written by a newer release): nothing can be changed on it until this server is upgraded.`,
      );
    }
    const earlier = history.filter((e) => e.metadata.commandId === command.commandId);
    if (earlier.length > 0) {
      const last = earlier[earlier.length - 1]!;
      return { revision: last.revision, position: last.position };
    }
    const state = fold(decider, history.filter(ownEvents));
    command.visible?.(state);
    const revision = history.length - 1;
    if (revision < 0 && command.expectedRevision !== null) throw new NotFound('Nothing is recorded under this id. Check the id.');
    if (command.expectedRevision !== null && command.expectedRevision !== revision) {
      throw new Conflict(command.stream, String(command.expectedRevision), revision < 0 ? 'no_stream' : String(revision));
    }
    const now = command.now();
    const events = await command.decide(state, now);
    try {
      const result = await store.append(
        command.stream,
        events.map((e, i) => ({
          type: e.type,
          data: e.data,
          metadata: {
            eventId: eventIdFor(command.stream, command.commandId, i),
            occurredAt: now,
            actor: command.actor,
            commandId: command.commandId,
            correlationId: command.correlationId,
            causationId: null,
            schemaVersion: schemaVersionOf(e.type),
          },
        })),
        { expectedRevision: revision < 0 ? 'no_stream' : revision },
      );
      return { revision: result.nextRevision, position: result.position };
    } catch (error) {
      if (!(error instanceof Conflict) || command.expectedRevision !== null || attempt >= MAX_ATTEMPTS) throw error;
      noteCommandRetry();
      await backoff(attempt);
    }
  }
}
