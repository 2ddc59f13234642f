/**
 * Who may send each complaint command: the same table as services/api/permissions.ts, which the server enforces; the
 * page uses it only to offer no form the server would refuse (test/web/clerk-command-roles.spec.ts keeps them equal).
 * No imports: the spec reads this file under Node.
 */
const clerkWork = ['CLERK', 'SUPERVISOR'] as const;

export const commandRoles = {
  acknowledgeComplaint: clerkWork,
  classifyComplaint: clerkWork,
  // The supervisor assigns and reassigns.
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
} as const satisfies Record<string, readonly string[]>;

export type CommandName = keyof typeof commandRoles;
