import type { DomainEvent } from '../schema/events/catalogue.js';

export type Language = 'PL' | 'EN';

type Summaries = { [T in DomainEvent['type']]: (d: Extract<DomainEvent, { type: T }>['data']) => string };

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
  ConversationRecorded: (d) => `Rozmowa (${d.channel}) z udziałem: ${list(d.participants)}. Wysłuchane zastrzeżenia: ${list(d.concernsHeard)}. Ustalenia: ${list(d.agreed) || 'brak'}.`,
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
  ComplaintWithdrawn: (d) => `Skargę wycofano${d.reason ? `: ${d.reason}` : '.'}`,
  ComplaintClosed: () => 'Zamknięto sprawę.',
  ComplaintReopened: (d) => `Wznowiono z powodu nowych okoliczności: ${d.newCircumstances}`,
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
  ConversationRecorded: (d) => `Conversation (${d.channel}) with ${list(d.participants)}. Concerns heard: ${list(d.concernsHeard)}. Agreed: ${list(d.agreed) || 'nothing'}.`,
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
  ComplaintWithdrawn: (d) => `Withdrawn${d.reason ? `: ${d.reason}` : '.'}`,
  ComplaintClosed: () => 'Closed.',
  ComplaintReopened: (d) => `Reopened for new circumstances: ${d.newCircumstances}`,
};

export function summarize(event: DomainEvent, language: Language): string {
  const table = language === 'EN' ? en : pl;
  return (table[event.type] as (d: unknown) => string)(event.data);
}
