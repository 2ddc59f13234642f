import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS } from '../store/open-sqlite-database.js';
import { type BackupFile, type Folder, type Manifest, MANIFEST_FILE, sha256Of } from './manifest.js';

export interface DataFolders {
  dataDir: string;
  sharedDir: string;
  erasureRegister: string;
}

export interface BackupOptions extends DataFolders {
  to: string;
  /** Bytes copied so far out of the total to copy. */
  onProgress?: (done: number, total: number) => void;
}

/** A file of a data folder as found: where it is, where it goes in the backup, and how it is copied. */
interface Found {
  folder: Folder;
  path: string;
  source: string;
  kind: 'sqlite' | 'file';
  bytes: number;
}

/** Pages copied per step of SQLite's online backup: small enough to report progress, large enough to be quick. */
const PAGES_PER_STEP = 1024;

/**
 * A consistent copy of every file of the data folders, taken while the server runs: each SQLite file through
 * SQLite's online backup (a snapshot even while it is written), the others as they are, then a manifest with each
 * file's size and SHA-256, written last. The events are copied first: every key, account or read model copied
 * after them is at least as new, so no restored event names a person whose key the backup lacks.
 */
export async function backupDataFolders({
  dataDir,
  sharedDir,
  to,
  erasureRegister,
  onProgress = () => {},
}: BackupOptions): Promise<Manifest> {
  const target = resolve(to);
  for (const folder of new Set([dataDir, sharedDir])) {
    if (target === folder || !relative(folder, target).startsWith('..'))
      throw new Error(`The backup folder ${target} lies inside the data folder ${folder}: choose a folder outside it.`);
  }
  if (existsSync(target) && readdirSync(target).length > 0)
    throw new Error(`The backup folder ${target} is not empty: give a new folder (e.g. one named after today's date).`);
  mkdirSync(target, { recursive: true, mode: 0o700 });

  const found = filesToCopy(dataDir, sharedDir);
  const total = found.reduce((sum, f) => sum + f.bytes, 0);
  let before = 0;
  const files: BackupFile[] = [];
  for (const file of found) {
    const copy = join(target, file.folder, file.path);
    mkdirSync(dirname(copy), { recursive: true, mode: 0o700 });
    if (file.kind === 'sqlite') {
      await copySqlite(file.source, copy, (done) => onProgress(before + done, total));
    } else {
      copyFileSync(file.source, copy);
      chmodSync(copy, 0o600);
    }
    before += file.bytes;
    onProgress(before, total);
    files.push({ folder: file.folder, path: file.path, kind: file.kind, bytes: statSync(copy).size, sha256: await sha256Of(copy) });
  }
  const manifest: Manifest = { format: 1, createdAt: new Date().toISOString(), erasureRegister, files };
  writeFileSync(join(target, `${MANIFEST_FILE}.partial`), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  renameSync(join(target, `${MANIFEST_FILE}.partial`), join(target, MANIFEST_FILE));
  return manifest;
}

/** SQLite's online backup into `copy`, then made a self-contained file (no -wal beside it) that hashes stably. */
async function copySqlite(source: string, copy: string, onProgress: (bytes: number) => void): Promise<void> {
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    let lowest = Infinity;
    // Made private before a byte is copied into it, whatever the umask (the CLI's is 077 anyway).
    writeFileSync(`${copy}.partial`, '', { mode: 0o600 });
    await db.backup(`${copy}.partial`, {
      progress({ totalPages, remainingPages }) {
        onProgress((totalPages - remainingPages) * pageSize);
        // A write by the server restarts SQLite's copy; after one restart the rest is taken in one step, which
        // holds a read snapshot (WAL lets the server write meanwhile) and so always ends.
        if (remainingPages > lowest) return 0x7fffffff;
        lowest = remainingPages;
        return PAGES_PER_STEP;
      },
    });
  } finally {
    db.close();
  }
  const written = new Database(`${copy}.partial`);
  written.pragma('journal_mode = DELETE');
  written.close();
  renameSync(`${copy}.partial`, copy);
}

/** Every file of the data folders to back up, the events first (see backupDataFolders). */
function filesToCopy(dataDir: string, sharedDir: string): Found[] {
  const found: Found[] = [];
  // One folder for everything unless SHARED_DIR is set apart; a replica's DATA_DIR inside SHARED_DIR is its own.
  const folders: [Folder, string][] =
    sharedDir === dataDir
      ? [['data', dataDir]]
      : [
          ['shared', sharedDir],
          ['data', dataDir],
        ];
  const others = folders.map(([, path]) => path);
  for (const [folder, root] of folders) {
    const visit = (dir: string) => {
      if (!existsSync(dir)) return;
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const source = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!others.includes(source)) visit(source);
        } else if (entry.isFile() && !/-(wal|shm|journal)$|\.tmp$|\.partial$/.test(entry.name)) {
          found.push({
            folder,
            path: relative(root, source).split(sep).join('/'),
            source,
            kind: isSqlite(source) ? 'sqlite' : 'file',
            bytes: statSync(source).size,
          });
        }
      }
    };
    visit(root);
  }
  const rank = (f: Found) => (f.path === 'events.sqlite' ? 0 : f.kind === 'sqlite' ? 1 : 2);
  return found.sort((a, b) => rank(a) - rank(b));
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0');

export function isSqlite(file: string): boolean {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, header, 0, header.length, 0) === header.length && header.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}
