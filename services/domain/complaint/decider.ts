import type { Decider } from '../decider.js';
import type { ComplaintCommand, DecisionContext, MediationLinkCommand } from './commands.js';
import { decide } from './decide.js';
import type { ComplaintEvent } from './events.js';
import { type ComplaintState, evolve, initialState } from './state.js';

export { complaintStream, disputeIdOfStream } from '../../../schema/streams.js';

/** A complaint stream (`complaint-<disputeId>`) takes the clerk's commands and the links its mediations record. */
export type ComplaintStreamCommand = ComplaintCommand | MediationLinkCommand;

export const complaintDecider: Decider<ComplaintState, ComplaintStreamCommand, ComplaintEvent, DecisionContext> = {
  initialState,
  decide,
  evolve,
};
