import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../services/errors.js';
import { BUSY_TIMEOUT_MS, openSqliteDatabase } from '../../services/store/open-sqlite-database.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { caseClosed, caseOpened, contractCodec, newStream, noteAdded } from './contract-codec.js';
import { describeEventStoreContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'dispute-ledger-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const tmpFile = () => join(dir, `events-${++files}.sqlite`);

describeEventStoreContract('sqlite (file)', (codec) => createSqliteEventStore({ file: tmpFile(), codec }));
describeEventStoreContract('sqlite (:memory:)', (codec) => createSqliteEventStore({ file: ':memory:', codec }));

describe('SQLite event store', () => {
  const open = (file: string, pollIntervalMs?: number) => createSqliteEventStore({ file, codec: contractCodec, pollIntervalMs });

  it('given a new store, then its head position is 0n', async () => {
    const store = open(':memory:');
    expect(await store.headPosition()).toBe(0n);
    await store.close();
  });

  it('given events in a file, when the store is closed and reopened, then they are all still there', async () => {
    const file = tmpFile();
    const stream = newStream();
    const first = open(file);
    const written = await first.append(stream, [caseOpened('Zażółć gęślą jaźń'), noteAdded('a')], { expectedRevision: 'no_stream' });
    await first.close();

    const reopened = open(file);
    expect((await reopened.readStream(stream)).map((event) => event.data)).toEqual([
      { title: 'Zażółć gęślą jaźń' },
      { text: 'a', language: 'pl' },
    ]);
    expect(await reopened.headPosition()).toBe(written.position);
    await reopened.close();
  });

  it('given a file, when the store opens it, then WAL, synchronous=FULL and a busy timeout are set', () => {
    const db = openSqliteDatabase(tmpFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2n); // 2 = FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(BigInt(BUSY_TIMEOUT_MS));
    db.close();
  });

  it('given a subscriber that would poll only once a minute, when the same store appends, then it is woken at once', async () => {
    const store = open(':memory:', 60_000);
    const controller = new AbortController();
    const events = store.subscribe({ signal: controller.signal })[Symbol.asyncIterator]();
    const next = events.next();
    await store.append(newStream(), [caseOpened()], { expectedRevision: 'no_stream' });
    expect((await next).value).toMatchObject({ type: 'CaseOpened' });
    controller.abort();
    await store.close();
  }, 5_000);

  it("given two stores on one file (two processes), when one appends, then the other one's subscription sees it by polling", async () => {
    const file = tmpFile();
    const [writer, reader] = [open(file), open(file, 20)];
    const stream = newStream();
    const controller = new AbortController();
    const events = reader.subscribe({ fromPosition: await reader.headPosition(), signal: controller.signal })[Symbol.asyncIterator]();
    const next = events.next();
    await writer.append(stream, [caseOpened()], { expectedRevision: 'no_stream' });
    expect((await next).value).toMatchObject({ streamName: stream, revision: 0 });
    controller.abort();
    await Promise.all([writer.close(), reader.close()]);
  });

  it('given two stores on one file, when both append with the same expected revision, then the second gets Conflict', async () => {
    const file = tmpFile();
    const [one, two] = [open(file), open(file)];
    const stream = newStream();
    await one.append(stream, [caseOpened()], { expectedRevision: 'no_stream' });
    await one.append(stream, [noteAdded('jeden')], { expectedRevision: 0 });
    await expect(two.append(stream, [noteAdded('dwa')], { expectedRevision: 0 })).rejects.toMatchObject({ code: 'CONFLICT', actual: '1' });
    await Promise.all([one.close(), two.close()]);
  });

  it('given events recorded in one stream, when the same event ids are appended to another stream, then CONFLICT and nothing is written', async () => {
    const store = open(':memory:');
    const events = [caseOpened(), caseClosed()];
    await store.append(newStream(), events, { expectedRevision: 'no_stream' });
    const other = newStream();
    await expect(store.append(other, events, { expectedRevision: 'any' })).rejects.toBeInstanceOf(AppError);
    expect(await store.readStream(other)).toEqual([]);
    await store.close();
  });

  it('given 16 appends sent at once, then one transaction writes them all (the WAL grows by one commit, not sixteen)', async () => {
    const file = tmpFile();
    const store = open(file);
    await store.append(newStream(), [caseOpened()], { expectedRevision: 'no_stream' });
    const before = statSync(`${file}-wal`).size;
    await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        store.append(newStream(), [caseOpened(`Skarga ${i}: zażółć gęślą jaźń`)], { expectedRevision: 'no_stream' }),
      ),
    );
    // Each commit appends its changed pages (the table, two indexes, the sequence) to the WAL: about 16 kB each.
    expect(statSync(`${file}-wal`).size - before).toBeLessThan(48 * 1024);
    await store.close();
  });

  it('given appends waiting to be written, when the store is closed, then they are written first', async () => {
    const file = tmpFile();
    const store = open(file);
    const stream = newStream();
    const pending = store.append(stream, [caseOpened('Ostatnia przed zamknięciem')], { expectedRevision: 'no_stream' });
    await store.close();
    await expect(pending).resolves.toMatchObject({ nextRevision: 0 });
    const reopened = open(file);
    expect(await reopened.readStream(stream)).toHaveLength(1);
    await reopened.close();
  });

  it('given a live subscription, when the store is closed, then the iteration ends', async () => {
    const store = open(':memory:');
    const iteration = (async () => {
      for await (const _event of store.subscribe()) {
        // nothing is appended: the test is about ending
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.close();
    await expect(iteration).resolves.toBeUndefined();
  });
});
