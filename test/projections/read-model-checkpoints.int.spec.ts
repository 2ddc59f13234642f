import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReadModelDb } from '../../projections/read-model-db.js';
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

  it('stops being checkpointed when the database is closed, and the file can be opened again at once', () => {
    const file = join(tempDataDir(), 'read-model.sqlite');
    openReadModelDb(file).close();
    const again = openReadModelDb(file);
    expect(again.prepare('SELECT count(*) AS n FROM disputes').get()).toEqual({ n: 0 });
    again.close();
  });
});
