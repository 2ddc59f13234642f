import { createDisputeProjection } from './dispute-projection.js';
import { createEqualityProjection } from './equality/equality-projection.js';
import type { ReadModelDb } from './read-model-db.js';
import { createRegisterProjection } from './register/register-projection.js';
import { createSearchProjection } from './search/search-projection.js';
import type { Projection } from './runner.js';

/** Every read model the runner keeps, in the order they apply each event (all in one transaction). */
export const makeProjections = (db: ReadModelDb): Projection[] => [createDisputeProjection(db), createSearchProjection(db), createRegisterProjection(db), createEqualityProjection(db)];
