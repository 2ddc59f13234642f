import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { RECORD_EQUALITY } from '../support/equality-documents.js';
import { startTestServer, tempDataDir } from '../support/test-server.js';
import { looselyKept } from '../../services/privacy/private-files.js';

/** Every path under `folder` with its permission bits. */
const modesUnder = (folder: string): Record<string, string> => {
  const modes: Record<string, string> = {};
  const visit = (path: string) => {
    const stat = statSync(path);
    modes[path] = (stat.mode & 0o777).toString(8);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
  };
  visit(folder);
  return modes;
};

afterEach(() => vi.restoreAllMocks());

describe('the data folder is the service account’s alone (keys in it open every person’s data)', () => {
  it('is created 0700 with every file 0600: events, read models, keys with their -wal and -shm, secrets', async () => {
    // Given a data folder that does not exist yet, and the test process's umask (022 on most machines)
    const dataDir = join(tempDataDir(), 'nowy', 'data');
    const server = await startTestServer({ dataDir });
    try {
      // When the server has written a complaint, a person's key and their equality answers
      const { data } = await server.gql(RECEIVE, {
        input: complaintInput({ complainant: { name: 'Zdzisław Szczepańczyk', address: 'ul. Tajna 7, 00-001 Warszawa' } }),
      });
      await server.gql(RECORD_EQUALITY, {
        input: { disputeId: data!.receiveComplaint.disputeId, consent: true, answers: [{ dimension: 'sex', value: 'MALE' }] },
      });

      // Then, while it runs (the -wal and -shm files exist), nothing in it is open to other users
      const modes = modesUnder(dataDir);
      for (const name of [
        'events.sqlite',
        'events.sqlite-wal',
        'events.sqlite-shm',
        'subject-keys.sqlite',
        'subject-keys.sqlite-wal',
        'subject-keys.sqlite-shm',
        'read-model.sqlite',
        'read-model.sqlite-wal',
        'read-model.sqlite-shm',
      ]) {
        expect(modes[join(dataDir, name)], name).toBe('600');
      }
      expect(modes[join(dataDir, 'jwt-secret')]).toBe('600');
      expect(modes[join(dataDir, 'pseudonym-secret')]).toBe('600');
      expect(
        Object.entries(modes)
          .filter(([path]) => path !== dataDir && !statSync(path).isDirectory())
          .every(([, mode]) => mode === '600'),
        JSON.stringify(modes),
      ).toBe(true);
      expect(modes[dataDir]).toBe('700');
    } finally {
      await server.close();
    }
  });

  it('says at start, naming the path and the command, what an older installation left open', async () => {
    // Given a data folder made by an earlier release: readable by everyone, as were its files
    const dataDir = join(tempDataDir(), 'stary');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, 'subject-keys.sqlite'), '', { mode: 0o644 });
    chmodSync(join(dataDir, 'subject-keys.sqlite'), 0o644);
    // When the server starts on it
    const server = await startTestServer({ dataDir });
    await server.close();

    // Then it warned about each, with the command that fixes it
    const said = server.logs
      .entries()
      .filter((line) => line.level === 40)
      .map((line) => String(line.msg));
    expect(said).toContain(
      `The data folder ${dataDir} can be opened by other users of this machine (mode 755): run  chmod 700 '${dataDir}'`,
    );
    expect(
      said.some(
        (line) =>
          line.startsWith(`The file ${join(dataDir, 'subject-keys.sqlite')} can be read by other users`) &&
          line.endsWith(`chmod 600 '${join(dataDir, 'subject-keys.sqlite')}'`),
      ),
    ).toBe(true);
  });

  it('says nothing when everything is private', () => {
    const dataDir = tempDataDir();
    writeFileSync(join(dataDir, 'events.sqlite'), '', { mode: 0o600 });
    expect(looselyKept(dataDir)).toEqual([]);
  });
});
