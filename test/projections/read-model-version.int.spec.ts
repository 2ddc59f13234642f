import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openReadModelDb, READ_MODEL_VERSION } from '../../projections/read-model-db.js';
import { tempDataDir } from '../support/test-server.js';

describe('a read model built by another version of the projections', () => {
  it('is dropped with its checkpoint on open, so the runner replays every event', () => {
    const file = join(tempDataDir(), 'read-model.sqlite');
    const old = openReadModelDb(file);
    old.prepare("INSERT INTO checkpoints (name, position) VALUES ('read-models', '42')").run();
    old.pragma(`user_version = ${READ_MODEL_VERSION - 1}`);
    old.close();

    const reopened = openReadModelDb(file);
    expect(reopened.prepare('SELECT count(*) AS n FROM checkpoints').get()).toEqual({ n: 0 });
    expect(reopened.pragma('user_version', { simple: true })).toBe(READ_MODEL_VERSION);
    reopened.close();
  });

  it('written with 4 KiB pages is rewritten, once emptied, with the 8 KiB pages of a new file, and stays in WAL mode', () => {
    const file = join(tempDataDir(), 'read-model.sqlite');
    const old = new Database(file);
    old.pragma('page_size = 4096');
    old.pragma('journal_mode = WAL');
    old.exec("CREATE TABLE disputes (id TEXT PRIMARY KEY, doc TEXT); INSERT INTO disputes VALUES ('d-1', 'skarga na przewlekłość')");
    old.pragma(`user_version = ${READ_MODEL_VERSION - 1}`);
    old.close();

    const reopened = openReadModelDb(file);
    expect(reopened.pragma('page_size', { simple: true })).toBe(8192);
    expect(reopened.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(reopened.prepare('SELECT count(*) AS n FROM disputes').get()).toEqual({ n: 0 });
    reopened.close();
  });

  it('of the same version is kept as it is', () => {
    const file = join(tempDataDir(), 'read-model.sqlite');
    const first = openReadModelDb(file);
    first.prepare("INSERT INTO checkpoints (name, position) VALUES ('read-models', '42')").run();
    first.close();
    const again = openReadModelDb(file);
    expect(again.prepare('SELECT position FROM checkpoints').get()).toEqual({ position: '42' });
    again.close();
  });
});
