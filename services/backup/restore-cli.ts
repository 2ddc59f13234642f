import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { configFromEnv } from '../api/config.js';
import { progress, type Progress } from '../cli/progress.js';
import { createFilesPrivately } from '../privacy/private-files.js';
import { BackupRefused, restoreBackup } from './restore.js';

const usage = `Restores a backup made by \`npm run backup\` into DATA_DIR (and SHARED_DIR), with the server stopped.

  npm run restore -- --from backups/2026-12-02

It checks the manifest's SHA-256 of every file and SQLite's integrity check first and refuses a damaged backup;
moves whatever the data folders held aside; erases again everyone named in the erasure register (ERASURE_REGISTER);
and rebuilds the read models. --without-erasure-register: only when that register is lost for good.`;

createFilesPrivately();
const { values } = parseArgs({
  options: { from: { type: 'string' }, 'without-erasure-register': { type: 'boolean' }, help: { type: 'boolean' } },
});
if (values.help || !values.from) {
  process.stderr.write(`${usage}\n`);
  process.exit(values.help ? 0 : 2);
}
const config = configFromEnv(process.env);
const from = resolve(values.from);
const started = performance.now();
let bar = null as Progress | null;
try {
  const report = await restoreBackup({
    from,
    config,
    withoutErasureRegister: values['without-erasure-register'] === true,
    onRebuildProgress(position, head) {
      bar ??= progress('rebuilding read models', { unit: 'events', total: Number(head) });
      bar.update(Number(position));
    },
  });
  bar?.stop();
  for (const aside of report.movedAside)
    console.log(
      `What ${aside.replace(/\.before-restore-.*$/, '')} held before is now in ${aside}: delete it once the restored server is checked.`,
    );
  console.log(
    `Restored ${report.files} files from ${from} into ${config.dataDir}${config.sharedDir === config.dataDir ? '' : ` and ${config.sharedDir}`}.`,
  );
  console.log(
    report.erasureRegister === null
      ? 'No erasure register was applied: erase again by hand everyone erased since the backup was taken.'
      : `Erased again ${report.erasedAgain} person(s) named in the erasure register ${report.erasureRegister}.`,
  );
  console.log(`Read models rebuilt up to position ${report.position}; done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  bar?.stop();
  process.stderr.write(`${error instanceof BackupRefused ? error.message : `Restore failed: ${(error as Error).message}`}\n`);
  process.exitCode = 1;
}
