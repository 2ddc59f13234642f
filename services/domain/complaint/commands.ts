import type { ComplaintCommandInput, ComplaintCommandName } from '../../../schema/commands/complaint-commands.js';
import type { EventData } from '../../../schema/events/catalogue.js';
import type { Actor } from '../../../schema/envelope.js';
import type { MediationResult } from '../../../schema/events/mediation-result.js';
import type { SealedData } from '../../../schema/events/complaint-events.js';
import type { Calendar, DeadlineRuleName } from '../deadlines/index.js';

type OnDisputeName = Exclude<ComplaintCommandName, 'receiveComplaint' | 'recordConversation'>;
type Addressing = 'disputeId' | 'commandId' | 'expectedRevision';

/**
 * A complaint command as the decider sees it: the validated input without its addressing, and personal data
 * already sealed (sealing needs the key store, which is I/O and stays outside the domain).
 */
export type ComplaintCommand =
  | { type: 'receiveComplaint'; data: EventData<'ComplaintReceived'> }
  | { type: 'recordConversation'; data: Omit<ComplaintCommandInput<'recordConversation'>, Addressing | 'participants'> & { participants: SealedData } }
  | { [N in OnDisputeName]: { type: N; data: Omit<ComplaintCommandInput<N>, Addressing> } }[OnDisputeName];

/** Recorded on the complaint by the mediation's command handling when a mediation is proposed or ends; no mutation of their own. */
export type MediationLinkCommand =
  | { type: 'openMediation'; data: { mediationId: string } }
  | { type: 'closeMediation'; data: { mediationId: string; result: MediationResult; excludedDays: number } };

/** What a decision may depend on besides the state: the time and the office's configured rules. No I/O. */
export interface DecisionContext {
  now: string;
  actor: Actor;
  calendar: Calendar;
  answerRule: DeadlineRuleName;
  officeName: string;
}
