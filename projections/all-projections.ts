import { createDisputeProjection } from './dispute-projection.js';
import { createEqualityProjection } from './equality/equality-projection.js';
import type { ReadModelDb } from './read-model-db.js';
import { createRegisterProjection } from './register/register-projection.js';
import { createSearchProjection } from './search/search-projection.js';
import type { Projection } from './runner.js';
import type { PersonalDataVault } from '../services/privacy/personal-data-vault.js';

/**
 * Every read model the runner keeps, in the order they apply each event (all in one transaction). The vault opens
 * free text for the search index, the one read model that needs it in clear.
 */
export const makeProjections =
  (vault: PersonalDataVault) =>
  (db: ReadModelDb): Projection[] => [
    createDisputeProjection(db),
    createSearchProjection(db, vault),
    createRegisterProjection(db),
    createEqualityProjection(db),
  ];
