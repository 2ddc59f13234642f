export { decide } from './decide.js';
export { evolve, initialState, timeLimit, type MediationSession, type MediationState, type MediationStatus } from './state.js';
export type { DecisionContext, MediationCommand } from './commands.js';
export { requireVisible } from './guards.js';
export { mediatorMayRead } from './confidentiality.js';
