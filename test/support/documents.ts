/** GraphQL documents the end-to-end specifications send, as a client script would. */
export const RECEIVE = `mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { disputeId revision position } }`;
export const ACKNOWLEDGE = `mutation($input: DisputeCommandInput!) { acknowledgeComplaint(input: $input) { disputeId revision position } }`;
export const EXPLAIN = `mutation($input: RecordExplanationInput!) { recordExplanation(input: $input) { disputeId revision position } }`;
export const EXTEND = `mutation($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { disputeId revision position } }`;
export const DECIDE = `mutation($input: DecideComplaintInput!) { decideComplaint(input: $input) { disputeId revision position } }`;
export const NOTIFY = `mutation($input: NotifyComplainantInput!) { notifyComplainant(input: $input) { disputeId revision position } }`;
export const CLOSE = `mutation($input: DisputeCommandInput!) { closeComplaint(input: $input) { disputeId revision position } }`;
export const ASSIGN = `mutation($input: AssignComplaintInput!) { assignComplaint(input: $input) { disputeId revision position } }`;

export const DISPUTE = `query($id: ID!, $asOf: DateTime) {
  dispute(id: $id, asOf: $asOf) {
    id revision status category receivedAt dueAt overdue
    complainant { name email address }
    decision { outcome factualGrounds legalBasis { act article url } remedies appealInformation signer { name position } decidedAt basedOnRevision }
    explanations { at channel explanation reasons actor { userId name role } }
    timeline { position at kind actor { userId name role } summary }
  }
}`;

export const complaintInput = (overrides: Record<string, unknown> = {}) => ({
  channel: 'LETTER',
  category: 'przewlekłość postępowania',
  description: 'Od trzech miesięcy czekam na decyzję w sprawie dodatku mieszkaniowego. Nikt nie odbiera telefonu.',
  complainant: { name: 'Jan Kowalski', address: 'ul. Lipowa 12/4, 15-424 Białystok' },
  concernedUnit: 'Wydział Świadczeń Społecznych',
  ...overrides,
});

export const refusal = (disputeId: string, overrides: Record<string, unknown> = {}) => ({
  disputeId,
  outcome: 'NOT_UPHELD',
  factualGrounds: 'Wniosek rozpatrzono w ustawowym terminie; zwłoka wynikała z braku zaświadczenia.',
  legalBasis: [{ act: 'Kodeks postępowania administracyjnego', article: 'art. 35 § 3' }],
  appealInformation: 'Zgodnie z art. 239 § 1 KPA ponowna skarga bez nowych okoliczności może zostać pozostawiona bez odpowiedzi.',
  signer: { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' },
  ...overrides,
});
