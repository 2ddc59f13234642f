import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventCodec, RecordedEvent } from '../../schema/envelope.js';
import { AppError, BadInput, Conflict } from '../../services/errors.js';
import type { EventStore } from '../../services/store/event-store.js';
import { caseClosed, caseOpened, contractCodec, newEvent, newStream, noteAdded } from './contract-codec.js';

/** Builds a store around the suite's own codec. */
export type EventStoreFactory = (codec: EventCodec) => Promise<EventStore> | EventStore;

/**
 * The conformance suite every EventStore adapter runs. It never assumes the store is empty (a real server may be
 * shared): each test writes to fresh streams and measures positions from headPosition().
 */
export function describeEventStoreContract(name: string, factory: EventStoreFactory): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    beforeEach(async () => {
      store = await factory(contractCodec);
    });
    afterEach(async () => {
      await store.close();
    });

    const ids = (events: readonly RecordedEvent[]) => events.map((event) => event.metadata.eventId);
    const readAllOf = async (streams: string[], fromPosition: bigint) =>
      (await store.readAll({ fromPosition, limit: 1000 })).filter((event) => streams.includes(event.streamName));

    describe('append and optimistic concurrency', () => {
      it('given no stream, when appending with no_stream, then the events get revisions 0, 1… and a bigint position', async () => {
        const stream = newStream();
        const result = await store.append(stream, [caseOpened(), noteAdded('Pierwsza notatka')], { expectedRevision: 'no_stream' });
        expect(result.nextRevision).toBe(1);
        expect(typeof result.position).toBe('bigint');
        expect((await store.readStream(stream)).map((event) => event.revision)).toEqual([0, 1]);
      });

      it('given an existing stream, when appending with no_stream, then Conflict reports the actual revision', async () => {
        const stream = newStream();
        await store.append(stream, [caseOpened()], { expectedRevision: 'no_stream' });
        const attempt = store.append(stream, [caseOpened()], { expectedRevision: 'no_stream' });
        await expect(attempt).rejects.toBeInstanceOf(Conflict);
        await expect(attempt).rejects.toMatchObject({ expected: 'no_stream', actual: '0' });
      });

      it('given a stream at revision 1, when appending with expected revision 1, then the event gets revision 2', async () => {
        const stream = newStream();
        await store.append(stream, [caseOpened(), noteAdded('a')], { expectedRevision: 'no_stream' });
        const result = await store.append(stream, [caseClosed()], { expectedRevision: 1 });
        expect(result.nextRevision).toBe(2);
      });

      it('given a stream at revision 1, when appending with the stale revision 0, then Conflict and nothing is written', async () => {
        const stream = newStream();
        await store.append(stream, [caseOpened(), noteAdded('a')], { expectedRevision: 'no_stream' });
        const attempt = store.append(stream, [caseClosed()], { expectedRevision: 0 });
        await expect(attempt).rejects.toBeInstanceOf(Conflict);
        await expect(attempt).rejects.toMatchObject({ expected: '0', actual: '1' });
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('given no stream, when appending with an exact revision, then Conflict reports no_stream', async () => {
        const attempt = store.append(newStream(), [caseOpened()], { expectedRevision: 0 });
        await expect(attempt).rejects.toMatchObject({ expected: '0', actual: 'no_stream' });
      });

      it('given a new or an existing stream, when appending with any, then the events are appended', async () => {
        const stream = newStream();
        expect((await store.append(stream, [caseOpened()], { expectedRevision: 'any' })).nextRevision).toBe(0);
        expect((await store.append(stream, [noteAdded('b')], { expectedRevision: 'any' })).nextRevision).toBe(1);
      });

      it('when two appends race with the same expected revision, then exactly one wins and the other gets Conflict', async () => {
        const stream = newStream();
        await store.append(stream, [caseOpened()], { expectedRevision: 'no_stream' });
        const outcomes = await Promise.allSettled([
          store.append(stream, [noteAdded('pierwszy')], { expectedRevision: 0 }),
          store.append(stream, [noteAdded('drugi')], { expectedRevision: 0 }),
        ]);
        expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
        const [rejected] = outcomes.filter((outcome) => outcome.status === 'rejected');
        expect(rejected?.reason).toBeInstanceOf(Conflict);
        expect(await store.readStream(stream)).toHaveLength(2);
      });
    });

    describe('concurrent appends (written together where the adapter can: one durable commit for all)', () => {
      it('given appends to several streams sent at once, one with a stale revision, then only that one gets Conflict and the others are written', async () => {
        const [a, b, c] = [newStream('a'), newStream('b'), newStream('c')];
        await store.append(b, [caseOpened('B')], { expectedRevision: 'no_stream' });
        await store.append(b, [noteAdded('B2')], { expectedRevision: 0 });
        const [first, stale, third] = await Promise.allSettled([
          store.append(a, [caseOpened('Źródło A'), noteAdded('a')], { expectedRevision: 'no_stream' }),
          store.append(b, [caseClosed()], { expectedRevision: 0 }),
          store.append(c, [caseOpened('Łąka C')], { expectedRevision: 'no_stream' }),
        ]);
        expect(first).toMatchObject({ status: 'fulfilled', value: { nextRevision: 1 } });
        expect(third).toMatchObject({ status: 'fulfilled', value: { nextRevision: 0 } });
        expect(stale.status).toBe('rejected');
        expect((stale as PromiseRejectedResult).reason).toBeInstanceOf(Conflict);
        expect((stale as PromiseRejectedResult).reason).toMatchObject({ expected: '0', actual: '1' });
        expect((await store.readStream(a)).map((e) => e.data)).toEqual([{ title: 'Źródło A' }, { text: 'a', language: 'pl' }]);
        expect(await store.readStream(b)).toHaveLength(2);
        expect((await store.readStream(c)).map((e) => e.revision)).toEqual([0]);
      });

      it('given many appends sent at once, then each gets its own answer with its own position, all distinct and readable in that order', async () => {
        const streams = Array.from({ length: 16 }, (_, i) => newStream(`s${i}`));
        const head = await store.headPosition();
        const results = await Promise.all(
          streams.map((stream, i) => store.append(stream, [caseOpened(`Sprawa nr ${i}`)], { expectedRevision: 'no_stream' })),
        );
        expect(new Set(results.map((r) => r.position)).size).toBe(streams.length);
        const read = await readAllOf(streams, head);
        expect(read.map((e) => e.position).sort((x, y) => (x < y ? -1 : 1))).toEqual(
          results.map((r) => r.position).sort((x, y) => (x < y ? -1 : 1)),
        );
        for (const [i, stream] of streams.entries()) expect((await store.readStream(stream))[0]?.data).toEqual({ title: `Sprawa nr ${i}` });
      });

      it('given an invalid append among valid ones sent at once, then only it is refused', async () => {
        const [good, bad] = [newStream('dobry'), newStream('zly')];
        const [ok, refused] = await Promise.allSettled([
          store.append(good, [caseOpened('Żółw')], { expectedRevision: 'no_stream' }),
          store.append(bad, [newEvent('CaseOpened', { title: 42 })], { expectedRevision: 'no_stream' }),
        ]);
        expect(ok.status).toBe('fulfilled');
        expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(BadInput);
        expect(await store.readStream(good)).toHaveLength(1);
        expect(await store.readStream(bad)).toEqual([]);
      });
    });

    describe('validation', () => {
      it('when appending no events, then BadInput and nothing is written', async () => {
        const stream = newStream();
        await expect(store.append(stream, [], { expectedRevision: 'any' })).rejects.toBeInstanceOf(BadInput);
        expect(await store.readStream(stream)).toEqual([]);
      });

      it('when one event of a batch has invalid data, then the codec refuses it and no event of the batch is written', async () => {
        const stream = newStream();
        const invalid = newEvent('CaseOpened', { title: 42 });
        await expect(store.append(stream, [caseOpened(), invalid], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(BadInput);
        expect(await store.readStream(stream)).toEqual([]);
      });

      it('when an event has invalid metadata, then BadInput names the field and nothing is written', async () => {
        const stream = newStream();
        const invalid = newEvent('CaseOpened', { title: 'x' }, { eventId: 'not-a-uuid' });
        const attempt = store.append(stream, [invalid], { expectedRevision: 'no_stream' });
        await expect(attempt).rejects.toBeInstanceOf(BadInput);
        await expect(attempt).rejects.toMatchObject({ fields: [expect.objectContaining({ path: 'events[0].metadata.eventId' })] });
        expect(await store.readStream(stream)).toEqual([]);
      });
    });

    describe('idempotent retries by event id', () => {
      it('given an append, when it is retried with the same events, then it answers as the first time and writes nothing', async () => {
        const stream = newStream();
        const events = [caseOpened(), noteAdded('a')];
        const first = await store.append(stream, events, { expectedRevision: 'no_stream' });
        const retry = await store.append(stream, events, { expectedRevision: 'no_stream' });
        expect(retry).toEqual(first);
        expect(ids(await store.readStream(stream))).toEqual(events.map((event) => event.metadata.eventId));
      });

      it('given later appends, when an earlier append is retried with its now stale revision, then the first result comes back', async () => {
        const stream = newStream();
        await store.append(stream, [caseOpened()], { expectedRevision: 'no_stream' });
        const note = [noteAdded('a')];
        const first = await store.append(stream, note, { expectedRevision: 0 });
        await store.append(stream, [caseClosed()], { expectedRevision: 1 });
        expect(await store.append(stream, note, { expectedRevision: 0 })).toEqual(first);
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it('when a retry repeats only part of an earlier append with new events, then CONFLICT and nothing is written', async () => {
        const stream = newStream();
        const opened = caseOpened();
        await store.append(stream, [opened], { expectedRevision: 'no_stream' });
        const attempt = store.append(stream, [opened, noteAdded('nowa')], { expectedRevision: 'no_stream' });
        await expect(attempt).rejects.toBeInstanceOf(AppError);
        await expect(attempt).rejects.toMatchObject({ code: 'CONFLICT' });
        expect(await store.readStream(stream)).toHaveLength(1);
      });
    });

    describe('readStream', () => {
      it('given a stream, when reading it, then the events come in revision order with their stream name', async () => {
        const stream = newStream();
        const events = [caseOpened(), noteAdded('a'), noteAdded('b'), caseClosed()];
        await store.append(stream, events.slice(0, 2), { expectedRevision: 'no_stream' });
        await store.append(stream, events.slice(2), { expectedRevision: 1 });
        const read = await store.readStream(stream);
        expect(ids(read)).toEqual(events.map((event) => event.metadata.eventId));
        expect(read.map((event) => [event.streamName, event.revision])).toEqual([0, 1, 2, 3].map((revision) => [stream, revision]));
      });

      it('when reading from a revision with a maximum count, then only that window comes back', async () => {
        const stream = newStream();
        await store.append(stream, [caseOpened(), noteAdded('a'), noteAdded('b'), caseClosed()], { expectedRevision: 'no_stream' });
        expect((await store.readStream(stream, { fromRevision: 1, maxCount: 2 })).map((event) => event.revision)).toEqual([1, 2]);
        expect((await store.readStream(stream, { fromRevision: 3 })).map((event) => event.revision)).toEqual([3]);
        expect(await store.readStream(stream, { fromRevision: 4 })).toEqual([]);
      });

      it('given no stream, when reading it, then an empty array comes back', async () => {
        expect(await store.readStream(newStream())).toEqual([]);
      });
    });

    describe('readAll and positions', () => {
      it('given appends to several streams, when reading all, then they come in global order with strictly increasing bigint positions', async () => {
        const [a, b] = [newStream('a'), newStream('b')];
        const head = await store.headPosition();
        await store.append(a, [caseOpened('A')], { expectedRevision: 'no_stream' });
        await store.append(b, [caseOpened('B')], { expectedRevision: 'no_stream' });
        const last = await store.append(a, [noteAdded('A2'), caseClosed()], { expectedRevision: 0 });
        const read = await readAllOf([a, b], head);
        expect(read.map((event) => [event.streamName, event.revision])).toEqual([
          [a, 0],
          [b, 0],
          [a, 1],
          [a, 2],
        ]);
        const positions = read.map((event) => event.position);
        expect(positions.every((position) => typeof position === 'bigint' && position > head)).toBe(true);
        expect(positions.every((position, index) => index === 0 || position > positions[index - 1]!)).toBe(true);
        expect(positions.at(-1)).toBe(last.position);
        expect(await store.headPosition()).toBeGreaterThanOrEqual(last.position);
      });

      it('when reading all from a position, then it starts strictly after it', async () => {
        const stream = newStream();
        const head = await store.headPosition();
        await store.append(stream, [caseOpened(), noteAdded('a'), caseClosed()], { expectedRevision: 'no_stream' });
        const [first] = await readAllOf([stream], head);
        expect((await readAllOf([stream], first!.position)).map((event) => event.revision)).toEqual([1, 2]);
      });

      it('when reading all with a limit, then no more than the limit come back', async () => {
        const head = await store.headPosition();
        await store.append(newStream(), [caseOpened(), noteAdded('a'), caseClosed()], { expectedRevision: 'no_stream' });
        expect(await store.readAll({ fromPosition: head, limit: 2 })).toHaveLength(2);
      });
    });

    describe('decoding on read', () => {
      it('given a version 1 event, when it is read by any path, then it comes upcast to version 2', async () => {
        const stream = newStream();
        const head = await store.headPosition();
        await store.append(stream, [newEvent('NoteAdded', { note: 'stara notatka' }, { schemaVersion: 1 })], {
          expectedRevision: 'no_stream',
        });
        const upcast = { data: { text: 'stara notatka', language: 'pl' }, metadata: expect.objectContaining({ schemaVersion: 2 }) };
        expect((await store.readStream(stream))[0]).toMatchObject(upcast);
        expect((await readAllOf([stream], head))[0]).toMatchObject(upcast);
        expect((await firstEvents(store, stream, head, 1))[0]).toMatchObject(upcast);
      });

      it('given Polish text in data, metadata and the stream name, when read back, then it is unchanged', async () => {
        const stream = newStream('skarga-źródło');
        const event = newEvent(
          'CaseOpened',
          { title: 'Zażółć gęślą jaźń' },
          { actor: { userId: 'u-ł', name: 'Łucja Żółtowska-Ęą', role: 'CLERK' } },
        );
        await store.append(stream, [event], { expectedRevision: 'no_stream' });
        const [read] = await store.readStream(stream);
        expect(read).toMatchObject({ streamName: stream, data: { title: 'Zażółć gęślą jaźń' }, metadata: event.metadata });
      });
    });

    describe('subscribe', () => {
      it('given earlier events, when subscribing, then it catches up and then receives a live append', async () => {
        const stream = newStream();
        const head = await store.headPosition();
        await store.append(stream, [caseOpened(), noteAdded('a')], { expectedRevision: 'no_stream' });
        const controller = new AbortController();
        const events = store.subscribe({ fromPosition: head, signal: controller.signal })[Symbol.asyncIterator]();
        try {
          expect((await nextOf(events, stream)).revision).toBe(0);
          expect((await nextOf(events, stream)).revision).toBe(1);
          const live = nextOf(events, stream);
          await store.append(stream, [caseClosed()], { expectedRevision: 1 });
          expect(await live).toMatchObject({ revision: 2, type: 'CaseClosed' });
        } finally {
          controller.abort();
        }
      });

      it('when subscribing from the position of an event, then delivery starts after that event', async () => {
        const stream = newStream();
        const head = await store.headPosition();
        await store.append(stream, [caseOpened(), noteAdded('a'), caseClosed()], { expectedRevision: 'no_stream' });
        const [first] = await readAllOf([stream], head);
        expect((await firstEvents(store, stream, first!.position, 2)).map((event) => event.revision)).toEqual([1, 2]);
      });

      it('given two subscribers, when an event is appended, then both receive it', async () => {
        const stream = newStream();
        const head = await store.headPosition();
        const [one, two] = [firstEvents(store, stream, head, 1), firstEvents(store, stream, head, 1)];
        await store.append(stream, [caseOpened()], { expectedRevision: 'no_stream' });
        expect(ids(await one)).toEqual(ids(await two));
        expect(await one).toHaveLength(1);
      });

      it('given a subscriber waiting for events, when its signal aborts, then the iteration ends without error', async () => {
        const controller = new AbortController();
        const iteration = (async () => {
          for await (const _event of store.subscribe({ fromPosition: await store.headPosition(), signal: controller.signal })) {
            // Events from other clients of a shared server may arrive; the test is about ending.
          }
        })();
        setTimeout(() => controller.abort(), 50);
        await expect(iteration).resolves.toBeUndefined();
      });

      it('given an aborted signal, when subscribing, then the iteration ends at once', async () => {
        const received: RecordedEvent[] = [];
        for await (const event of store.subscribe({ signal: AbortSignal.abort() })) received.push(event);
        expect(received).toEqual([]);
      });
    });
  });
}

/** The next event of `stream`, skipping other clients' events on a shared server. */
async function nextOf(events: AsyncIterator<RecordedEvent>, stream: string): Promise<RecordedEvent> {
  for (;;) {
    const next = await events.next();
    if (next.done) throw new Error(`The subscription ended before an event of ${stream} arrived.`);
    if (next.value.streamName === stream) return next.value;
  }
}

/** Subscribes from `fromPosition`, takes the first `count` events of `stream`, then ends the subscription. */
async function firstEvents(store: EventStore, stream: string, fromPosition: bigint, count: number): Promise<RecordedEvent[]> {
  const controller = new AbortController();
  const events = store.subscribe({ fromPosition, signal: controller.signal })[Symbol.asyncIterator]();
  try {
    const taken: RecordedEvent[] = [];
    while (taken.length < count) taken.push(await nextOf(events, stream));
    return taken;
  } finally {
    controller.abort();
  }
}
