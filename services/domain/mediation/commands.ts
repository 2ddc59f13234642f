import type { MediationCommandInput, MediationCommandName } from '../../../schema/commands/mediation-commands.js';
import type { EventData } from '../../../schema/events/catalogue.js';
import type { Actor } from '../../../schema/envelope.js';
import type { Calendar } from '../deadlines/index.js';

type OnMediationName = Exclude<MediationCommandName, 'proposeMediation'>;
type Addressing = 'mediationId' | 'commandId' | 'expectedRevision';

/**
 * A mediation command as the decider sees it: the validated input without its addressing, and for the proposal
 * the new mediation's id, its complaint, and the parties' names already sealed (sealing is I/O, outside the domain).
 */
export type MediationCommand =
  | { type: 'proposeMediation'; data: Pick<EventData<'MediationProposed'>, 'mediationId' | 'complaintId' | 'parties' | 'reason'> }
  | { [N in OnMediationName]: { type: N; data: Omit<MediationCommandInput<N>, Addressing> } }[OnMediationName];

export type CommandData<T extends MediationCommand['type']> = Extract<MediationCommand, { type: T }>['data'];

/** What a decision may depend on besides the state: the time, who acts, the calendar. No I/O. */
export interface DecisionContext {
  now: string;
  actor: Actor;
  calendar: Calendar;
  /** Employees of the office handling the case: none of them may mediate it (KPA art. 96f § 3). */
  officeStaffIds?: readonly string[];
}
