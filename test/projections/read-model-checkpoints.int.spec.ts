import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { openReadModelDb } from '../../projections/read-model-db.js';
import { openSqliteDatabase } from '../../services/store/open-sqlite-database.js';
import { truncateWal } from '../../services/store/wal-checkpointer.js';
import { tempDataDir } from '../support/test-server.js';

const until = async (done: () => boolean, ms = 5_000) => {
  for (const end = Date.now() + ms; !done() && Date.now() < end;) await new Promise((resolve) => setTimeout(resolve, 20));
  return done();
};

describe("the read models' WAL", () => {
  it('is copied back into the database file by another thread, the writer keeping only a distant backstop', async () => {
    const file = join(tempDataDir(), 'read-model.sqlite');
    const db = openReadModelDb(file);
    try {
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(20_000);
      const before = statSync(file).size;
      // 24 MB of documents: 3,000 of the writer's 8 KiB pages, far from its backstop, so only the thread copies them.
      db.exec('CREATE TABLE filler (doc TEXT NOT NULL)');
      const insert = db.prepare('INSERT INTO filler (doc) VALUES (?)');
      const text = 'Skarżąca wnosi o wyjaśnienie przyczyn zwłoki w sprawie dodatku mieszkaniowego. '.repeat(100);
      db.transaction(() => {
        for (let i = 0; i < 3_000; i++) insert.run(`${text}${i}`);
      })();
      expect(statSync(`${file}-wal`).size).toBeGreaterThan(20 * 2 ** 20);
      expect(await until(() => statSync(file).size > before + 20 * 2 ** 20)).toBe(true);
    } finally {
      db.close();
    }
  });

  it("is closed by the thread before the writer's own connection, so the writer's close is the last and tidies up", async () => {
    for (const open of [openReadModelDb, openSqliteDatabase]) {
      const file = join(tempDataDir(), 'some.sqlite');
      const db = open(file);
      db.exec('CREATE TABLE IF NOT EXISTS filler (doc TEXT NOT NULL)');
      db.prepare('INSERT INTO filler (doc) VALUES (?)').run('Protokół z mediacji.');
      // The thread has started and checkpointed by now.
      await new Promise((resolve) => setTimeout(resolve, 500));
      db.close();
      // SQLite removes the WAL and its index when the last connection closes: had the thread's connection outlived
      // the writer's, they would still be there, and its own late close would touch files a caller may be removing.
      expect([existsSync(`${file}-wal`), existsSync(`${file}-shm`)]).toEqual([false, false]);
    }
  });

  it('stops being checkpointed when the database is closed, and the file can be opened again at once', () => {
    const file = join(tempDataDir(), 'read-model.sqlite');
    openReadModelDb(file).close();
    const again = openReadModelDb(file);
    expect(again.prepare('SELECT count(*) AS n FROM disputes').get()).toEqual({ n: 0 });
    again.close();
  });

  it('is emptied by truncateWal, to 0 bytes each time, while another connection checkpoints it without pause', async () => {
    const file = join(tempDataDir(), 'read-model.sqlite');
    const db = openReadModelDb(file);
    // What the checkpointing thread does every 200 ms, done here all the time, so the two meet on most truncations:
    // SQLite then answers busy at once (a plain wal_checkpoint(TRUNCATE) left the WAL full 27 times in 30).
    const other = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const db = new (require(workerData.sqlite))(workerData.file);
       parentPort.postMessage('started');
       for (const end = Date.now() + 10000; Date.now() < end; ) db.pragma('wal_checkpoint(PASSIVE)');`,
      { eval: true, workerData: { file, sqlite: createRequire(import.meta.url).resolve('better-sqlite3') } },
    );
    try {
      await new Promise((resolve) => other.once('message', resolve));
      db.exec('CREATE TABLE filler (doc TEXT NOT NULL)');
      const insert = db.prepare('INSERT INTO filler (doc) VALUES (?)');
      for (let round = 0; round < 30; round++) {
        db.transaction(() => {
          for (let i = 0; i < 300; i++) insert.run(`Wniosek o udostępnienie akt sprawy nr ${round}/${i}. `.repeat(40));
        })();
        truncateWal(db);
        expect(statSync(`${file}-wal`).size).toBe(0);
      }
    } finally {
      await other.terminate();
      db.close();
    }
  });
});

describe('truncateWal', () => {
  it("tries again while SQLite answers busy (another connection's checkpoint), and stops once the WAL is emptied", () => {
    const answers = [1, 1, 0];
    const asked: string[] = [];
    truncateWal({ pragma: ((source: string) => (asked.push(source), [{ busy: answers.shift() }])) as never });
    expect(asked).toEqual(['wal_checkpoint(TRUNCATE)', 'wal_checkpoint(TRUNCATE)', 'wal_checkpoint(TRUNCATE)']);
  });

  it('reads busy as the event store gives it too, a bigint', () => {
    const answers = [1n, 0n];
    truncateWal({ pragma: (() => [{ busy: answers.shift() }]) as never });
    expect(answers).toEqual([]);
  });

  it('gives up with an error that says what stayed busy, when the WAL stays busy longer than it waits', () => {
    expect(() => truncateWal({ pragma: (() => [{ busy: 1 }]) as never }, 30)).toThrow(/could not be emptied within 0.03 s/);
  });
});
