import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../services/api/config.js';
import { backupDataFolders } from '../../services/backup/backup.js';
import { MANIFEST_FILE, readManifest, sha256Of } from '../../services/backup/manifest.js';
import { checkBackup, restoreBackup } from '../../services/backup/restore.js';
import { catalogueCodec } from '../../schema/events/catalogue.js';
import { subjectStream } from '../../schema/streams.js';
import { createSqliteSubjectKeyStore } from '../../services/privacy/subject-key-store.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { ERASE } from '../support/equality-documents.js';
import { SEARCH } from '../support/supervision-documents.js';
import { startTestServer, tempDataDir, type TestServer } from '../support/test-server.js';

const NAME = `query($id: ID!) { dispute(id: $id) { complainant { name } complainantSubjectId } }`;

/** Every file under `folder` (relative path → mode), the backup's manifest left out. */
function modes(folder: string): Record<string, string> {
  const found: Record<string, string> = {};
  const visit = (path: string) => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      const mode = (statSync(full).mode & 0o777).toString(8);
      found[full.slice(folder.length + 1)] = mode;
      if (statSync(full).isDirectory()) visit(full);
    }
  };
  visit(folder);
  return found;
}

/** Which files under `folder` hold `needle` (a name as typed or a key's bytes). */
function filesHolding(folder: string, needle: Buffer): string[] {
  const found: string[] = [];
  const visit = (path: string) => {
    if (statSync(path).isDirectory()) return readdirSync(path).forEach((entry) => visit(join(path, entry)));
    if (readFileSync(path).includes(needle)) found.push(path);
  };
  visit(folder);
  return found;
}

describe('backup and restore of the data folder', () => {
  const running: TestServer[] = [];
  afterEach(async () => {
    for (const server of running.splice(0)) await server.close();
  });
  const start = async (dataDir: string, register: string) => {
    const server = await startTestServer({ dataDir, env: { ERASURE_REGISTER: register } });
    running.push(server);
    return server;
  };
  const receive = async (server: TestServer, name: string, description: string) => {
    const res = await server.gql(RECEIVE, {
      input: complaintInput({ complainant: { name, address: 'ul. Żeromskiego 3, 15-001 Białystok' }, description }),
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.receiveComplaint.disputeId as string;
  };

  it('a backup taken while commands are written restores into a new folder that serves every acknowledged complaint, files kept private', async () => {
    // Given a running server with complaints, and more arriving while the backup runs
    const dataDir = tempDataDir();
    const register = `${dataDir}-erasures.sqlite`;
    const server = await start(dataDir, register);
    const before = [await receive(server, 'Grzegorz Brzęczyszczykiewicz', 'Źle naliczona opłata za śmieci.')];
    const backupDir = join(tempDataDir(), 'kopia');
    const [manifest, during] = await Promise.all([
      backupDataFolders({ ...configFromEnv({ DATA_DIR: dataDir, ERASURE_REGISTER: register }), to: backupDir }),
      Promise.all([1, 2, 3].map((n) => receive(server, `Łucja Żak ${n}`, `Skarga numer ${n} o hałasie.`))),
    ]);

    // Then the manifest names every database and secret of the folder, each with its hash, and no -wal or -shm
    const paths = manifest.files.map((f) => f.path).sort();
    expect(paths).toEqual(
      expect.arrayContaining([
        'access-log.sqlite',
        'events.sqlite',
        'jwt-secret',
        'read-model.sqlite',
        'subject-keys.sqlite',
        'users.sqlite',
      ]),
    );
    expect(paths.filter((p) => /-(wal|shm)$/.test(p))).toEqual([]);
    expect(manifest.files[0]!.path).toBe('events.sqlite');
    for (const file of manifest.files) expect(await sha256Of(join(backupDir, file.folder, file.path))).toBe(file.sha256);
    expect(Object.entries(modes(backupDir)).filter(([, mode]) => mode !== '600' && mode !== '700')).toEqual([]);
    expect((await checkBackup(backupDir)).problems).toEqual([]);

    // When it is restored into a new folder and a server started on it
    const restoredDir = join(tempDataDir(), 'odtworzone');
    const report = await restoreBackup({ from: backupDir, config: configFromEnv({ DATA_DIR: restoredDir, ERASURE_REGISTER: register }) });
    expect(report.movedAside).toEqual([]);
    expect(Object.entries(modes(restoredDir)).filter(([, mode]) => mode !== '600' && mode !== '700')).toEqual([]);
    const restored = await start(restoredDir, register);

    // Then every complaint acknowledged before the backup began is there with its complainant, and the search finds it
    for (const id of before) expect((await restored.gql(NAME, { id })).data!.dispute.complainant.name).toBe('Grzegorz Brzęczyszczykiewicz');
    expect((await restored.gql(SEARCH, { text: 'smieci' })).data!.search.map((h: { disputeId: string }) => h.disputeId)).toEqual(before);
    // and those written meanwhile are either whole (name readable) or absent: never a complaint without its key
    for (const id of during) {
      const res = await restored.gql(NAME, { id });
      expect(res.errors).toBeUndefined();
      if (res.data!.dispute !== null) expect(res.data!.dispute.complainant.name).toMatch(/^Łucja Żak \d$/);
    }
  });

  it('a person erased after the backup stays erased when it is restored: no name by GraphQL, no key, nothing in the search index', async () => {
    // Given a backup holding Zenobia Kłębuszewska's complaint and her key
    const dataDir = tempDataDir();
    const register = `${dataDir}-erasures.sqlite`;
    const server = await start(dataDir, register);
    const disputeId = await receive(server, 'Zenobia Kłębuszewska', 'Pani Kłębuszewska skarży się na przewlekłość w sprawie ogrodzenia.');
    const subjectId = (await server.gql(NAME, { id: disputeId }, 'ADMIN')).data!.dispute.complainantSubjectId as string;
    const backupDir = join(tempDataDir(), 'kopia');
    await backupDataFolders({ ...configFromEnv({ DATA_DIR: dataDir, ERASURE_REGISTER: register }), to: backupDir });
    const backedUpKeys = new Database(join(backupDir, 'data', 'subject-keys.sqlite'), { readonly: true });
    const key = backedUpKeys.prepare<[string], { key: Buffer }>('SELECT key FROM subject_keys WHERE subject_id = ?').get(subjectId)!.key;
    backedUpKeys.close();
    expect(key).toHaveLength(32);

    // When she is erased afterwards, and the backup is restored into a new folder and served
    const erased = await server.gql(ERASE, { input: { subjectId, reason: 'art. 17 ust. 1 lit. a RODO, wniosek z 3.03.2025' } }, 'ADMIN');
    expect(erased.errors).toBeUndefined();
    const restoredDir = join(tempDataDir(), 'odtworzone');
    const report = await restoreBackup({ from: backupDir, config: configFromEnv({ DATA_DIR: restoredDir, ERASURE_REGISTER: register }) });
    expect(report.erasedAgain).toBe(1);
    const restored = await start(restoredDir, register);

    // Then GraphQL shows no name, the key store has no key (and no byte of it is left in any file), the search finds nothing
    const read = await restored.gql(NAME, { id: disputeId });
    expect(read.errors).toBeUndefined();
    expect(read.data!.dispute.complainant).toBeNull();
    const keys = createSqliteSubjectKeyStore({ file: join(restoredDir, 'subject-keys.sqlite') });
    expect(keys.getKey(subjectId)).toBeNull();
    expect(keys.erasedAt(subjectId)).toBe(erased.data!.eraseSubject.erasedAt);
    keys.close();
    expect(filesHolding(restoredDir, key)).toEqual([]);
    expect((await restored.gql(SEARCH, { text: 'klebuszewska' })).data!.search).toEqual([]);
    expect(filesHolding(restoredDir, Buffer.from('Kłębuszewsk'))).toEqual([]);
    expect(filesHolding(restoredDir, Buffer.from('klebuszewsk'))).toEqual([]);
    // and the restored log records the erasure again, with the first erasure's instant and grounds
    const log = createSqliteEventStore({ file: join(restoredDir, 'events.sqlite'), codec: catalogueCodec });
    const stream = await log.readStream(subjectStream(subjectId));
    await log.close();
    expect(stream.map((e) => [e.type, e.data])).toEqual([
      [
        'SubjectDataErased',
        { subjectId, erasedAt: erased.data!.eraseSubject.erasedAt, reason: 'art. 17 ust. 1 lit. a RODO, wniosek z 3.03.2025' },
      ],
    ]);
  });

  it('refuses a damaged copy before touching the data folder, saying which file and what is wrong', async () => {
    // Given a good backup
    const dataDir = tempDataDir();
    const register = `${dataDir}-erasures.sqlite`;
    const server = await start(dataDir, register);
    await receive(server, 'Bożena Świątek', 'Nieuprzejma obsługa w okienku nr 5.');
    const config = configFromEnv({ DATA_DIR: dataDir, ERASURE_REGISTER: register });
    const backupDir = join(tempDataDir(), 'kopia');
    await backupDataFolders({ ...config, to: backupDir });
    const target = configFromEnv({ DATA_DIR: join(tempDataDir(), 'cel'), ERASURE_REGISTER: register });
    const events = join(backupDir, 'data', 'events.sqlite');
    const original = readFileSync(events);
    const refusal = async () =>
      await restoreBackup({ from: backupDir, config: target }).then(
        () => 'restored',
        (e: Error) => e.message,
      );

    // When one byte of the events copy changes, Then the restore is refused naming the file and the hash
    const flipped = Buffer.from(original);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 100) ^ 0xff, flipped.length - 100);
    writeFileSync(events, flipped);
    expect(await refusal()).toMatch(
      /refused, nothing was restored:\n {2}- data\/events\.sqlite does not match its SHA-256 in the manifest/,
    );
    expect(existsSync(target.dataDir)).toBe(false);

    // When the damage was there before the hash was taken (the manifest agrees with a broken file), Then SQLite's integrity check refuses it
    const broken = Buffer.from(original);
    broken.fill(0x41, 4096 + 8, 4096 + 200);
    writeFileSync(events, broken);
    const manifest = readManifest(backupDir);
    if (typeof manifest === 'string') throw new Error(manifest);
    manifest.files.find((f) => f.path === 'events.sqlite')!.sha256 = await sha256Of(events);
    writeFileSync(join(backupDir, MANIFEST_FILE), JSON.stringify(manifest));
    expect(await refusal()).toMatch(
      /data\/events\.sqlite fails SQLite's integrity check \(Tree 2 page 2 cell 1: .+\): the database was already damaged/,
    );

    // When a file is missing, or the manifest is, Then it says so
    writeFileSync(events, original);
    manifest.files.find((f) => f.path === 'events.sqlite')!.sha256 = await sha256Of(events);
    writeFileSync(join(backupDir, MANIFEST_FILE), JSON.stringify(manifest));
    expect((await checkBackup(backupDir)).problems).toEqual([]);
    writeFileSync(join(backupDir, 'data', 'obcy-plik'), 'nie z kopii');
    expect(await refusal()).toMatch(/data\/obcy-plik is in the backup folder but not in its manifest/);
    writeFileSync(join(backupDir, MANIFEST_FILE), '{"format": 1, "files": [');
    expect(await refusal()).toMatch(/manifest\.json is not valid JSON: the manifest is damaged/);
    expect(existsSync(target.dataDir)).toBe(false);
  });

  it("refuses a folder a running server uses and a missing erasure register; moves a stopped folder's files aside", async () => {
    const dataDir = tempDataDir();
    const register = `${dataDir}-erasures.sqlite`;
    const server = await start(dataDir, register);
    const disputeId = await receive(server, 'Wiesław Ćwiek', 'Zgubiony wniosek o dowód osobisty.');
    const config = configFromEnv({ DATA_DIR: dataDir, ERASURE_REGISTER: register });
    const backupDir = join(tempDataDir(), 'kopia');
    await backupDataFolders({ ...config, to: backupDir });
    const message = (promise: Promise<unknown>) =>
      promise.then(
        () => 'restored',
        (e: Error) => e.message,
      );

    // When the register is not where it is looked for, Then nothing is restored and the message says what to do
    const elsewhere = configFromEnv({ DATA_DIR: join(tempDataDir(), 'cel'), ERASURE_REGISTER: join(tempDataDir(), 'brak.sqlite') });
    expect(await message(restoreBackup({ from: backupDir, config: elsewhere }))).toMatch(
      /erasure register .*brak\.sqlite does not exist .*Set ERASURE_REGISTER/s,
    );

    // When the server still runs on the target folder, Then it is refused
    expect(await message(restoreBackup({ from: backupDir, config }))).toMatch(
      /stop the server \(every replica\) first:\n[\s\S]* {2}- .*events\.sqlite is in use by another process/,
    );

    // When it is stopped, Then the restore moves what was there aside and serves the backup
    await running.splice(0)[0]!.close();
    const report = await restoreBackup({ from: backupDir, config });
    expect(report.movedAside).toEqual([expect.stringMatching(/\.before-restore-/)]);
    expect(readdirSync(report.movedAside[0]!)).toContain('events.sqlite');
    const restored = await start(dataDir, register);
    expect((await restored.gql(NAME, { id: disputeId })).data!.dispute.complainant.name).toBe('Wiesław Ćwiek');
  });
});

const built = (cli: string) => new URL(`../../dist/services/backup/${cli}.js`, import.meta.url).pathname;

/** A built CLI run as `npm run backup|restore` runs it, its output not a terminal (as from cron). */
function runCli(
  cli: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [built(cli), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = { stdout: '', stderr: '' };
    child.stdout.on('data', (d) => (out.stdout += d));
    child.stderr.on('data', (d) => (out.stderr += d));
    child.on('close', (status) => done({ status, ...out }));
  });
}

// `npm test` builds dist/ first; a bare `vitest run` without a build skips this, saying why.
describe.skipIf(!existsSync(built('restore-cli')))(
  'npm run backup and npm run restore as docs/operations.md gives them (skipped without dist/: run `npm run build`)',
  () => {
    it('back up a running server, stop it, restore in place: the old files moved aside, every file private, progress in plain lines', async () => {
      // Given a running server with a complaint
      const dataDir = tempDataDir();
      const env = { DATA_DIR: dataDir, ERASURE_REGISTER: `${dataDir}-erasures.sqlite` };
      const server = await startTestServer({ dataDir, env });
      const res = await server.gql(RECEIVE, {
        input: complaintInput({ complainant: { name: 'Jadwiga Ślązak', email: 'j.slazak@example.pl' } }),
      });
      const disputeId = res.data!.receiveComplaint.disputeId as string;

      // When it is backed up while it runs
      const backupDir = join(tempDataDir(), '2026-12-02');
      const backup = await runCli('backup-cli', ['--to', backupDir], env);
      expect(backup.status, backup.stderr).toBe(0);
      expect(backup.stdout).toMatch(/^Backed up 7 files \(\d+\.\d MB\) of .* into .*2026-12-02 in \d+\.\d s\.$/m);
      expect(backup.stderr).toMatch(/^backup: (\d+)\/\1 kB in \d+\.\d s \(\d+ kB\/s\)$/m);

      // Then restoring it while the server runs is refused, and changes nothing
      const refused = await runCli('restore-cli', ['--from', backupDir], env);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/Nothing was restored: stop the server \(every replica\) first/);

      // When the server is stopped and the backup restored in place
      await server.close();
      const restore = await runCli('restore-cli', ['--from', backupDir], env);
      expect(restore.status, restore.stderr).toBe(0);
      expect(restore.stdout).toMatch(
        /^What .* held before is now in .*\.before-restore-.*: delete it once the restored server is checked\.$/m,
      );
      expect(restore.stdout).toMatch(/^Erased again 0 person\(s\) named in the erasure register .*-erasures\.sqlite\.$/m);
      expect(restore.stderr).toMatch(/^rebuilding read models: (\d+)\/\1 events in \d+\.\d s/m);

      // Then the folder is private and a server on it serves the complaint
      expect(Object.entries(modes(dataDir)).filter(([, mode]) => mode !== '600' && mode !== '700')).toEqual([]);
      const restored = await startTestServer({ dataDir, env });
      try {
        expect((await restored.gql(NAME, { id: disputeId })).data!.dispute.complainant.name).toBe('Jadwiga Ślązak');
      } finally {
        await restored.close();
      }
    });
  },
);
