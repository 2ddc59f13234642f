import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { rebuildReadModels } from '../../projections/rebuild-read-models.js';
import { configFromEnv } from '../api/config.js';
import { createPersonalDataVault } from '../privacy/personal-data-vault.js';
import { createFilesPrivately, warnIfLooselyKept } from '../privacy/private-files.js';
import { createSqliteSubjectKeyStore } from '../privacy/subject-key-store.js';
import { sealOldText } from './seal-old-text.js';

// `npm run migrate-seal`, once after upgrading from a release that kept free text in clear, with the server stopped.
createFilesPrivately();
const config = configFromEnv(process.env);
warnIfLooselyKept([config.dataDir, config.sharedDir]);
const eventsFile = join(config.sharedDir, 'events.sqlite');
if ((config.env.EVENT_STORE ?? 'sqlite') !== 'sqlite') {
  console.error(
    'migrate-seal rewrites the SQLite event log in place; EventStoreDB cannot rewrite an event, so old text stays there as it is.',
  );
  process.exit(1);
}
if (!existsSync(eventsFile)) {
  console.error(`There is no event log at ${eventsFile}: set DATA_DIR (or SHARED_DIR) to the server's data folder.`);
  process.exit(1);
}
const keys = createSqliteSubjectKeyStore({ file: join(config.sharedDir, 'subject-keys.sqlite') });
const report = sealOldText(eventsFile, keys, createPersonalDataVault(keys));
keys.close();
console.log(`Sealed the free text of ${report.sealed} events; ${report.erased} events of erased persons now hold the placeholder instead.`);
if (report.sealed + report.erased > 0) {
  // The read models still hold copies of the old clear text.
  const position = await rebuildReadModels(config);
  console.log(
    `Read models of ${config.dataDir} rebuilt up to position ${position}. Other replicas: run npm run rebuild-projections with their DATA_DIR.`,
  );
}
