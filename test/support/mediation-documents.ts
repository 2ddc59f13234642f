/** GraphQL documents for mediation, as a client script would send them. */
const mutation = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { disputeId mediationId revision position } }`;

export const PROPOSE = mutation('proposeMediation', 'ProposeMediationInput');
export const CONSENT = mutation('recordMediationConsent', 'MediationConsentInput');
export const APPOINT = mutation('appointMediator', 'AppointMediatorInput');
export const SCHEDULE = mutation('scheduleMediationSession', 'ScheduleMediationSessionInput');
export const HOLD = mutation('recordMediationSession', 'RecordMediationSessionInput');
export const PROTOCOL = mutation('fileMediationProtocol', 'FileMediationProtocolInput');
export const END = mutation('endMediation', 'EndMediationInput');
export const DELIVER_PROTOCOL = mutation('recordProtocolDelivery', 'RecordProtocolDeliveryInput');
export const DISCLOSE = mutation('recordMediatorDisclosure', 'RecordMediatorDisclosureInput');

export const MEDIATIONS = `query($id: ID!) {
  dispute(id: $id) {
    status
    mediations {
      id status reason consentDueAt endsAt extended result
      parties { partyId name role consent }
      mediator { userId name role }
      mediatorListEntry { list keptBy entry }
      sessions { sessionId startsAt place heldAt attendees cancelled }
      protocol { arrangements participants signedBy missingSignatureReason filedAt deliveries { partyId how deliveredAt } }
    }
    timeline { kind summary(language: EN) }
  }
}`;

/** KPA art. 96f § 2: where the office is a party (as in `parties`), the mediator comes from a list. */
export const listEntry = { list: 'DISTRICT_COURT', keptBy: 'Prezes Sądu Okręgowego w Białymstoku', entry: 'poz. 17' };

export const parties = [
  { partyId: 'p-maria', name: 'Maria Wiśniewska', role: 'COMPLAINANT' },
  { partyId: 'p-urzad', name: 'Urząd Miasta — kierownik BOM', role: 'OFFICE' },
];
