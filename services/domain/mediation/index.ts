/** A mediation's stream (DESIGN §4): its commands, events, decider and stream names. */
export { mediatorMayRead } from './confidentiality.js';
export { decide } from './decide.js';
export { mediationDecider, mediationIdOfStream, mediationStream, type MediationStreamCommand } from './decider.js';
export { isMediationEvent, type MediationEvent } from './events.js';
export { requireVisible } from './guards.js';
export { evolve, initialState, timeLimit, type MediationSession, type MediationState, type MediationStatus } from './state.js';
export type { DecisionContext, MediationCommand } from './commands.js';
