import type { DomainEvent } from '../schema/events/catalogue.js';

export type Language = 'PL' | 'EN';

type Summaries = { [T in DomainEvent['type']]: (d: Extract<DomainEvent, { type: T }>['data'], participants: readonly string[] | null) => string };

const list = (items: readonly string[]) => items.join('; ');
const bases = (b: readonly { act: string; article: string }[]) => b.map((x) => `${x.act}, ${x.article}`).join('; ');

/** Staff read the timeline: Polish by default, English on request. Full reasons are always spelled out. */
const pl: Summaries = {
  ComplaintReceived: (d) => `Wpłynęła skarga (${d.channel}), kategoria: ${d.category}. Treść: ${d.description}`,
  DeadlineSet: (d) => `Termin ${d.purpose === 'ANSWER' ? 'odpowiedzi' : 'poinformowania posła/radnego'}: ${d.dueDate} (reguła ${d.rule}, kalendarz ${d.calendarVersion}).`,
  ComplaintAcknowledged: () => 'Potwierdzono przyjęcie skargi.',
  ComplaintClassified: (d) => `Zakwalifikowano jako ${d.kind}, kategoria: ${d.category}.`,
  ComplaintAssigned: (d) => `Przydzielono: ${d.assigneeName}.`,
  SupplementRequested: (d) => `Wezwano do uzupełnienia (termin ${d.due.dueDate}): ${d.whatIsMissing}`,
  ComplaintSupplemented: (d) => `Skargę uzupełniono: ${d.summary}`,
  ComplaintLeftUnexamined: (d) => `Pozostawiono bez rozpoznania (${d.reason}): ${d.explanation}`,
  InformationRequested: (d) => `Zwrócono się o informacje do: ${d.requestedFrom}. Pytanie: ${d.question}`,
  InformationProvided: (d) => `Informacje od: ${d.providedBy}: ${d.summary}`,
  ConversationRecorded: (d, who) => `Rozmowa (${d.channel})${who ? ` z udziałem: ${list(who)}` : ''}. Wysłuchane zastrzeżenia: ${list(d.concernsHeard)}. Ustalenia: ${list(d.agreed) || 'brak'}.`,
  ExplanationGiven: (d) => `Wyjaśnienie (${d.channel}): ${d.explanation} Uzasadnienie: ${d.reasons}`,
  DelayNoticeSent: (d) => `Zawiadomiono o zwłoce. Przyczyny: ${d.reasons} Nowy termin: ${d.newDueAt}. ${d.promptInstruction}`,
  PromptReceived: (d) => `Wpłynęło ponaglenie${d.summary ? `: ${d.summary}` : '.'}`,
  ComplaintForwarded: (d) => `Przekazano do: ${d.toBody}${d.withinDeadline ? '' : ' (po terminie 7 dni)'}. Powód: ${d.reason}`,
  ComplaintDecided: (d) =>
    `Rozstrzygnięto: ${d.outcome}. Podpisał(a): ${d.signer.name}, ${d.signer.position}.` +
    (d.factualGrounds ? ` Uzasadnienie faktyczne: ${d.factualGrounds}` : '') +
    (d.legalBasis.length ? ` Podstawa prawna: ${bases(d.legalBasis)}.` : '') +
    (d.remedies.length ? ` Środki: ${list(d.remedies)}.` : '') +
    (d.appealInformation ? ` Pouczenie: ${d.appealInformation}` : ''),
  PriorPositionKept: (d) => `Podtrzymano wcześniejsze stanowisko (art. 239 KPA): ${d.note}`,
  ComplainantNotified: (d) => `Zawiadomiono skarżącego (${d.channel}).`,
  RepresentativeInformed: (d) => `Poinformowano posła/senatora/radnego (${d.channel}): ${d.summary}`,
  ComplaintWithdrawn: (d) => `Skargę wycofano${d.reason ? `: ${d.reason}` : '.'}`,
  ComplaintClosed: () => 'Zamknięto sprawę.',
  ComplaintReopened: (d) => `Wznowiono z powodu nowych okoliczności: ${d.newCircumstances}`,
  MediationProposed: (d) => `Zaproponowano mediację (${d.parties.length} strony). Powód: ${d.reason} Zgody do ${d.consentDue.dueDate}.`,
  MediationConsentGiven: (d) => `Strona ${d.partyId} zgodziła się na mediację.`,
  MediationConsentRefused: (d) => `Strona ${d.partyId} nie zgodziła się na mediację${d.reason ? `: ${d.reason}` : '.'}`,
  MediatorAppointed: (d) => `Wybrano mediatora: ${d.mediatorName}. Sprawa odroczona do ${d.postponedUntil.dueDate}.`,
  MediatorImpartialityDisclosed: (d) => `Mediator ujawnił okoliczności mogące budzić wątpliwości co do bezstronności: ${d.circumstances}`,
  MediatorRecused: (d) => `Mediator odmówił prowadzenia mediacji: ${d.reason}`,
  MediationSessionScheduled: (d) => `Wyznaczono posiedzenie mediacyjne: ${d.startsAt}, ${d.place}.`,
  MediationSessionHeld: (d) => `Odbyło się posiedzenie mediacyjne (${d.heldAt}); obecni: ${list(d.attendees)}.`,
  MediationSessionCancelled: (d) => `Odwołano posiedzenie mediacyjne: ${d.reason}`,
  MediationExtended: (d) => `Przedłużono mediację do ${d.newEnd.dueDate}${d.jointRequest ? ' na zgodny wniosek stron' : ''}. Powód: ${d.reason}`,
  MediationProtocolFiled: (d) => `Złożono protokół z mediacji. Ustalenia: ${list(d.arrangements) || 'brak'}.${d.missingSignatureReason ? ` Brak podpisu: ${d.missingSignatureReason}` : ''}`,
  MediationEnded: (d) => `Mediacja zakończona: ${d.result}.`,
  MediationOpened: () => 'Skierowano sprawę do mediacji.',
  MediationClosed: (d) => `Zakończono mediację: ${d.result}.`,
  // A person's privacy stream, never part of a dispute's timeline; worded without the answers or the person.
  EqualityDataRecorded: () => 'Zapisano dane do monitorowania równego traktowania (za wyraźną zgodą).',
  EqualityConsentWithdrawn: (d) => `Wycofano zgodę na wykorzystanie danych o równym traktowaniu${d.disputeId ? ' dla jednej sprawy' : ' dla wszystkich spraw'}.`,
  SubjectDataErased: (d) => `Usunięto dane osoby (klucz zniszczony). Podstawa: ${d.reason}`,
};

const en: Summaries = {
  ComplaintReceived: (d) => `Complaint received (${d.channel}), category: ${d.category}. Text: ${d.description}`,
  DeadlineSet: (d) => `${d.purpose === 'ANSWER' ? 'Answer' : 'Representative notice'} due ${d.dueDate} (rule ${d.rule}, calendar ${d.calendarVersion}).`,
  ComplaintAcknowledged: () => 'Receipt acknowledged.',
  ComplaintClassified: (d) => `Classified as ${d.kind}, category: ${d.category}.`,
  ComplaintAssigned: (d) => `Assigned to ${d.assigneeName}.`,
  SupplementRequested: (d) => `Supplement requested (due ${d.due.dueDate}): ${d.whatIsMissing}`,
  ComplaintSupplemented: (d) => `Supplemented: ${d.summary}`,
  ComplaintLeftUnexamined: (d) => `Left unexamined (${d.reason}): ${d.explanation}`,
  InformationRequested: (d) => `Information requested from ${d.requestedFrom}: ${d.question}`,
  InformationProvided: (d) => `Information from ${d.providedBy}: ${d.summary}`,
  ConversationRecorded: (d, who) => `Conversation (${d.channel})${who ? ` with ${list(who)}` : ''}. Concerns heard: ${list(d.concernsHeard)}. Agreed: ${list(d.agreed) || 'nothing'}.`,
  ExplanationGiven: (d) => `Explanation (${d.channel}): ${d.explanation} Reasons: ${d.reasons}`,
  DelayNoticeSent: (d) => `Delay notice sent. Reasons: ${d.reasons} New due date: ${d.newDueAt}. Prompt instruction given.`,
  PromptReceived: (d) => `Prompt (ponaglenie) received${d.summary ? `: ${d.summary}` : '.'}`,
  ComplaintForwarded: (d) => `Forwarded to ${d.toBody}${d.withinDeadline ? '' : ' (after the 7-day limit)'}. Reason: ${d.reason}`,
  ComplaintDecided: (d) =>
    `Decided: ${d.outcome}. Signed by ${d.signer.name}, ${d.signer.position}.` +
    (d.factualGrounds ? ` Factual grounds: ${d.factualGrounds}` : '') +
    (d.legalBasis.length ? ` Legal basis: ${bases(d.legalBasis)}.` : '') +
    (d.remedies.length ? ` Remedies: ${list(d.remedies)}.` : '') +
    (d.appealInformation ? ` Instruction: ${d.appealInformation}` : ''),
  PriorPositionKept: (d) => `Prior position kept (KPA art. 239): ${d.note}`,
  ComplainantNotified: (d) => `Complainant notified (${d.channel}).`,
  RepresentativeInformed: (d) => `The MP, senator or councillor was informed (${d.channel}): ${d.summary}`,
  ComplaintWithdrawn: (d) => `Withdrawn${d.reason ? `: ${d.reason}` : '.'}`,
  ComplaintClosed: () => 'Closed.',
  ComplaintReopened: (d) => `Reopened for new circumstances: ${d.newCircumstances}`,
  MediationProposed: (d) => `Mediation proposed (${d.parties.length} parties). Reason: ${d.reason} Consents due ${d.consentDue.dueDate}.`,
  MediationConsentGiven: (d) => `Party ${d.partyId} consented to mediation.`,
  MediationConsentRefused: (d) => `Party ${d.partyId} refused mediation${d.reason ? `: ${d.reason}` : '.'}`,
  MediatorAppointed: (d) => `Mediator appointed: ${d.mediatorName}. Case postponed until ${d.postponedUntil.dueDate}.`,
  MediatorImpartialityDisclosed: (d) => `The mediator disclosed circumstances that could affect impartiality: ${d.circumstances}`,
  MediatorRecused: (d) => `The mediator withdrew: ${d.reason}`,
  MediationSessionScheduled: (d) => `Mediation session scheduled: ${d.startsAt}, ${d.place}.`,
  MediationSessionHeld: (d) => `Mediation session held (${d.heldAt}); present: ${list(d.attendees)}.`,
  MediationSessionCancelled: (d) => `Mediation session cancelled: ${d.reason}`,
  MediationExtended: (d) => `Mediation extended until ${d.newEnd.dueDate}${d.jointRequest ? ' at the parties’ joint request' : ''}. Reason: ${d.reason}`,
  MediationProtocolFiled: (d) => `Mediation protocol filed. Arrangements: ${list(d.arrangements) || 'none'}.${d.missingSignatureReason ? ` Signature missing: ${d.missingSignatureReason}` : ''}`,
  MediationEnded: (d) => `Mediation ended: ${d.result}.`,
  MediationOpened: () => 'Mediation opened on the complaint.',
  MediationClosed: (d) => `Mediation closed: ${d.result}.`,
  EqualityDataRecorded: () => 'Equality-monitoring data recorded (with explicit consent).',
  EqualityConsentWithdrawn: (d) => `Consent to use equality-monitoring data withdrawn${d.disputeId ? ' for one case' : ' for all cases'}.`,
  SubjectDataErased: (d) => `Person's data erased (key destroyed). Ground: ${d.reason}`,
};

/**
 * `participants`: the names (or pseudonyms) of a conversation's participants as the reader may see them; they are
 * sealed in the event, so only the caller, who knows the reader, can supply them.
 */
export function summarize(event: DomainEvent, language: Language, participants: readonly string[] | null = null): string {
  const table = language === 'EN' ? en : pl;
  return (table[event.type] as (d: unknown, p: readonly string[] | null) => string)(event.data, participants);
}
