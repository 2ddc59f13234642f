import { registerEnumType } from 'type-graphql';
import { channels, outcomes } from '../../../schema/common.js';
import { roles } from '../../../schema/envelope.js';
import {
  competences,
  complaintKinds,
  complaintSubjects,
  forwardingModes,
  proceedingsRoutes,
  representativeKinds,
  summonsDeliveries,
  unexaminedReasons,
} from '../../../schema/events/complaint-events.js';
import { openStatuses, settledStatuses } from '../../domain/complaint/state.js';

/** GraphQL enums built from the same lists zod validates with, so the two can never disagree. */
export const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const Channel = enumOf(channels);
export const Outcome = enumOf(outcomes);
export const Role = enumOf(roles);
export const ComplaintKind = enumOf(complaintKinds);
export const RepresentativeKind = enumOf(representativeKinds);
export const UnexaminedReason = enumOf(unexaminedReasons);
export const SummonsDelivery = enumOf(summonsDeliveries);
export const ProceedingsRoute = enumOf(proceedingsRoutes);
export const ForwardingMode = enumOf(forwardingModes);
export const ComplaintSubject = enumOf(complaintSubjects);
export const Competence = enumOf(competences);
export const DisputeStatus = enumOf([...openStatuses, ...settledStatuses, 'CLOSED'] as const);
export const Language = enumOf(['PL', 'EN'] as const);

registerEnumType(Channel, { name: 'Channel', description: 'How the citizen reached the office or was answered.' });
registerEnumType(Outcome, { name: 'Outcome', description: 'How a complaint was decided on its merits.' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(ComplaintKind, { name: 'ComplaintKind' });
registerEnumType(RepresentativeKind, { name: 'RepresentativeKind', description: 'Who passed the complaint on (KPA art. 237 § 2).' });
registerEnumType(UnexaminedReason, { name: 'UnexaminedReason' });
registerEnumType(SummonsDelivery, {
  name: 'SummonsDelivery',
  description:
    'How a summons reached the complainant: signed for, confirmed electronically, or presumed under KPA art. 44 (not collected).',
});
registerEnumType(ProceedingsRoute, {
  name: 'ProceedingsRoute',
  description:
    'Where a complaint taken off the complaint path goes: into the pending case (KPA art. 233–234), or as a request to reopen the proceedings or to declare the decision void (art. 235–236).',
});
registerEnumType(ForwardingMode, {
  name: 'ForwardingMode',
  description:
    'How a complaint leaves the office: forwarded to the competent body or that body indicated to the complainant instead (KPA art. 231), passed to a lower body (art. 232 § 1, not the one it is about), or to the superior of the employee it is about (art. 232 § 2).',
});
registerEnumType(ComplaintSubject, {
  name: 'ComplaintSubject',
  description:
    'What a complaint is about in the words of KPA art. 227: neglect or improper performance of tasks, breach of the rule of law or of the complainant’s interests, slow or bureaucratic handling; OTHER, as the list is open.',
});
registerEnumType(Competence, {
  name: 'Competence',
  description: 'The body competent to examine the complaint (KPA art. 229): this office, or another body, named.',
});
registerEnumType(DisputeStatus, { name: 'DisputeStatus' });
registerEnumType(Language, { name: 'Language', description: 'Language of texts meant for staff and citizens.' });
