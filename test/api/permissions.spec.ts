import { describe, expect, it } from 'vitest';
import { roles, type Actor, type Role } from '../../schema/envelope.js';
import { Forbidden } from '../../services/errors.js';
import { authorize, canSeePersonalData, permissions, type Operation } from '../../services/api/permissions.js';

// Written out from DESIGN §1 and §7 per role, independently of the module's per-operation table.
const complaintMutations = [
  'receiveComplaint',
  'acknowledgeComplaint',
  'classifyComplaint',
  'assignComplaint',
  'requestSupplement',
  'recordSupplement',
  'leaveUnexamined',
  'requestInformation',
  'provideInformation',
  'recordConversation',
  'recordExplanation',
  'extendDeadline',
  'recordPrompt',
  'forwardComplaint',
  'decideComplaint',
  'keepPriorPosition',
  'notifyComplainant',
  'informRepresentative',
  'withdrawComplaint',
  'closeComplaint',
  'reopenComplaint',
  'recordEqualityData',
  'withdrawEqualityConsent',
  'eraseSubject',
  // Issue 12 (KPA dział VIII as the law has it): clerk's work like the rest of the complaint's steps.
  'recordSummonsDelivery',
  'routeToSuperior',
  'treatInProceedings',
  'answerRequest',
];
const mediationMutations = [
  'proposeMediation',
  'recordMediationConsent',
  'appointMediator',
  'recordMediatorDisclosure',
  'recuseMediator',
  'scheduleMediationSession',
  'recordMediationSession',
  'cancelMediationSession',
  'extendMediation',
  'fileMediationProtocol',
  'endMediation',
  // Issue 12 (KPA art. 96m § 3): the protocol's delivery to each participant.
  'recordProtocolDelivery',
];
const queries = [
  'dispute',
  'disputes',
  'deadlines',
  'workload',
  'register',
  'search',
  'equalTreatmentReport',
  'consistencyFlags',
  'myMediations',
  'office',
];
// Issue 9: everyone signs in and manages their own language and password; accounts are the administrator's.
const ownAccount = ['me', 'signIn', 'signOut', 'setMyLanguage', 'changeMyPassword'];
const userManagement = ['users', 'createUser', 'updateUser', 'resetUserPassword'];
// Issue 10: who read whose data (GDPR art. 5(2), 30) and a person's own copy (art. 15) are the administrator's.
const accountability = ['accessLog', 'subjectAccessRequest'];
// No `rebuildProjections` or `export`: rebuilding is a server command line, and an export is authorized as its query.
const allOperations = [...complaintMutations, ...mediationMutations, ...queries, ...ownAccount, ...userManagement, ...accountability];

const clerk = [
  ...complaintMutations.filter((op) => op !== 'assignComplaint' && op !== 'eraseSubject'),
  ...mediationMutations,
  'dispute',
  'disputes',
  'deadlines',
  'register',
  'search',
  'office',
  ...ownAccount,
];
const allowedByRole: Record<Role, string[]> = {
  CLERK: clerk,
  SUPERVISOR: [...clerk, 'assignComplaint', 'workload', 'equalTreatmentReport', 'consistencyFlags'],
  MEDIATOR: [
    'recordMediatorDisclosure',
    'recuseMediator',
    'scheduleMediationSession',
    'recordMediationSession',
    'cancelMediationSession',
    'fileMediationProtocol',
    'endMediation',
    'recordProtocolDelivery',
    'dispute',
    'myMediations',
    'office',
    ...ownAccount,
  ],
  OMBUDSMAN: ['dispute', 'disputes', 'equalTreatmentReport', 'consistencyFlags', 'register', 'office', ...ownAccount],
  // Issue 5: the equal-treatment review is for supervisors and ombudsman reviewers only.
  ADMIN: [
    ...queries.filter((q) => q !== 'equalTreatmentReport' && q !== 'consistencyFlags' && q !== 'myMediations'),
    'eraseSubject',
    ...ownAccount,
    ...userManagement,
    ...accountability,
  ],
};

const actor = (role: Role): Actor => ({ userId: `u-${role}`, name: 'Test User', role });

describe('permissions', () => {
  it('covers exactly the operations of DESIGN §7', () => {
    expect(Object.keys(permissions).sort()).toEqual([...allOperations].sort());
  });

  const cases = allOperations.flatMap((operation) =>
    roles.map((role) => [operation, role, allowedByRole[role].includes(operation)] as const),
  );

  it.each(cases)('%s by %s: allowed %s', (operation, role, allowed) => {
    const attempt = () => authorize(actor(role), operation as Operation);
    if (allowed) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(Forbidden);
  });

  it('explains a refusal with the roles that may do it', () => {
    expect(() => authorize(actor('OMBUDSMAN'), 'decideComplaint')).toThrow(
      'Role OMBUDSMAN may not decideComplaint: it is for CLERK or SUPERVISOR.',
    );
    expect(() => authorize(actor('CLERK'), 'eraseSubject')).toThrow('Role CLERK may not eraseSubject: it is for ADMIN.');
    expect(() => authorize(actor('OMBUDSMAN'), 'endMediation')).toThrow('it is for CLERK, MEDIATOR or SUPERVISOR.');
  });

  it.each([
    ['CLERK', true],
    ['SUPERVISOR', true],
    ['ADMIN', true],
    ['MEDIATOR', false],
    ['OMBUDSMAN', false],
  ] as const)('personal data visible to %s: %s', (role, visible) => {
    expect(canSeePersonalData(role)).toBe(visible);
  });
});
