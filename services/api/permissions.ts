import { roles, type Actor, type Role } from '../../schema/envelope.js';
import { Forbidden } from '../errors.js';
import { clerkWork, commandRoles } from './graphql/command-table.js';

// Who may do what (DESIGN §1), in one place: the complaint and mediation commands' roles are read from their rows in
// the command table; ownership checks ("only their own mediation", "not the person complained about", KPA art. 256)
// belong to the deciders, which know the state; this is the role gate.
const admin = ['ADMIN'] as const;
const everyone = roles;

export const permissions = {
  ...commandRoles,
  // Staff write down what the citizen chose to give; no one reads it back per person (GDPR art. 9).
  recordEqualityData: clerkWork,
  // A person may withdraw consent at any time (GDPR art. 7(3)); the clerk records it.
  withdrawEqualityConsent: clerkWork,
  // A lawful erasure request (GDPR art. 17) is the administrator's.
  eraseSubject: admin,

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
