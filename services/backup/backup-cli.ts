import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { configFromEnv } from '../api/config.js';
import { progress } from '../cli/progress.js';
import { createFilesPrivately } from '../privacy/private-files.js';
import { backupDataFolders } from './backup.js';

const usage = `Takes a consistent copy of every file of DATA_DIR (and SHARED_DIR), while the server runs, with a manifest of SHA-256 hashes.

  npm run backup -- --to backups/2026-12-02

The folder must be new or empty. Restore with: npm run restore -- --from backups/2026-12-02 (docs/operations.md).`;

// The copy holds every key and every person's data: as private as the data folder.
createFilesPrivately();
const { values } = parseArgs({ options: { to: { type: 'string' }, help: { type: 'boolean' } } });
if (values.help || !values.to) {
  process.stderr.write(`${usage}\n`);
  process.exit(values.help ? 0 : 2);
}
const config = configFromEnv(process.env);
const to = resolve(values.to);
const started = performance.now();
const bar = progress('backup', { unit: 'kB', total: 0 });
try {
  const manifest = await backupDataFolders({
    ...config,
    to,
    onProgress: (done, total) => bar.update(Math.round(done / 1024), Math.round(total / 1024)),
  });
  bar.stop();
  const bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(
    `Backed up ${manifest.files.length} files (${(bytes / 1e6).toFixed(1)} MB) of ${config.dataDir}${config.sharedDir === config.dataDir ? '' : ` and ${config.sharedDir}`} into ${to} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  if ((config.env.EVENT_STORE ?? 'sqlite') === 'eventstoredb')
    console.log('The events are in EventStoreDB: back them up as docs/deploy.md, section 4, says.');
  console.log(
    `The erasure register ${config.erasureRegister} is not in the backup, by design: keep it (and a copy of it) outside the backups.`,
  );
} catch (error) {
  bar.stop();
  process.stderr.write(`Backup failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
