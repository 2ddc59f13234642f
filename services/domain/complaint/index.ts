export { isIdentifiable } from './anonymity.js';
export { decide } from './decide.js';
export { needsDelayNotice } from './delay-notice.js';
export { evolve, initialState, isOpen, isSettled, type ComplaintState, type ComplaintStatus } from './state.js';
export type { ComplaintCommand, DecisionContext, MediationLinkCommand, PriorComplaintFacts } from './commands.js';
