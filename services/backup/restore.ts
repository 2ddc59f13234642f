import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { catalogueCodec } from '../../schema/events/catalogue.js';
import { rebuildReadModels } from '../../projections/rebuild-read-models.js';
import type { ServerConfig } from '../api/config.js';
import { createSubjectCommands } from '../commands/subject-commands.js';
import { createErasureRegister } from '../privacy/erasure-register.js';
import { createPersonalDataVault } from '../privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../privacy/subject-key-store.js';
import { createEventStore, eventStoreConfigFromEnv } from '../store/create-event-store.js';
import { isSqlite } from './backup.js';
import { type Manifest, MANIFEST_FILE, readManifest, sha256Of } from './manifest.js';

/** Thrown when a backup cannot be restored as it is: each problem names the file and what is wrong with it. */
export class BackupRefused extends Error {
  constructor(
    readonly problems: string[],
    lead = 'This backup cannot be restored',
  ) {
    super(`${lead}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Everything wrong with the backup in `from`, checked without changing anything: the manifest, then each file it
 * names (present, the same size and SHA-256), then each SQLite file's `PRAGMA integrity_check`, and no file it
 * does not name. Empty when the backup can be restored.
 */
export async function checkBackup(from: string): Promise<{ manifest: Manifest | null; problems: string[] }> {
  const manifest = readManifest(from);
  if (typeof manifest === 'string') return { manifest: null, problems: [manifest] };
  const problems: string[] = [];
  const named = new Set([MANIFEST_FILE]);
  for (const file of manifest.files) {
    const path = join(file.folder, file.path);
    named.add(path);
    const copy = join(from, path);
    if (!existsSync(copy)) {
      problems.push(`${path} is missing from the backup.`);
      continue;
    }
    const bytes = statSync(copy).size;
    if (bytes !== file.bytes) {
      problems.push(`${path} has ${bytes} bytes, the manifest says ${file.bytes}: the copy is damaged or incomplete.`);
      continue;
    }
    if ((await sha256Of(copy)) !== file.sha256) {
      problems.push(`${path} does not match its SHA-256 in the manifest: the copy was changed or damaged since the backup.`);
      continue;
    }
    if (file.kind === 'sqlite') {
      const integrity = integrityOf(copy);
      if (integrity !== 'ok')
        problems.push(`${path} fails SQLite's integrity check (${integrity}): the database was already damaged when it was copied.`);
    }
  }
  for (const path of filesUnder(from)) if (!named.has(path)) problems.push(`${path} is in the backup folder but not in its manifest.`);
  return { manifest, problems };
}

function integrityOf(file: string): string {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      // The first few of SQLite's findings say enough; one line each, the heading left out.
      const rows = db.pragma('integrity_check(4)', { simple: false }) as { integrity_check: string }[];
      const findings = rows.flatMap((r) => r.integrity_check.split('\n')).filter((line) => line !== '*** in database main ***');
      return findings.join('; ');
    } finally {
      db.close();
    }
  } catch (error) {
    return (error as Error).message;
  }
}

function filesUnder(root: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else found.push(relative(root, path));
    }
  };
  visit(root);
  return found;
}

export interface RestoreOptions {
  from: string;
  config: Pick<ServerConfig, 'dataDir' | 'sharedDir' | 'erasureRegister' | 'ERASURE_REGISTER' | 'env'>;
  /** Restore although the erasure register is missing: only when it is lost for good (docs/operations.md). */
  withoutErasureRegister?: boolean;
  onRebuildProgress?: (position: bigint, head: bigint) => void;
}

export interface RestoreReport {
  files: number;
  /** Where the data folders' earlier contents were moved, to be deleted once the restore is checked. */
  movedAside: string[];
  /** The register re-applied (null with --without-erasure-register and no register) and how many it erased again. */
  erasureRegister: string | null;
  erasedAgain: number;
  position: bigint;
}

/**
 * Puts a checked backup back into the data folders of `config`: refuses a damaged backup before touching anything,
 * moves whatever the folders held aside (refusing folders a running server still uses), copies the files (0600),
 * erases again whoever the erasure register names, and rebuilds the read models.
 *
 * The register is ERASURE_REGISTER when set; otherwise the one the backup was taken with, where the manifest says
 * it was (a trial restore into another folder of the same machine), else the default beside the target folder.
 */
export async function restoreBackup({
  from,
  config,
  withoutErasureRegister = false,
  onRebuildProgress,
}: RestoreOptions): Promise<RestoreReport> {
  const { manifest, problems } = await checkBackup(from);
  if (manifest === null || problems.length > 0) throw new BackupRefused(problems, `The backup in ${from} is refused, nothing was restored`);
  const register = !config.ERASURE_REGISTER && existsSync(manifest.erasureRegister) ? manifest.erasureRegister : config.erasureRegister;
  const registerFound = existsSync(register);
  if (!withoutErasureRegister && !registerFound) {
    throw new BackupRefused(
      [
        `The erasure register ${register} does not exist (when the backup was taken it was ${manifest.erasureRegister}).`,
        'Without it, people erased after the backup was taken would come back. Set ERASURE_REGISTER to the register of the installation this backup comes from.',
        'Only if that register is lost for good: run again with --without-erasure-register, then erase again by hand everyone erased since the backup.',
      ],
      'Nothing was restored',
    );
  }
  const targets = [...new Set([config.sharedDir, config.dataDir])];
  const busy = targets.flatMap(inUse);
  if (busy.length > 0) throw new BackupRefused(busy, 'Nothing was restored: stop the server (every replica) first');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const movedAside = targets.flatMap((folder) => moveAside(folder, `${folder}.before-restore-${stamp}`));

  for (const file of manifest.files) {
    const target = join(file.folder === 'shared' ? config.sharedDir : config.dataDir, ...file.path.split('/'));
    mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
    copyFileSync(join(from, file.folder, file.path), target);
    chmodSync(target, 0o600);
  }
  for (const folder of targets) mkdirSync(folder, { recursive: true, mode: 0o700 });

  const erasedAgain = registerFound ? await reapplyErasureRegister(config, register) : 0;
  const position = await rebuildReadModels(config, onRebuildProgress);
  return { files: manifest.files.length, movedAside, erasureRegister: registerFound ? register : null, erasedAgain, position };
}

async function reapplyErasureRegister(config: RestoreOptions['config'], register: string): Promise<number> {
  const store = await createEventStore(eventStoreConfigFromEnv(config.env, config.sharedDir), catalogueCodec);
  const keys = createSqliteSubjectKeyStore({ file: join(config.sharedDir, 'subject-keys.sqlite') });
  const erasures = createErasureRegister({ file: register });
  try {
    return await createSubjectCommands({
      store,
      vault: createPersonalDataVault(keys),
      keys,
      erasures,
      clock: () => new Date(),
    }).reapplyErasures();
  } finally {
    erasures.close();
    keys.close();
    await store.close();
  }
}

/** Each SQLite file of `folder` another process has open, as a sentence; a stopped server's files are not. */
function inUse(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return filesUnder(folder)
    .map((path) => join(folder, path))
    .filter((file) => !/-(wal|shm|journal)$/.test(file) && isSqlite(file))
    .flatMap((file) => {
      const db = new Database(file, { timeout: 100 });
      try {
        // Leaving WAL mode needs the only connection to the file: refused while a server has it open.
        db.pragma('journal_mode = DELETE');
        return [];
      } catch {
        return [`${file} is in use by another process.`];
      } finally {
        db.close();
      }
    });
}

/** Moves every entry of `folder` into `aside` (a rename, so nothing is copied); returns `[aside]` if it moved anything. */
function moveAside(folder: string, aside: string): string[] {
  if (!existsSync(folder)) return [];
  const entries = readdirSync(folder);
  if (entries.length === 0) return [];
  mkdirSync(aside, { mode: 0o700 });
  for (const entry of entries) renameSync(join(folder, entry), join(aside, entry));
  return [aside];
}
