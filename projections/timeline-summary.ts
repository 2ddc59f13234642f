import type { Channel, Outcome } from '../schema/common.js';
import type { DomainEvent, EventData } from '../schema/events/catalogue.js';
import type {
  complaintKinds,
  complaintSubjects,
  noticeExemptions,
  forwardingModes,
  proceedingsRoutes,
  summonsDeliveries,
  unexaminedReasons,
} from '../schema/events/complaint-events.js';
import type { mediatorLists, protocolDeliveries } from '../schema/events/mediation-events.js';
import type { MediationResult } from '../schema/events/mediation-result.js';
import { warsawDate } from '../services/domain/deadlines/index.js';
import type { PersonalText } from '../schema/events/sealed-data.js';

export type Language = 'PL' | 'EN';

type Summaries = {
  [T in DomainEvent['type']]: (d: Extract<DomainEvent, { type: T }>['data'], participants: readonly string[] | null) => string;
};

/**
 * The words a reader sees for each coded value, so no code word (UPHELD, LETTER) stands in a sentence: staff read
 * Polish sentences with Polish words (and English ones in English). Typed as full records, so a new value without its
 * words fails to compile.
 */
interface Words {
  channel: Record<Channel, string>;
  outcome: Record<Outcome, string>;
  kind: Record<(typeof complaintKinds)[number], string>;
  route: Record<(typeof proceedingsRoutes)[number], string>;
  forwarding: Record<(typeof forwardingModes)[number], string>;
  subject: Record<(typeof complaintSubjects)[number], string>;
  /** The art. 227 and 229 part of a classification, when it recorded them. */
  classifiedAs: (subjects: string, competence: string) => string;
  competentHere: string;
  competentElsewhere: (body: string, basis: string | null) => string;
  unexamined: Record<(typeof unexaminedReasons)[number], string>;
  delivery: Record<(typeof summonsDeliveries)[number], string>;
  exemption: Record<(typeof noticeExemptions)[number], string>;
  result: Record<MediationResult, string>;
  protocolDelivery: Record<(typeof protocolDeliveries)[number], string>;
  mediatorList: Record<(typeof mediatorLists)[number], string>;
  /** A deadline rule as the law names it; `days` for an office's WORKING-DAYS-N rule. */
  rule: (rule: string) => string;
  locale: string;
}

const plWords: Words = {
  channel: {
    IN_PERSON: 'osobiście',
    PHONE: 'telefonicznie',
    LETTER: 'listownie',
    EMAIL: 'e-mailem',
    EPUAP: 'przez ePUAP',
    WEB: 'przez formularz internetowy',
  },
  outcome: { UPHELD: 'skargę uwzględniono', PARTLY_UPHELD: 'skargę uwzględniono w części', NOT_UPHELD: 'skargi nie uwzględniono' },
  kind: {
    COMPLAINT: 'skarga',
    REQUEST: 'wniosek',
    IN_PENDING_CASE: 'skarga w sprawie w toku (art. 233–234 KPA)',
    AGAINST_FINAL_DECISION: 'skarga na decyzję ostateczną (art. 235–236 KPA)',
    OUTSIDE_KPA: 'sprawa z innym trybem rozpatrywania, poza działem VIII KPA (art. 240 KPA)',
  },
  subject: {
    NEGLECT: 'zaniedbanie zadań',
    IMPROPER_PERFORMANCE: 'nienależyte wykonywanie zadań',
    LAWFULNESS: 'naruszenie praworządności',
    INTERESTS: 'naruszenie interesów skarżącego',
    DELAY: 'przewlekłe załatwianie spraw',
    BUREAUCRACY: 'biurokratyczne załatwianie spraw',
    OTHER: 'inny przedmiot',
  },
  classifiedAs: (subjects, competence) =>
    `${subjects ? ` Przedmiot skargi (art. 227 KPA): ${subjects}.` : ''}${competence ? ` ${competence}` : ''}`,
  competentHere: 'Organ właściwy (art. 229 KPA): ten urząd.',
  competentElsewhere: (body, basis) => `Organ właściwy (art. 229 KPA): ${body}${basis ? ` (${basis})` : ''}.`,
  forwarding: {
    COMPETENT_BODY: 'Przekazano skargę organowi właściwemu (art. 231 KPA)',
    INDICATED: 'Wskazano skarżącemu organ właściwy, skargi nie przekazując (art. 231 KPA)',
    LOWER_BODY: 'Przekazano skargę do rozpatrzenia organowi niższego stopnia (art. 232 § 1 KPA)',
    EMPLOYEE_SUPERIOR: 'Przekazano skargę przełożonemu pracownika, którego dotyczy (art. 232 § 2 KPA)',
  },
  route: {
    PENDING_CASE: 'włączono do toczącego się postępowania (art. 233–234 KPA)',
    REOPENING: 'potraktowano jako żądanie wznowienia postępowania (art. 235–236 KPA)',
    ANNULMENT: 'potraktowano jako żądanie stwierdzenia nieważności decyzji (art. 235–236 KPA)',
  },
  unexamined: { ANONYMOUS: 'brak imienia i nazwiska lub adresu', NOT_SUPPLEMENTED: 'nie uzupełniono w terminie' },
  exemption: {
    ANONYMOUS: 'skarga anonimowa, nie ma komu go wysłać',
    PRIOR_POSITION_KEPT: 'podtrzymano wcześniejsze stanowisko bez zawiadamiania skarżącego (art. 239 § 1 KPA)',
    WITHDRAWN: 'skargę wycofano',
    FORWARDED_WITH_NOTICE: 'skarżącego zawiadomiono o przekazaniu skargi (art. 231 KPA)',
  },
  delivery: {
    DELIVERED: 'doręczono za pokwitowaniem',
    ELECTRONIC: 'doręczono elektronicznie (potwierdzenie odbioru)',
    PRESUMED: 'uznano za doręczone (art. 44 KPA: pismo niepodjęte w terminie 14 dni)',
  },
  mediatorList: {
    DISTRICT_COURT: 'lista stałych mediatorów prezesa sądu okręgowego',
    ORGANISATION: 'lista mediatorów organizacji',
  },
  protocolDelivery: {
    HANDED_OVER: 'wręczono podczas mediacji',
    DELIVERED: 'doręczono za pokwitowaniem',
    ELECTRONIC: 'doręczono elektronicznie (potwierdzenie odbioru)',
  },
  result: {
    AGREEMENT: 'zawarto porozumienie',
    NO_AGREEMENT: 'nie zawarto porozumienia',
    WITHDRAWN: 'mediację zakończono przed porozumieniem (cofnięcie zgody lub odmowa)',
    TIMED_OUT: 'upłynął termin mediacji',
  },
  rule: (rule) =>
    ({
      'KPA-237-1-month': 'art. 237 § 1 KPA: miesiąc',
      'KPA-231-forward-7-days': 'art. 231 KPA: 7 dni',
      'SUPPLEMENT-7-days': '§ 8 rozporządzenia z 2002 r.: 7 dni na uzupełnienie',
      'KPA-237-2-mp-14-days': 'art. 237 § 2 KPA: 14 dni',
      'KPA-96b-consent-14-days': 'art. 96b KPA: 14 dni na zgodę',
      'KPA-96e-mediation-2-months': 'art. 96e KPA: 2 miesiące',
      'KPA-96e-extension-1-month': 'art. 96e § 2 KPA: przedłużenie o miesiąc',
      'KPA-96e-extension-chosen': 'art. 96e § 2 KPA: przedłużenie do wskazanego dnia',
      'KPA-36-notice': 'art. 36 KPA: nowy termin wskazany w zawiadomieniu',
      'KPA-35-5-mediation-excluded': 'art. 35 § 5 KPA: bez czasu mediacji',
      'KPA-44-presumed-delivery-14-days': 'art. 44 KPA: 14 dni przechowania pisma',
      'KPA-244-1-month': 'art. 244 § 1 w zw. z art. 237 § 1 KPA: miesiąc na załatwienie wniosku',
    })[rule] ?? workingDays(rule, (n) => `${n} ${n === 1 ? 'dzień roboczy' : 'dni roboczych'}`),
  locale: 'pl-PL',
};

const enWords: Words = {
  channel: {
    IN_PERSON: 'in person',
    PHONE: 'by phone',
    LETTER: 'by letter',
    EMAIL: 'by e-mail',
    EPUAP: 'through ePUAP',
    WEB: 'through the web form',
  },
  outcome: { UPHELD: 'upheld', PARTLY_UPHELD: 'partly upheld', NOT_UPHELD: 'not upheld' },
  kind: {
    COMPLAINT: 'complaint',
    REQUEST: 'request',
    IN_PENDING_CASE: 'complaint in a pending case (KPA art. 233–234)',
    AGAINST_FINAL_DECISION: 'complaint against a final decision (KPA art. 235–236)',
    OUTSIDE_KPA: 'a matter with its own procedure, outside KPA Dział VIII (KPA art. 240)',
  },
  subject: {
    NEGLECT: 'neglect of tasks',
    IMPROPER_PERFORMANCE: 'improper performance of tasks',
    LAWFULNESS: 'breach of the rule of law',
    INTERESTS: 'breach of the complainant’s interests',
    DELAY: 'slow handling of matters',
    BUREAUCRACY: 'bureaucratic handling of matters',
    OTHER: 'another subject',
  },
  classifiedAs: (subjects, competence) => `${subjects ? ` Subject (KPA art. 227): ${subjects}.` : ''}${competence ? ` ${competence}` : ''}`,
  competentHere: 'Competent body (KPA art. 229): this office.',
  competentElsewhere: (body, basis) => `Competent body (KPA art. 229): ${body}${basis ? ` (${basis})` : ''}.`,
  forwarding: {
    COMPETENT_BODY: 'Forwarded to the competent body (KPA art. 231)',
    INDICATED: 'The competent body was indicated to the complainant; the complaint was not passed on (KPA art. 231)',
    LOWER_BODY: 'Passed to a lower body to examine (KPA art. 232 § 1)',
    EMPLOYEE_SUPERIOR: 'Passed to the superior of the employee it is about (KPA art. 232 § 2)',
  },
  route: {
    PENDING_CASE: 'taken into the pending proceedings (KPA art. 233–234)',
    REOPENING: 'treated as a request to reopen the proceedings (KPA art. 235–236)',
    ANNULMENT: 'treated as a request to declare the decision void (KPA art. 235–236)',
  },
  unexamined: { ANONYMOUS: 'no name or address given', NOT_SUPPLEMENTED: 'not supplemented in time' },
  exemption: {
    ANONYMOUS: 'an anonymous complaint, there is no one to send it to',
    PRIOR_POSITION_KEPT: 'the prior position was kept without notifying the complainant (KPA art. 239 § 1)',
    WITHDRAWN: 'the complaint was withdrawn',
    FORWARDED_WITH_NOTICE: 'the complainant was told of the forwarding (KPA art. 231)',
  },
  delivery: {
    DELIVERED: 'delivered against a signed receipt',
    ELECTRONIC: 'delivered electronically (confirmation of receipt)',
    PRESUMED: 'deemed delivered (KPA art. 44: not collected within 14 days)',
  },
  mediatorList: {
    DISTRICT_COURT: 'a district court president’s list of permanent mediators',
    ORGANISATION: 'an organisation’s list of mediators',
  },
  protocolDelivery: {
    HANDED_OVER: 'handed over at the mediation',
    DELIVERED: 'delivered against a signed receipt',
    ELECTRONIC: 'delivered electronically (confirmation of receipt)',
  },
  result: {
    AGREEMENT: 'agreement reached',
    NO_AGREEMENT: 'no agreement',
    WITHDRAWN: 'ended before an agreement (consent withdrawn or refused)',
    TIMED_OUT: 'time limit passed',
  },
  rule: (rule) =>
    ({
      'KPA-237-1-month': 'KPA art. 237 § 1: one month',
      'KPA-231-forward-7-days': 'KPA art. 231: 7 days',
      'SUPPLEMENT-7-days': '§ 8 of the 2002 regulation: 7 days to supplement',
      'KPA-237-2-mp-14-days': 'KPA art. 237 § 2: 14 days',
      'KPA-96b-consent-14-days': 'KPA art. 96b: 14 days to consent',
      'KPA-96e-mediation-2-months': 'KPA art. 96e: 2 months',
      'KPA-96e-extension-1-month': 'KPA art. 96e § 2: extended by one month',
      'KPA-96e-extension-chosen': 'KPA art. 96e § 2: extended to the day chosen',
      'KPA-36-notice': 'KPA art. 36: the new date stated in the delay notice',
      'KPA-35-5-mediation-excluded': 'KPA art. 35 § 5: mediation time not counted',
      'KPA-44-presumed-delivery-14-days': 'KPA art. 44: 14 days of storage',
      'KPA-244-1-month': 'KPA art. 244 § 1 with art. 237 § 1: one month to answer a request',
    })[rule] ?? workingDays(rule, (n) => `${n} working ${n === 1 ? 'day' : 'days'}`),
  locale: 'en-GB',
};

function workingDays(rule: string, words: (n: number) => string): string {
  const n = /^WORKING-DAYS-(\d+)$/.exec(rule)?.[1];
  return n === undefined ? rule : words(Number(n));
}

const ZONE = 'Europe/Warsaw';
/** A calendar date (2027-01-05) the way the reader writes it: "5 stycznia 2027". */
const day = (w: Words, date: string) => formatsOf(w).day.format(new Date(`${date}T00:00:00Z`));
/** An instant in Warsaw time: "14 marca 2025, 09:30". */
const moment = (w: Words, instant: string) => {
  const at = new Date(instant);
  const formats = formatsOf(w);
  return `${formats.date.format(at)}, ${formats.time.format(at)}`;
};

/** Made once per language: building an Intl.DateTimeFormat costs far more than formatting with it. */
const formats = new Map<string, { day: Intl.DateTimeFormat; date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();
function formatsOf(w: Words) {
  let made = formats.get(w.locale);
  if (made === undefined) {
    made = {
      day: new Intl.DateTimeFormat(w.locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
      date: new Intl.DateTimeFormat(w.locale, { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' }),
      time: new Intl.DateTimeFormat(w.locale, { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    };
    formats.set(w.locale, made);
  }
  return made;
}

// Summaries are made of opened events (DisputeQueries): free text is a string here.
const list = (items: readonly PersonalText[]) => items.join('; ');
const bases = (b: readonly { act: string; article: string }[]) => b.map((x) => `${x.act}, ${x.article}`).join('; ');
/** The subject (KPA art. 227) and competent body (art. 229) a classification recorded, if any. */
const classification = (w: Words, d: EventData<'ComplaintClassified'>) =>
  w.classifiedAs(
    (d.subjects ?? []).map((s) => w.subject[s]).join(', '),
    d.competence === 'THIS_OFFICE'
      ? w.competentHere
      : d.competence === 'OTHER_BODY' && d.competentBody
        ? w.competentElsewhere(d.competentBody, d.competenceBasis ?? null)
        : '',
  );
// Short names keep each sentence below on one readable line.
const W = plWords;
const E = enWords;

/** What a complaint is about in art. 227's terms, in the reader's words (the register's CSV uses them too). */
export const subjectName = (subject: (typeof complaintSubjects)[number], language: Language): string =>
  (language === 'PL' ? plWords : enWords).subject[subject];

/** Staff read the timeline: Polish by default, English on request. Full reasons are always spelled out. */
const pl: Summaries = {
  ComplaintReceived: (d) => `Wpłynęła skarga (${W.channel[d.channel]}), kategoria: ${d.category}. Treść: ${d.description}`,
  DeadlineSet: (d) =>
    `Termin ${d.purpose === 'ANSWER' ? 'odpowiedzi' : 'poinformowania posła, senatora lub radnego'}: ${day(W, d.dueDate)} (${W.rule(d.rule)}).`,
  ComplaintAcknowledged: () => 'Potwierdzono przyjęcie skargi.',
  ComplaintClassified: (d) => `Zakwalifikowano jako: ${W.kind[d.kind]}, kategoria: ${d.category}.${classification(W, d)}`,
  ComplaintAssigned: (d) => `Przydzielono: ${d.assigneeName}.`,
  ComplaintRoutedToSuperior: (d) =>
    `Skargę na pracownika (${d.concernedStaffId}) skierowano do rozpatrzenia przez przełożonego: ${d.superiorName}, ${moment(W, d.routedAt)} (art. 256 KPA). Termin przekazania: ${day(W, d.routingDue.dueDate)}${d.withinDeadline ? '' : ', przekazano po terminie'}.`,
  SupplementRequested: (d) =>
    d.due
      ? `Wezwano do uzupełnienia (termin ${day(W, d.due.dueDate)}): ${d.whatIsMissing}`
      : `Wezwano do uzupełnienia w terminie 7 dni od doręczenia wezwania${d.instruction ? ', z pouczeniem, że nieusunięcie braków spowoduje pozostawienie skargi bez rozpoznania' : ''}: ${d.whatIsMissing}`,
  SupplementSummonsDelivered: (d) =>
    `Wezwanie do uzupełnienia: ${W.delivery[d.how]}${d.noticeLeftAt ? ` (pierwsze awizo ${day(W, warsawDate(d.noticeLeftAt))})` : ''}, dnia ${day(W, warsawDate(d.deliveredAt))}. Termin na uzupełnienie: ${day(W, d.due.dueDate)} (§ 8 ust. 2 rozporządzenia z 2002 r.).`,
  ComplaintSupplemented: (d) => `Skargę uzupełniono: ${d.summary}`,
  ComplaintLeftUnexamined: (d) => `Pozostawiono bez rozpoznania (${W.unexamined[d.reason]}): ${d.explanation}`,
  InformationRequested: (d) => `Zwrócono się o informacje do: ${d.requestedFrom}. Pytanie: ${d.question}`,
  InformationProvided: (d) => `Informacje od: ${d.providedBy}: ${d.summary}`,
  ConversationRecorded: (d, who) =>
    `Rozmowa (${W.channel[d.channel]})${who ? ` z udziałem: ${list(who)}` : ''}. Wysłuchane zastrzeżenia: ${list(d.concernsHeard)}. Ustalenia: ${list(d.agreed) || 'brak'}.`,
  ExplanationGiven: (d) => `Wyjaśnienie (${W.channel[d.channel]}): ${d.explanation} Uzasadnienie: ${d.reasons}`,
  DelayNoticeSent: (d) =>
    `Zawiadomiono o zwłoce. Przyczyny: ${d.reasons} Nowy termin: ${day(W, warsawDate(d.newDueAt))}. ${d.promptInstruction}`,
  PromptReceived: (d) => `Wpłynęło ponaglenie${d.summary ? `: ${d.summary}` : '.'}`,
  ComplaintForwarded: (d) =>
    `${W.forwarding[d.mode ?? 'COMPETENT_BODY']}: ${d.toBody}${d.withinDeadline ? '' : ' (po terminie 7 dni)'}. Powód: ${d.reason}${d.dataDisclosure ? ' Zawiadomienie skarżącego zawiera informację o udostępnieniu jego danych (art. 13 i 14 RODO).' : ''}`,
  ComplaintTreatedInProceedings: (d) =>
    `Skargi nie rozpatruje się w trybie skargowym: ${W.route[d.route]}, sprawa ${d.caseReference}, organ: ${d.body}. ${d.note}`,
  ComplaintDecided: (d) =>
    `Rozstrzygnięto: ${W.outcome[d.outcome]}. Podpisał(a): ${d.signer.name}, ${d.signer.position}.` +
    (d.factualGrounds ? ` Uzasadnienie faktyczne: ${d.factualGrounds}` : '') +
    (d.legalBasis.length ? ` Podstawa prawna: ${bases(d.legalBasis)}.` : '') +
    (d.remedies.length ? ` Środki: ${list(d.remedies)}.` : '') +
    (d.appealInformation ? ` Pouczenie: ${d.appealInformation}` : ''),
  RequestAnswered: (d) =>
    `Załatwiono wniosek (art. 244 KPA).` +
    (d.actionsTaken ? ` Podjęte działania: ${d.actionsTaken}` : '') +
    (d.reasonsNotTaken ? ` Przyczyny niepodjęcia działań: ${d.reasonsNotTaken}` : '') +
    ` Podpisał(a): ${d.signer.name}, ${d.signer.position}. Pouczenie: ${d.complaintInstruction}`,
  PriorPositionKept: (d) =>
    d.noNewCircumstances
      ? `Podtrzymano wcześniejsze stanowisko bez zawiadamiania skarżącego (art. 239 § 1 KPA): wcześniejszą skargę w tej sprawie uznano za bezzasadną, a ponowiona nie wskazuje nowych okoliczności. Adnotacja: ${d.note}`
      : `Podtrzymano wcześniejsze stanowisko (art. 239 KPA): ${d.note}`,
  ComplainantNotified: (d) => `Zawiadomiono skarżącego (${W.channel[d.channel]}).`,
  RepresentativeInformed: (d) => `Poinformowano posła, senatora lub radnego (${W.channel[d.channel]}): ${d.summary}`,
  ComplaintWithdrawn: (d) => `Skargę wycofano${d.reason ? `: ${d.reason}` : '.'}`,
  ComplaintClosed: (d) =>
    `Zamknięto sprawę.${d.noticeExemption ? ` Bez zawiadomienia o sposobie załatwienia (art. 237 § 3 KPA): ${W.exemption[d.noticeExemption]}.` : ''}`,
  ComplaintReopened: (d) => `Wznowiono z powodu nowych okoliczności: ${d.newCircumstances}`,
  MediationProposed: (d) =>
    `Zaproponowano mediację (${d.parties.length} strony). Powód: ${d.reason} Zgody do ${day(W, d.consentDue.dueDate)}.`,
  MediationConsentGiven: (d) => `Strona ${d.partyId} zgodziła się na mediację.`,
  MediationConsentRefused: (d) => `Strona ${d.partyId} nie zgodziła się na mediację${d.reason ? `: ${d.reason}` : '.'}`,
  MediationConsentOutOfTime: (d) =>
    `Strona ${d.partyId} wyraziła zgodę na mediację ${day(W, warsawDate(d.givenAt))}, po terminie, który upłynął ${day(W, d.consentDue.dueDate)} (art. 96b § 3 KPA${d.noticeDeliveredAt ? `: 14 dni od doręczenia zawiadomienia ${day(W, warsawDate(d.noticeDeliveredAt))}` : ''}); mediacji nie prowadzi się (art. 96c KPA).`,
  MediatorAppointed: (d) =>
    `Wybrano mediatora: ${d.mediatorName}${d.listEntry ? ` (art. 96f § 2 KPA: ${W.mediatorList[d.listEntry.list]}, prowadzi ${d.listEntry.keptBy}, wpis ${d.listEntry.entry})` : ''}. Sprawa odroczona do ${day(W, d.postponedUntil.dueDate)}.`,
  MediatorImpartialityDisclosed: (d) => `Mediator ujawnił okoliczności mogące budzić wątpliwości co do bezstronności: ${d.circumstances}`,
  MediatorRecused: (d) => `Mediator odmówił prowadzenia mediacji: ${d.reason}`,
  MediationSessionScheduled: (d) => `Wyznaczono posiedzenie mediacyjne: ${moment(W, d.startsAt)}, ${d.place}.`,
  MediationSessionHeld: (d) => `Odbyło się posiedzenie mediacyjne (${moment(W, d.heldAt)}); obecni: ${list(d.attendees)}.`,
  MediationSessionCancelled: (d) => `Odwołano posiedzenie mediacyjne: ${d.reason}`,
  MediationExtended: (d) =>
    `Przedłużono mediację do ${day(W, d.newEnd.dueDate)}${d.jointRequest ? ' na zgodny wniosek stron' : ''}. Powód: ${d.reason}`,
  MediationProtocolFiled: (d) =>
    `Złożono protokół z mediacji${d.place ? ` (miejsce: ${d.place})` : ''}. Ustalenia: ${list(d.arrangements) || 'brak'}.${d.missingSignatureReason ? ` Brak podpisu: ${d.missingSignatureReason}` : ''}` +
    (d.mediatorName
      ? ` Mediator: ${d.mediatorName}${d.mediatorAddress ? `, ${d.mediatorAddress}` : ''}${d.mediatorSigned ? ' (podpisał protokół)' : ''}.`
      : ''),
  MediationProtocolDelivered: (d) =>
    `Protokół z mediacji ${W.protocolDelivery[d.how]} stronie ${d.partyId}, dnia ${day(W, warsawDate(d.deliveredAt))} (art. 96m § 3 KPA).`,
  MediationEnded: (d) =>
    d.endedBecause === 'CONSENT_TIME_LIMIT'
      ? 'Mediacja zakończona: zgody nie wyrażono w terminie, więc mediacji nie prowadzi się (art. 96c KPA).'
      : `Mediacja zakończona: ${W.result[d.result]}.`,
  MediationOpened: () => 'Skierowano sprawę do mediacji.',
  MediationClosed: (d) => `Zakończono mediację w sprawie: ${W.result[d.result]}.`,
  // A person's privacy stream, never part of a dispute's timeline; worded without the answers or the person.
  EqualityDataRecorded: () => 'Zapisano dane do monitorowania równego traktowania (za wyraźną zgodą).',
  EqualityConsentWithdrawn: (d) =>
    `Wycofano zgodę na wykorzystanie danych o równym traktowaniu${d.disputeId ? ' dla jednej sprawy' : ' dla wszystkich spraw'}.`,
  SubjectDataErased: (d) => `Usunięto dane osoby (klucz zniszczony). Podstawa: ${d.reason}`,
};

const en: Summaries = {
  ComplaintReceived: (d) => `Complaint received ${E.channel[d.channel]}, category: ${d.category}. Text: ${d.description}`,
  DeadlineSet: (d) =>
    `${d.purpose === 'ANSWER' ? 'Answer' : 'Notice to the MP, senator or councillor'} due ${day(E, d.dueDate)} (${E.rule(d.rule)}).`,
  ComplaintAcknowledged: () => 'Receipt acknowledged.',
  ComplaintClassified: (d) => `Classified as: ${E.kind[d.kind]}, category: ${d.category}.${classification(E, d)}`,
  ComplaintAssigned: (d) => `Assigned to ${d.assigneeName}.`,
  ComplaintRoutedToSuperior: (d) =>
    `The complaint about an employee (${d.concernedStaffId}) was routed to their superior for examination: ${d.superiorName}, ${moment(E, d.routedAt)} (KPA art. 256). Due to be passed on by ${day(E, d.routingDue.dueDate)}${d.withinDeadline ? '' : ', passed on late'}.`,
  SupplementRequested: (d) =>
    d.due
      ? `Supplement requested (due ${day(E, d.due.dueDate)}): ${d.whatIsMissing}`
      : `Supplement requested within 7 days of the summons' delivery${d.instruction ? ', with the instruction that otherwise the complaint is left unexamined' : ''}: ${d.whatIsMissing}`,
  SupplementSummonsDelivered: (d) =>
    `Summons to supplement ${E.delivery[d.how]}${d.noticeLeftAt ? ` (first notice left ${day(E, warsawDate(d.noticeLeftAt))})` : ''}, on ${day(E, warsawDate(d.deliveredAt))}. Supplement due ${day(E, d.due.dueDate)} (§ 8(2) of the 2002 regulation).`,
  ComplaintSupplemented: (d) => `Supplemented: ${d.summary}`,
  ComplaintLeftUnexamined: (d) => `Left unexamined (${E.unexamined[d.reason]}): ${d.explanation}`,
  InformationRequested: (d) => `Information requested from ${d.requestedFrom}: ${d.question}`,
  InformationProvided: (d) => `Information from ${d.providedBy}: ${d.summary}`,
  ConversationRecorded: (d, who) =>
    `Conversation (${E.channel[d.channel]})${who ? ` with ${list(who)}` : ''}. Concerns heard: ${list(d.concernsHeard)}. Agreed: ${list(d.agreed) || 'nothing'}.`,
  ExplanationGiven: (d) => `Explanation (${E.channel[d.channel]}): ${d.explanation} Reasons: ${d.reasons}`,
  DelayNoticeSent: (d) =>
    `Delay notice sent. Reasons: ${d.reasons} New due date: ${day(E, warsawDate(d.newDueAt))}. Prompt instruction given.`,
  PromptReceived: (d) => `Prompt (ponaglenie) received${d.summary ? `: ${d.summary}` : '.'}`,
  ComplaintForwarded: (d) =>
    `${E.forwarding[d.mode ?? 'COMPETENT_BODY']}: ${d.toBody}${d.withinDeadline ? '' : ' (after the 7-day limit)'}. Reason: ${d.reason}${d.dataDisclosure ? ' The complainant’s notice says their data are disclosed (GDPR art. 13 and 14).' : ''}`,
  ComplaintTreatedInProceedings: (d) =>
    `Not examined as a complaint: ${E.route[d.route]}, case ${d.caseReference}, body: ${d.body}. ${d.note}`,
  ComplaintDecided: (d) =>
    `Decided: ${E.outcome[d.outcome]}. Signed by ${d.signer.name}, ${d.signer.position}.` +
    (d.factualGrounds ? ` Factual grounds: ${d.factualGrounds}` : '') +
    (d.legalBasis.length ? ` Legal basis: ${bases(d.legalBasis)}.` : '') +
    (d.remedies.length ? ` Remedies: ${list(d.remedies)}.` : '') +
    (d.appealInformation ? ` Instruction: ${d.appealInformation}` : ''),
  RequestAnswered: (d) =>
    `Request answered (KPA art. 244).` +
    (d.actionsTaken ? ` Actions taken: ${d.actionsTaken}` : '') +
    (d.reasonsNotTaken ? ` Reasons for not taking action: ${d.reasonsNotTaken}` : '') +
    ` Signed by ${d.signer.name}, ${d.signer.position}. Instruction: ${d.complaintInstruction}`,
  PriorPositionKept: (d) =>
    d.noNewCircumstances
      ? `Prior position kept without notifying the complainant (KPA art. 239 § 1): the earlier complaint in this matter was found unfounded and the repeated one raises no new circumstances. Note: ${d.note}`
      : `Prior position kept (KPA art. 239): ${d.note}`,
  ComplainantNotified: (d) => `Complainant notified (${E.channel[d.channel]}).`,
  RepresentativeInformed: (d) => `The MP, senator or councillor was informed (${E.channel[d.channel]}): ${d.summary}`,
  ComplaintWithdrawn: (d) => `Withdrawn${d.reason ? `: ${d.reason}` : '.'}`,
  ComplaintClosed: (d) =>
    `Closed.${d.noticeExemption ? ` No notice of the outcome (KPA art. 237 § 3): ${E.exemption[d.noticeExemption]}.` : ''}`,
  ComplaintReopened: (d) => `Reopened for new circumstances: ${d.newCircumstances}`,
  MediationProposed: (d) =>
    `Mediation proposed (${d.parties.length} parties). Reason: ${d.reason} Consents due ${day(E, d.consentDue.dueDate)}.`,
  MediationConsentGiven: (d) => `Party ${d.partyId} consented to mediation.`,
  MediationConsentRefused: (d) => `Party ${d.partyId} refused mediation${d.reason ? `: ${d.reason}` : '.'}`,
  MediationConsentOutOfTime: (d) =>
    `Party ${d.partyId} consented on ${day(E, warsawDate(d.givenAt))}, after the term that ended on ${day(E, d.consentDue.dueDate)} (KPA art. 96b § 3${d.noticeDeliveredAt ? `: 14 days from the notice's delivery on ${day(E, warsawDate(d.noticeDeliveredAt))}` : ''}); the mediation is not held (KPA art. 96c).`,
  MediatorAppointed: (d) =>
    `Mediator appointed: ${d.mediatorName}${d.listEntry ? ` (KPA art. 96f § 2: ${E.mediatorList[d.listEntry.list]}, kept by ${d.listEntry.keptBy}, entry ${d.listEntry.entry})` : ''}. Case postponed until ${day(E, d.postponedUntil.dueDate)}.`,
  MediatorImpartialityDisclosed: (d) => `The mediator disclosed circumstances that could affect impartiality: ${d.circumstances}`,
  MediatorRecused: (d) => `The mediator withdrew: ${d.reason}`,
  MediationSessionScheduled: (d) => `Mediation session scheduled: ${moment(E, d.startsAt)}, ${d.place}.`,
  MediationSessionHeld: (d) => `Mediation session held (${moment(E, d.heldAt)}); present: ${list(d.attendees)}.`,
  MediationSessionCancelled: (d) => `Mediation session cancelled: ${d.reason}`,
  MediationExtended: (d) =>
    `Mediation extended until ${day(E, d.newEnd.dueDate)}${d.jointRequest ? ' at the parties’ joint request' : ''}. Reason: ${d.reason}`,
  MediationProtocolFiled: (d) =>
    `Mediation protocol filed${d.place ? ` (place: ${d.place})` : ''}. Arrangements: ${list(d.arrangements) || 'none'}.${d.missingSignatureReason ? ` Signature missing: ${d.missingSignatureReason}` : ''}` +
    (d.mediatorName
      ? ` Mediator: ${d.mediatorName}${d.mediatorAddress ? `, ${d.mediatorAddress}` : ''}${d.mediatorSigned ? ' (signed the protocol)' : ''}.`
      : ''),
  MediationProtocolDelivered: (d) =>
    `Mediation protocol ${E.protocolDelivery[d.how]} to party ${d.partyId}, on ${day(E, warsawDate(d.deliveredAt))} (KPA art. 96m § 3).`,
  MediationEnded: (d) =>
    d.endedBecause === 'CONSENT_TIME_LIMIT'
      ? 'Mediation ended: consent was not given in time, so the mediation is not held (KPA art. 96c).'
      : `Mediation ended: ${E.result[d.result]}.`,
  MediationOpened: () => 'Mediation opened on the complaint.',
  MediationClosed: (d) => `Mediation closed on the complaint: ${E.result[d.result]}.`,
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
