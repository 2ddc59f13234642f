import { disputeProjection } from './dispute-projection.js';
import { equalityProjection } from './equality/equality-projection.js';
import type { Projection, ProjectionContext } from './projection.js';
import { registerProjection } from './register/register-projection.js';
import { searchProjection } from './search/search-projection.js';
import type { PersonalDataVault } from '../services/privacy/personal-data-vault.js';

/** Every read model the runner keeps, in the order they apply each batch (all in one transaction). */
export const allProjections: readonly Projection[] = [disputeProjection, searchProjection, registerProjection, equalityProjection];

/** The runner's projections and what they need: the vault opens free text for the search index, the one read model that needs it in clear. */
export const makeProjections = (vault: PersonalDataVault): { projections: readonly Projection[]; context: ProjectionContext } => ({
  projections: allProjections,
  context: { vault },
});
