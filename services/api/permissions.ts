import { roles, type Actor, type Role } from '../../schema/envelope.js';
import { Forbidden } from '../errors.js';

// Who may do what (DESIGN §1), in one place. Ownership checks ("only their own mediation", "not the
// person complained about", KPA art. 256) belong to the deciders, which know the state; this is the role gate.
const clerkWork = ['CLERK', 'SUPERVISOR'] as const;
// Steps inside a mediation (KPA art. 96a–96n). The role gate lets staff and the mediator in; the mediation decider
// then keeps to the appointed mediator what only they may record (rule `mediator-only`): a session held, the
// impartiality disclosure (art. 96g), the protocol (art. 96m). Clerks and supervisors schedule and cancel sessions,
// extend and end the mediation, record a mediator's withdrawal.
const mediationWork = ['CLERK', 'MEDIATOR', 'SUPERVISOR'] as const;
const admin = ['ADMIN'] as const;
const everyone = roles;

export const permissions = {
  // Complaint (skarga), KPA chapter VIII
  receiveComplaint: clerkWork,
  acknowledgeComplaint: clerkWork,
  classifyComplaint: clerkWork,
  // "The supervisor assigns and reassigns" (DESIGN §1).
  assignComplaint: ['SUPERVISOR'],
  requestSupplement: clerkWork,
  recordSummonsDelivery: clerkWork,
  recordSupplement: clerkWork,
  leaveUnexamined: clerkWork,
  requestInformation: clerkWork,
  provideInformation: clerkWork,
  recordConversation: clerkWork,
  recordExplanation: clerkWork,
  extendDeadline: clerkWork,
  recordPrompt: clerkWork,
  forwardComplaint: clerkWork,
  routeToSuperior: clerkWork,
  treatInProceedings: clerkWork,
  decideComplaint: clerkWork,
  keepPriorPosition: clerkWork,
  answerRequest: clerkWork,
  notifyComplainant: clerkWork,
  informRepresentative: clerkWork,
  withdrawComplaint: clerkWork,
  closeComplaint: clerkWork,
  reopenComplaint: clerkWork,
  // Staff write down what the citizen chose to give; no one reads it back per person (GDPR art. 9).
  recordEqualityData: clerkWork,
  // A person may withdraw consent at any time (GDPR art. 7(3)); the clerk records it.
  withdrawEqualityConsent: clerkWork,
  // A lawful erasure request (GDPR art. 17) is the administrator's.
  eraseSubject: admin,

  // Mediation: opening it, the parties' consent and the choice of mediator are the office's steps.
  proposeMediation: clerkWork,
  recordMediationConsent: clerkWork,
  appointMediator: clerkWork,
  extendMediation: clerkWork,
  recordMediatorDisclosure: mediationWork,
  recuseMediator: mediationWork,
  scheduleMediationSession: mediationWork,
  recordMediationSession: mediationWork,
  cancelMediationSession: mediationWork,
  fileMediationProtocol: mediationWork,
  endMediation: mediationWork,
  // KPA art. 96m § 3: the mediator delivers the protocol; the office may record a delivery it made or learned of.
  recordProtocolDelivery: mediationWork,

  // Queries. The ombudsman reviewer reads pseudonymised views only (see canSeePersonalData). A mediator reads only
  // the dispute of a mediation appointed to them, pseudonymised (readableDispute in graphql/dispute-for-role.ts).
  dispute: ['CLERK', 'MEDIATOR', 'SUPERVISOR', 'OMBUDSMAN', 'ADMIN'],
  // A mediator's own list: the mediations appointed to them now, read as in `dispute` (no other role is appointed).
  myMediations: ['MEDIATOR'],
  // The body the office is (OFFICE_NAME), for letterheads: public, and every role prints or reads letters.
  office: ['CLERK', 'MEDIATOR', 'SUPERVISOR', 'OMBUDSMAN', 'ADMIN'],
  disputes: ['CLERK', 'SUPERVISOR', 'OMBUDSMAN', 'ADMIN'],
  register: ['CLERK', 'SUPERVISOR', 'OMBUDSMAN', 'ADMIN'],
  deadlines: ['CLERK', 'SUPERVISOR', 'ADMIN'],
  // Searching by name or contact would reveal personal data, so not for the ombudsman reviewer.
  search: ['CLERK', 'SUPERVISOR', 'ADMIN'],
  workload: ['SUPERVISOR', 'ADMIN'],
  // Aggregated, small groups suppressed; clerks never see equality-monitoring data (DESIGN §1).
  equalTreatmentReport: ['SUPERVISOR', 'OMBUDSMAN'],
  // Pseudonymised cases far from their peers, for the same review.
  consistencyFlags: ['SUPERVISOR', 'OMBUDSMAN'],

  // Accountability (GDPR art. 5(2), 30): who read whose personal data; a person's own copy of their data (art. 15).
  accessLog: admin,
  subjectAccessRequest: admin,

  // Accounts and sessions. `me` and `signIn` are also answered for a request that proves no one (me: null).
  me: everyone,
  signIn: everyone,
  signOut: everyone,
  setMyLanguage: everyone,
  changeMyPassword: everyone,
  // Accounts are the administrator's; the first one is made with `npm run user -- add --role ADMIN`.
  users: admin,
  createUser: admin,
  updateUser: admin,
  resetUserPassword: admin,
  // Rebuilding projections is a command-line tool on the server (npm run rebuild-projections), not an API operation;
  // each export is authorized as the query it exports (register, equalTreatmentReport).
} as const satisfies Record<string, readonly Role[]>;

export type Operation = keyof typeof permissions;

/** Throws Forbidden unless the actor's role may perform the operation. */
export function authorize(actor: Actor, operation: Operation): void {
  const allowed: readonly Role[] = permissions[operation];
  if (!allowed.includes(actor.role)) {
    throw new Forbidden(`Role ${actor.role} may not ${operation}: it is for ${orList(allowed)}.`);
  }
}

// A mediator sees the party names of a mediation appointed to them; that narrower rule lives with the
// mediation read model, not here.
const personalDataReaders: readonly Role[] = ['CLERK', 'SUPERVISOR', 'ADMIN'];

/** Whether the role may see a person's name, contact details and address. */
export function canSeePersonalData(role: Role): boolean {
  return personalDataReaders.includes(role);
}

/**
 * Who reads disputes with the persons in them replaced by pseudonyms: the ombudsman reviewer (DESIGN §1), and a
 * mediator, who is no member of the office's staff (KPA art. 96f § 3) and reads only their own mediations' disputes.
 */
export function readsPseudonymised(role: Role): boolean {
  return role === 'OMBUDSMAN' || role === 'MEDIATOR';
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
