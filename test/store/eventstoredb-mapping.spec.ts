import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import { ANY, type AllStreamResolvedEvent, NO_STREAM, START, UnavailableError, WrongExpectedVersionError } from '@eventstore/db-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../schema/envelope.js';
import { BadInput, Conflict, Unavailable } from '../../services/errors.js';
import { createEventStoreDbEventStore, type EventStoreDbEventStore } from '../../services/store/eventstoredb-event-store.js';
import {
  isSystemEvent,
  isTransient,
  toAppendResult,
  toEventData,
  toExpectedRevision,
  toReadPosition,
  toRecordedEvent,
  toStoreError,
} from '../../services/store/eventstoredb-mapping.js';
import { resubscribe } from '../../services/store/resubscribe.js';
import { caseClosed, caseOpened, contractCodec, newEvent, noteAdded } from './contract-codec.js';

const unreachable = 'esdb://admin:s3cret@127.0.0.1:1?tls=false';

/** An event as the client delivers it from $all. */
function fromAll(position: bigint, event: NewEvent, streamId = 'case-1', revision = 0n): AllStreamResolvedEvent {
  return {
    event: {
      streamId,
      id: event.metadata.eventId,
      isJson: true,
      revision,
      type: event.type,
      created: new Date('2026-03-02T08:30:00Z'),
      data: event.data as Record<string, unknown>,
      metadata: event.metadata,
      position: { commit: position, prepare: position },
    },
  };
}

describe('EventStoreDB mapping of events and positions', () => {
  it('given a new event, when mapped for an append, then its id is the metadata event id and the metadata is stored as JSON', () => {
    const event = caseOpened('Zażółć gęślą jaźń');
    expect(toEventData(event)).toMatchObject({
      id: event.metadata.eventId,
      type: 'CaseOpened',
      contentType: 'application/json',
      data: event.data,
      metadata: event.metadata,
    });
  });

  it('maps expected revisions: no_stream, any and an exact revision as a BigInt', () => {
    expect([toExpectedRevision('no_stream'), toExpectedRevision('any'), toExpectedRevision(3)]).toEqual([NO_STREAM, ANY, 3n]);
  });

  it('given an append result, then the port gets the revision as a number and the commit position as a bigint', () => {
    expect(
      toAppendResult({
        success: true,
        nextExpectedRevision: 4n,
        position: { commit: 9_007_199_254_740_993n, prepare: 9_007_199_254_740_993n },
      }),
    ).toEqual({
      nextRevision: 4,
      position: 9_007_199_254_740_993n,
    });
    expect(() => toAppendResult({ success: true, nextExpectedRevision: 4n })).toThrow(/position/);
  });

  it('given a port position, then 0n reads from the start and any other is the commit and prepare pair', () => {
    expect(toReadPosition(0n)).toBe(START);
    expect(toReadPosition(1234n)).toEqual({ commit: 1234n, prepare: 1234n });
  });

  it('given an event read from $all, then it keeps stream, revision, data, metadata and its commit position', () => {
    const event = noteAdded('Zażółć gęślą jaźń');
    expect(toRecordedEvent(fromAll(700n, event, 'case-ź', 2n).event!)).toEqual({
      ...event,
      streamName: 'case-ź',
      revision: 2,
      position: 700n,
    });
  });

  it('given a binary event, then reading it fails clearly instead of guessing', () => {
    const binary = { ...fromAll(1n, caseOpened()).event!, isJson: false, data: new Uint8Array() } as never;
    expect(() => toRecordedEvent(binary)).toThrow(/not JSON/);
  });

  it('recognises system events by a $-prefixed type or stream', () => {
    expect(isSystemEvent({ type: '$metadata', streamId: 'case-1' })).toBe(true);
    expect(isSystemEvent({ type: 'Stats', streamId: '$stats-127.0.0.1:2113' })).toBe(true);
    expect(isSystemEvent({ type: 'CaseOpened', streamId: 'case-1' })).toBe(false);
  });
});

describe('EventStoreDB error mapping', () => {
  const append = { stream: 'case-1', expected: 0 as const };

  it('given a wrong expected version, then Conflict with the expected and actual revisions', () => {
    const moved = new WrongExpectedVersionError(undefined, { streamName: 'case-1', expected: 0n, current: 2n });
    expect(toStoreError(moved, unreachable, append)).toMatchObject({ constructor: Conflict, expected: '0', actual: '2' });
    const missing = new WrongExpectedVersionError(undefined, { streamName: 'case-1', expected: 0n, current: NO_STREAM });
    expect(toStoreError(missing, unreachable, append)).toMatchObject({ expected: '0', actual: 'no_stream' });
  });

  it('given an unavailable server, then Unavailable says what to check and never shows the password', () => {
    const mapped = toStoreError(new UnavailableError(), unreachable) as Unavailable;
    expect(mapped).toBeInstanceOf(Unavailable);
    expect(mapped.message).toMatch(/server is up.*ESDB_CONNECTION_STRING.*tlsCAFile/);
    expect(mapped.message).toContain('esdb://***@127.0.0.1:1');
    expect(mapped.message).not.toContain('s3cret');
  });

  it('given raw gRPC unavailable or deadline errors, or a failed cluster discovery, then Unavailable', () => {
    for (const error of [
      Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 }),
      Object.assign(new Error('4 DEADLINE_EXCEEDED'), { code: 4 }),
      new Error('Failed to discover after 10 attempts.'),
    ]) {
      expect(toStoreError(error, unreachable)).toBeInstanceOf(Unavailable);
    }
  });

  it('given any other error, then it passes through unchanged', () => {
    const other = new Error('something else');
    const badInput = new BadInput('bad', []);
    expect(toStoreError(other, unreachable)).toBe(other);
    expect(toStoreError(badInput, unreachable)).toBe(badInput);
  });

  it('counts refused credentials as permanent and connection losses as transient', () => {
    expect(isTransient(Object.assign(new Error('7 PERMISSION_DENIED'), { code: 7 }))).toBe(false);
    expect(isTransient(Object.assign(new Error('16 UNAUTHENTICATED'), { code: 16 }))).toBe(false);
    expect(isTransient(Object.assign(new Error('14 UNAVAILABLE'), { code: 14 }))).toBe(true);
    expect(isTransient(new Error('stream reset'))).toBe(true);
  });
});

describe('EventStoreDB adapter without a server', () => {
  it('given nothing listens on the port, when using the store, then every call fails fast with Unavailable', async () => {
    const store = createEventStoreDbEventStore({ connectionString: unreachable, codec: contractCodec });
    const started = Date.now();
    for (const call of [
      () => store.append('case-1', [caseOpened()], { expectedRevision: 'any' }),
      () => store.readStream('case-1'),
      () => store.readAll({ limit: 10 }),
      () => store.headPosition(),
      () => store.checkConnection(),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(Unavailable);
    }
    expect(Date.now() - started).toBeLessThan(5_000);
    await store.close();
  });

  describe('given a port that accepts connections but never answers', () => {
    let silent: Server;
    let port: number;
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      silent = createServer((socket) => {
        sockets.add(socket.resume());
      });
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      port = (silent.address() as AddressInfo).port;
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    });

    it('when appending or reading, then Unavailable once the deadline passes', async () => {
      const store = createEventStoreDbEventStore({
        connectionString: `esdb://127.0.0.1:${port}?tls=false`,
        codec: contractCodec,
        deadlineMs: 300,
      });
      const started = Date.now();
      await expect(store.append('case-1', [caseOpened()], { expectedRevision: 'any' })).rejects.toBeInstanceOf(Unavailable);
      await expect(store.readAll({ limit: 10 })).rejects.toBeInstanceOf(Unavailable);
      await expect(store.checkConnection()).rejects.toThrow(/cannot be reached/);
      expect(Date.now() - started).toBeLessThan(5_000);
      await store.close();
    });
  });

  it('given a malformed connection string, then creating the store says what is wrong', () => {
    expect(() => createEventStoreDbEventStore({ connectionString: 'http://localhost:2113', codec: contractCodec })).toThrow(
      /connection string.*not valid/,
    );
  });

  it('given invalid events, then they are refused before any call to the server', async () => {
    const store = createEventStoreDbEventStore({ connectionString: unreachable, codec: contractCodec });
    await expect(store.append('case-1', [], { expectedRevision: 'any' })).rejects.toBeInstanceOf(BadInput);
    await expect(store.append('case-1', [newEvent('CaseOpened', { title: 42 })], { expectedRevision: 'any' })).rejects.toBeInstanceOf(
      BadInput,
    );
    await store.close();
  });
});

describe('EventStoreDB subscription resumes after a drop', () => {
  const events = [
    caseOpened(),
    noteAdded('a'),
    newEvent('NoteAdded', { note: 'stara' }, { schemaVersion: 1 }),
    noteAdded('b'),
    noteAdded('c'),
    caseClosed(),
  ];
  /** What the server holds in $all: our events at positions 100, 200…, with a system event among them. */
  const log = [
    ...events.slice(0, 3).map((event, index) => fromAll(BigInt(index + 1) * 100n, event, 'case-1', BigInt(index))),
    fromAll(350n, newEvent('CaseOpened', { title: 'x' }), '$stats-node', 0n),
    ...events.slice(3).map((event, index) => fromAll(BigInt(index + 4) * 100n, event, 'case-1', BigInt(index + 3))),
  ];

  /**
   * A test double for subscribeToAll: each connection replays $all from the resume position inclusively (the
   * worst case for duplicates), drops with a gRPC error after `dropAfter[n]` events, and the last one stays open.
   */
  function flakySubscriptions(dropAfter: number[]) {
    const opens: bigint[] = [];
    const subscribeFn = () => (from: bigint, signal: AbortSignal) => {
      const connection = opens.push(from) - 1;
      return (async function* () {
        let sent = 0;
        for (const resolved of log.filter(({ event }) => event!.position.commit >= from)) {
          if (sent++ === dropAfter[connection]) throw Object.assign(new Error('14 UNAVAILABLE: Connection dropped'), { code: 14 });
          yield resolved;
        }
        await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
      })();
    };
    return { opens, subscribeFn };
  }

  function storeWith(subscribeFn: ReturnType<typeof flakySubscriptions>['subscribeFn'], drops: unknown[] = []): EventStoreDbEventStore {
    return createEventStoreDbEventStore({
      connectionString: unreachable,
      codec: contractCodec,
      subscribeFn,
      onSubscriptionDrop: (error) => drops.push(error),
    });
  }

  it('given a subscription that drops twice, when following it, then every event arrives once, in order, decoded', async () => {
    const { opens, subscribeFn } = flakySubscriptions([2, 2]);
    const drops: unknown[] = [];
    const store = storeWith(subscribeFn, drops);
    const controller = new AbortController();
    const received = [];
    for await (const event of store.subscribe({ signal: controller.signal })) {
      received.push(event);
      if (received.length === events.length) controller.abort();
    }
    expect(received.map((event) => event.metadata.eventId)).toEqual(events.map((event) => event.metadata.eventId));
    expect(received.map((event) => event.position)).toEqual([100n, 200n, 300n, 400n, 500n, 600n]);
    expect(received[2]!.data).toEqual({ text: 'stara', language: 'pl' });
    expect(opens).toEqual([0n, 200n, 300n]);
    expect(drops).toHaveLength(2);
    expect(drops[0]).toBeInstanceOf(Unavailable);
    await store.close();
  });

  it('given a start position, when subscribing, then delivery starts strictly after it, also across a drop', async () => {
    const { opens, subscribeFn } = flakySubscriptions([1]);
    const store = storeWith(subscribeFn);
    const controller = new AbortController();
    const received: bigint[] = [];
    for await (const event of store.subscribe({ fromPosition: 300n, signal: controller.signal })) {
      received.push(event.position);
      if (received.length === 3) controller.abort();
    }
    expect(received).toEqual([400n, 500n, 600n]);
    expect(opens[0]).toBe(300n);
    await store.close();
  });

  const binary = { event: { ...fromAll(10n, caseOpened()).event!, isJson: false, data: new Uint8Array() } } as AllStreamResolvedEvent;
  it.each([
    ['the codec refuses', fromAll(10n, newEvent('CaseOpened', { title: 42 })), BadInput],
    ['is not JSON', binary, Error],
  ])(
    'given an event that %s, when it arrives, then the iteration fails with that error and does not resubscribe',
    async (_case, unreadable, errorType) => {
      const opens: bigint[] = [];
      const store = storeWith(() => (from) => {
        opens.push(from);
        return (async function* () {
          yield unreadable;
        })();
      });
      const iterate = async () => {
        for await (const _event of store.subscribe()) {
          // the first event cannot be read
        }
      };
      await expect(iterate()).rejects.toBeInstanceOf(errorType);
      expect(opens).toHaveLength(1);
      await store.close();
    },
  );

  it('given a live subscription, when the store closes, then the iteration ends', async () => {
    const { subscribeFn } = flakySubscriptions([]);
    const store = storeWith(subscribeFn);
    const received: unknown[] = [];
    const iteration = (async () => {
      for await (const event of store.subscribe()) received.push(event);
    })();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.close();
    await expect(iteration).resolves.toBeUndefined();
    expect(received).toHaveLength(events.length);
  });
});

describe('resubscribe', () => {
  it('given a connection that keeps failing, then it waits twice as long each time, capped at 5 s', async () => {
    const controller = new AbortController();
    const delays: number[] = [];
    const failing = resubscribe<{ position: bigint }>({
      open: () => ({
        [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(Object.assign(new Error('unavailable'), { code: 14 })) }),
      }),
      fromPosition: 0n,
      signal: controller.signal,
      sleep: async (ms) => {
        delays.push(ms);
        if (delays.length === 9) controller.abort();
      },
    });
    for await (const _item of failing) {
      // nothing is ever delivered
    }
    expect(delays).toEqual([100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000]);
  });

  it('given refused credentials, then it stops with that error instead of retrying', async () => {
    let opened = 0;
    const refused = Object.assign(new Error('7 PERMISSION_DENIED'), { code: 7 });
    const iteration = resubscribe<{ position: bigint }>({
      open: () => {
        opened += 1;
        return { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(refused) }) };
      },
      fromPosition: 0n,
      isTransient,
    });
    await expect(iteration.next()).rejects.toBe(refused);
    expect(opened).toBe(1);
  });
});
