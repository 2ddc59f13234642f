import type { Decider } from '../decider.js';
import type { DecisionContext, MediationCommand } from './commands.js';
import { decide } from './decide.js';
import type { MediationEvent } from './events.js';
import { evolve, initialState, type MediationState } from './state.js';

export { mediationIdOfStream, mediationStream } from '../../../schema/streams.js';

/** A mediation stream (`mediation-<mediationId>`); its complaint learns of it through `MediationLinkCommand`s. */
export type MediationStreamCommand = MediationCommand;

export const mediationDecider: Decider<MediationState, MediationStreamCommand, MediationEvent, DecisionContext> = {
  initialState,
  decide,
  evolve,
};
