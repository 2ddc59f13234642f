import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The data folder holds every subject's key, the token and pseudonym secrets, and the events: any local user who
 * can read it can decrypt every person's data. So it is the service account's alone: folders 0700, files 0600.
 */
const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;

/** At the start of the server and of every CLI that opens the data folder: whatever it creates is private. */
export function createFilesPrivately(): void {
  process.umask(0o077);
}

/** Creates a data folder (and its missing parents) 0700; an existing one is left as it is (see `looselyKept`). */
export function makePrivateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: FOLDER_MODE });
}

/**
 * Opens a SQLite file with `open`, and if this created it, makes it and its -wal and -shm 0600 whatever the umask
 * (SQLite creates the -wal and -shm later with the mode of the database file).
 */
export function openPrivately<T>(file: string, open: () => T): T {
  const created = file !== ':memory:' && !existsSync(file);
  const opened = open();
  if (created) for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) chmodSync(path, FILE_MODE);
  return opened;
}

/**
 * What in `folder` (recursively) other users of the machine may read, write or enter, each as a sentence naming the
 * path and the command that fixes it. Empty when everything is private, or the folder does not exist yet.
 */
export function looselyKept(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const warnings: string[] = [];
  const visit = (path: string) => {
    const stat = statSync(path);
    const open = stat.mode & 0o077;
    if (stat.isDirectory()) {
      if (open)
        warnings.push(
          `The data folder ${path} can be opened by other users of this machine (mode ${octal(stat.mode)}): run  chmod 700 '${path}'`,
        );
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else if (open) {
      warnings.push(
        `The file ${path} can be read by other users of this machine (mode ${octal(stat.mode)}), and it may hold keys or personal data: run  chmod 600 '${path}'`,
      );
    }
  };
  visit(folder);
  return warnings;
}

/** Says at start what in the data folders is not private (each folder once, however many names it has). */
export function warnIfLooselyKept(folders: readonly string[], warn: (line: string) => void = console.warn): void {
  for (const folder of new Set(folders)) for (const line of looselyKept(folder)) warn(line);
}

const octal = (mode: number) => (mode & 0o777).toString(8).padStart(3, '0');
