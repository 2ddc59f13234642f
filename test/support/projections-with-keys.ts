import { join } from 'node:path';
import { makeProjections } from '../../projections/all-projections.js';
import { createPersonalDataVault } from '../../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../../services/privacy/subject-key-store.js';

/** The read models as a server builds them, opening free text with the subject keys of `keysDir` (':memory:' for none). */
export function projectionsWithKeys(keysDir: string) {
  const keys = createSqliteSubjectKeyStore({ file: keysDir === ':memory:' ? keysDir : join(keysDir, 'subject-keys.sqlite') });
  return { makeProjections: makeProjections(createPersonalDataVault(keys)), close: () => keys.close() };
}
