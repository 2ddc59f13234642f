import type { ComplaintCommandInput, ComplaintCommandName } from '../../../schema/commands/complaint-commands.js';
import type { EventData } from '../../../schema/events/catalogue.js';
import type { Actor } from '../../../schema/envelope.js';
import type { MediationResult } from '../../../schema/events/mediation-result.js';
import type { SealedData } from '../../../schema/events/complaint-events.js';
import type { Calendar, DeadlineRuleName } from '../deadlines/index.js';

type OnDisputeName = Exclude<ComplaintCommandName, 'receiveComplaint' | 'recordConversation' | 'keepPriorPosition'>;
type Addressing = 'disputeId' | 'commandId' | 'expectedRevision';

/**
 * A complaint command as the decider sees it: the validated input without its addressing, and personal data
 * already sealed (sealing needs the key store, which is I/O and stays outside the domain).
 */
export type ComplaintCommand =
  | { type: 'receiveComplaint'; data: EventData<'ComplaintReceived'> }
  | {
      type: 'recordConversation';
      data: Omit<ComplaintCommandInput<'recordConversation'>, Addressing | 'participants'> & { participants: SealedData };
    }
  | { type: 'keepPriorPosition'; data: Omit<ComplaintCommandInput<'keepPriorPosition'>, Addressing> & { prior: PriorComplaintFacts } }
  | { [N in OnDisputeName]: { type: N; data: Omit<ComplaintCommandInput<N>, Addressing> } }[OnDisputeName];

/**
 * What the command handler read of the earlier dispute named in a kept prior position (KPA art. 239 § 1): whether it
 * exists, whether it is this very dispute, and whether it was found unfounded (decided NOT_UPHELD, or itself a kept
 * position). Loaded outside the domain, as reading another stream is I/O.
 */
export interface PriorComplaintFacts {
  exists: boolean;
  isThisDispute: boolean;
  foundUnfounded: boolean;
}

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
