import type { ComplaintCommandInput, ComplaintCommandName } from '../../../schema/commands/complaint-commands.js';
import type { EventData } from '../../../schema/events/catalogue.js';
import type { Actor } from '../../../schema/envelope.js';
import type { Calendar, DeadlineRuleName } from '../deadlines/index.js';

type OnDisputeName = Exclude<ComplaintCommandName, 'receiveComplaint'>;
type Addressing = 'disputeId' | 'commandId' | 'expectedRevision';

/**
 * A complaint command as the decider sees it: the validated input without its addressing, and for receipt
 * the personal data already sealed (sealing needs the key store, which is I/O and stays outside the domain).
 */
export type ComplaintCommand =
  | { type: 'receiveComplaint'; data: Omit<EventData<'ComplaintReceived'>, never> }
  | { [N in OnDisputeName]: { type: N; data: Omit<ComplaintCommandInput<N>, Addressing> } }[OnDisputeName];

/** What a decision may depend on besides the state: the time and the office's configured rules. No I/O. */
export interface DecisionContext {
  now: string;
  actor: Actor;
  calendar: Calendar;
  answerRule: DeadlineRuleName;
  officeName: string;
}
