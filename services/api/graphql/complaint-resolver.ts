import { commandResolver } from './command-resolver.js';
import { complaintCommands } from './command-table.js';

/** The complaint's mutations, one per row of the command table: thin by design, rules in the decider. */
export const ComplaintResolver = commandResolver(complaintCommands, (ctx) => ctx.services.complaints.execute);
