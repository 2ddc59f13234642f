/** A complaint's stream (DESIGN §4): its commands, events, decider and stream names. */
export { isIdentifiable } from './anonymity.js';
export { decide } from './decide.js';
export { complaintDecider, complaintStream, disputeIdOfStream, type ComplaintStreamCommand } from './decider.js';
export { needsDelayNotice } from './delay-notice.js';
export { isComplaintEvent, type ComplaintEvent } from './events.js';
export { evolve, initialState, isOpen, isSettled, openStatuses, type ComplaintState, type ComplaintStatus } from './state.js';
export type { ComplaintCommand, DecisionContext, MediationLinkCommand, PriorComplaintFacts } from './commands.js';
