import { describe, expect, it } from 'vitest';
import { summarize, type Language } from '../../projections/timeline-summary.js';
import { channels, outcomes } from '../../schema/common.js';
import { eventSchemas, type DomainEvent, type EventType } from '../../schema/events/catalogue.js';
import {
  complaintKinds,
  complaintSubjects,
  deadlinePurposes,
  deadlineReasons,
  forwardingModes,
  noticeExemptions,
  proceedingsRoutes,
  summonsDeliveries,
  unexaminedReasons,
} from '../../schema/events/complaint-events.js';
import { mediationEndReasons, mediatorLists, protocolDeliveries } from '../../schema/events/mediation-events.js';
import { mediationResults } from '../../schema/events/mediation-result.js';
import { deadlineRuleNames } from '../../services/domain/deadlines/index.js';

const complaintId = '0b8f2b39-8d4e-4c55-9d7e-1f1c1b1e0001';
const mediationId = '0b8f2b39-8d4e-4c55-9d7e-1f1c1b1e0002';
const subjectId = '0b8f2b39-8d4e-4c55-9d7e-1f1c1b1e0003';
const sealed = { subjectId, sealed: 'c2VhbGVk' };
const calendarVersion = 'PL-public-holidays(date-holidays@3.37.0)+closures:v0';
const fact = (dueDate: string, rule = 'KPA-237-1-month') => ({ dueDate, dueAt: `${dueDate}T23:59:59.999+01:00`, rule, calendarVersion });
// Every rule a deadline can carry: the named ones, those computed by deciders, and an office's working-days rule.
const rules = [
  ...deadlineRuleNames,
  'KPA-36-notice',
  'KPA-35-5-mediation-excluded',
  'KPA-96e-extension-chosen',
  'WORKING-DAYS-20',
  'WORKING-DAYS-1',
];

/** A full scenario: every event type, each coded value in every variant it can take (channels, outcomes, results…). */
function scenario(): DomainEvent[] {
  const e = <T extends EventType>(type: T, data: unknown) => ({ type, data: eventSchemas[type].parse(data) }) as DomainEvent;
  return [
    ...channels.map((channel) =>
      e('ComplaintReceived', {
        complaintId,
        channel,
        category: 'przewlekłość postępowania',
        description: 'Od trzech miesięcy czekam na decyzję.',
        complainant: sealed,
        identifiable: true,
        onBehalfOf: null,
        passedOnBy: null,
        concernedUnit: 'Wydział Świadczeń',
        concernedStaffId: null,
        remedySought: null,
        language: null,
        accessibilityNeeds: null,
        receivedAt: '2025-03-03T09:00:00+01:00',
      }),
    ),
    ...rules.flatMap((rule) =>
      deadlinePurposes.flatMap((purpose) =>
        deadlineReasons.map((reason) => e('DeadlineSet', { ...fact('2025-04-03', rule), purpose, reason })),
      ),
    ),
    e('ComplaintAcknowledged', { acknowledgedAt: '2025-03-04T10:00:00+01:00' }),
    ...complaintKinds.map((kind) => e('ComplaintClassified', { kind, category: 'obsługa interesanta' })),
    e('ComplaintClassified', {
      kind: 'COMPLAINT',
      category: 'obsługa interesanta',
      subjects: [...complaintSubjects],
      competence: 'THIS_OFFICE',
    }),
    e('ComplaintClassified', {
      kind: 'COMPLAINT',
      category: 'obsługa interesanta',
      subjects: ['DELAY'],
      competence: 'OTHER_BODY',
      competentBody: 'Wojewoda Podlaski',
      competenceBasis: 'art. 229 pkt 3 KPA',
    }),
    e('ComplaintAssigned', { assigneeId: 'u1', assigneeName: 'Anna Żółkiewska', previousAssigneeId: null }),
    ...[true, false].map((withinDeadline) =>
      e('ComplaintRoutedToSuperior', {
        concernedStaffId: 'u-kowalczyk',
        superiorId: 'u-zielinska',
        superiorName: 'Grażyna Zielińska',
        routedAt: '2025-03-05T09:00:00+01:00',
        routingDue: fact('2025-03-10', 'KPA-231-forward-7-days'),
        withinDeadline,
      }),
    ),
    e('SupplementRequested', { whatIsMissing: 'Brak podpisu.', due: fact('2025-03-11', 'SUPPLEMENT-7-days') }),
    e('SupplementRequested', {
      whatIsMissing: 'Brak podpisu.',
      due: null,
      requestedAt: '2025-03-04T10:00:00+01:00',
      instruction: 'Pouczenie z § 8 ust. 2.',
    }),
    ...summonsDeliveries.map((how) =>
      e('SupplementSummonsDelivered', {
        how,
        deliveredAt: '2025-03-06T10:00:00+01:00',
        noticeLeftAt: how === 'PRESUMED' ? '2025-02-20T10:00:00+01:00' : null,
        due: fact('2025-03-13', 'SUPPLEMENT-7-days'),
      }),
    ),
    e('ComplaintSupplemented', { summary: 'Dosłano podpisaną skargę.' }),
    ...unexaminedReasons.map((reason) => e('ComplaintLeftUnexamined', { reason, explanation: 'Nie można ustalić skarżącego.' })),
    e('InformationRequested', { requestedFrom: 'Wydział Podatków', question: 'Kiedy wpłynął wniosek?' }),
    e('InformationProvided', { providedBy: 'Wydział Podatków', summary: 'Wniosek wpłynął 2 stycznia.' }),
    ...channels.map((channel) =>
      e('ConversationRecorded', { channel, participants: sealed, concernsHeard: ['Zbyt długie oczekiwanie.'], agreed: [] }),
    ),
    ...channels.map((channel) =>
      e('ExplanationGiven', { channel, explanation: 'Brakuje zaświadczenia.', reasons: 'Bez niego nie można ustalić prawa do dodatku.' }),
    ),
    e('DelayNoticeSent', {
      reasons: 'Oczekiwanie na opinię.',
      newDueAt: '2025-05-15T12:00:00+02:00',
      previousDueAt: '2025-04-03T23:59:59.999+02:00',
      promptInstruction: 'Przysługuje ponaglenie (art. 37 KPA).',
    }),
    e('PromptReceived', { receivedAt: '2025-04-10T09:00:00+02:00', summary: null }),
    ...forwardingModes.map((mode) =>
      e('ComplaintForwarded', {
        toBody: 'Wojewoda Podlaski',
        reason: 'Właściwość organu.',
        noticeToComplainant: 'Przekazano.',
        forwardDue: fact('2025-03-10', 'KPA-231-forward-7-days'),
        withinDeadline: true,
        mode,
        ...(mode === 'INDICATED' ? {} : { dataDisclosure: 'Informacja o przetwarzaniu danych osobowych (art. 13 i 14 RODO).' }),
      }),
    ),
    ...[true, false].map((withinDeadline) =>
      e('ComplaintForwarded', {
        toBody: 'Wojewoda Podlaski',
        reason: 'Właściwość organu.',
        noticeToComplainant: 'Przekazano.',
        forwardDue: fact('2025-03-10', 'KPA-231-forward-7-days'),
        withinDeadline,
      }),
    ),
    ...proceedingsRoutes.map((route) =>
      e('ComplaintTreatedInProceedings', {
        route,
        caseReference: 'nr 5311.12.2025',
        body: 'Prezydent Miasta Białegostoku',
        note: 'Włączono do akt postępowania.',
        treatedAt: '2025-03-10T09:00:00+01:00',
      }),
    ),
    ...outcomes.flatMap((outcome) =>
      [true, false, null].map((followsMediationProtocol) =>
        e('ComplaintDecided', {
          outcome,
          factualGrounds: 'Ustalono, że…',
          legalBasis: [{ act: 'Kodeks postępowania administracyjnego', article: 'art. 238 § 1', url: null }],
          remedies: ['Przeprosiny'],
          appealInformation: 'Pouczenie o art. 239 KPA.',
          signer: { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' },
          body: 'Urząd Miasta',
          decidedAt: '2025-04-01T12:00:00+02:00',
          basedOnRevision: 5,
          followsMediationProtocol,
        }),
      ),
    ),
    ...[
      { actionsTaken: 'Wydłużono godziny pracy w czwartki.', reasonsNotTaken: null },
      { actionsTaken: null, reasonsNotTaken: 'Brak środków w budżecie na 2025 r.' },
    ].map((answer) =>
      e('RequestAnswered', {
        ...answer,
        complaintInstruction: 'Zgodnie z art. 247 KPA może Pani/Pan wnieść skargę.',
        signer: { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' },
        body: 'Urząd Miasta Białegostoku',
        answeredAt: '2025-03-20T10:00:00+01:00',
        basedOnRevision: 3,
      }),
    ),
    e('PriorPositionKept', {
      note: 'Bez nowych okoliczności.',
      priorDisputeId: null,
      signer: { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' },
      basedOnRevision: 3,
    }),
    e('PriorPositionKept', {
      note: 'Bez nowych okoliczności.',
      priorDisputeId: complaintId,
      noNewCircumstances: true,
      signer: { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' },
      basedOnRevision: 3,
    }),
    ...channels.map((channel) => e('ComplainantNotified', { channel, notifiedAt: '2025-04-02T12:00:00+02:00' })),
    ...channels.map((channel) =>
      e('RepresentativeInformed', { channel, summary: 'Skarga w toku.', informedAt: '2025-03-12T12:00:00+01:00' }),
    ),
    e('ComplaintWithdrawn', { reason: null }),
    e('ComplaintClosed', { closedAt: '2025-04-03T12:00:00+02:00' }),
    ...[null, ...noticeExemptions].map((noticeExemption) =>
      e('ComplaintClosed', { closedAt: '2025-04-03T12:00:00+02:00', noticeExemption }),
    ),
    e('ComplaintReopened', { newCircumstances: 'Nowe dokumenty.' }),
    e('MediationProposed', {
      mediationId,
      complaintId,
      reason: 'Konflikt przy okienku.',
      proposedAt: '2025-03-05T10:00:00+01:00',
      consentDue: fact('2025-03-19', 'KPA-96b-consent-14-days'),
      parties: [
        { partyId: 'p-maria', role: 'COMPLAINANT', person: sealed },
        { partyId: 'p-urzad', role: 'OFFICE', person: sealed },
      ],
    }),
    e('MediationConsentGiven', { partyId: 'p-maria', reason: null }),
    e('MediationConsentRefused', { partyId: 'p-urzad', reason: null }),
    ...[null, '2025-03-07T10:00:00+01:00'].map((noticeDeliveredAt) =>
      e('MediationConsentOutOfTime', {
        partyId: 'p-maria',
        givenAt: '2025-03-25T10:00:00+01:00',
        noticeDeliveredAt,
        consentDue: fact('2025-03-21', 'KPA-96b-consent-14-days'),
      }),
    ),
    e('MediatorAppointed', {
      mediatorUserId: 'u-med',
      mediatorName: 'Zbigniew Mędrzecki',
      postponedUntil: fact('2025-05-05', 'KPA-96e-mediation-2-months'),
    }),
    ...mediatorLists.map((list) =>
      e('MediatorAppointed', {
        mediatorUserId: 'u-med',
        mediatorName: 'Zbigniew Mędrzecki',
        postponedUntil: fact('2025-05-05', 'KPA-96e-mediation-2-months'),
        listEntry: { list, keptBy: 'Prezes Sądu Okręgowego w Łodzi', entry: 'poz. 17' },
      }),
    ),
    e('MediatorImpartialityDisclosed', { mediatorUserId: 'u-med', circumstances: 'Znajomość ze stroną.' }),
    e('MediatorRecused', { mediatorUserId: 'u-med', reason: 'Konflikt interesów.' }),
    e('MediationSessionScheduled', { sessionId: 's1', startsAt: '2025-03-10T10:00:00+01:00', place: 'Sala 12' }),
    e('MediationSessionHeld', { sessionId: 's1', heldAt: '2025-03-10T10:05:00+01:00', attendees: ['p-maria', 'p-urzad'] }),
    e('MediationSessionCancelled', { sessionId: 's1', reason: 'Choroba mediatora.' }),
    ...[true, false].map((jointRequest) =>
      e('MediationExtended', { reason: 'Strony proszą o czas.', jointRequest, newEnd: fact('2025-06-05', 'KPA-96e-extension-1-month') }),
    ),
    e('MediationProtocolFiled', {
      arrangements: [],
      participants: ['p-maria'],
      signedBy: ['p-maria'],
      missingSignatureReason: null,
      filedAt: '2025-03-20T10:00:00+01:00',
      place: null,
    }),
    e('MediationProtocolFiled', {
      arrangements: ['Przeprosiny'],
      participants: ['p-maria'],
      signedBy: ['p-maria'],
      missingSignatureReason: null,
      filedAt: '2025-03-20T10:00:00+01:00',
      place: 'Sala 12',
      mediatorName: 'Zbigniew Mędrzecki',
      mediatorAddress: 'ul. Lipowa 5, Białystok',
      mediatorSigned: true,
    }),
    ...protocolDeliveries.map((how) =>
      e('MediationProtocolDelivered', { partyId: 'p-maria', how, deliveredAt: '2025-03-21T09:00:00+01:00' }),
    ),
    ...mediationResults.flatMap((result) =>
      mediationEndReasons.map((endedBecause) => e('MediationEnded', { result, endedBecause, endedAt: '2025-03-21T10:00:00+01:00' })),
    ),
    e('MediationOpened', { mediationId, openedAt: '2025-03-05T10:00:00+01:00' }),
    ...mediationResults.map((result) => e('MediationClosed', { mediationId, result, excludedDays: 5 })),
    e('EqualityDataRecorded', {
      disputeId: complaintId,
      subjectId,
      consentGivenAt: '2025-03-03T09:00:00+01:00',
      sealedAnswers: 'c2VhbGVk',
    }),
    e('EqualityConsentWithdrawn', { subjectId, disputeId: null }),
    e('SubjectDataErased', { subjectId, erasedAt: '2025-06-01T10:00:00+02:00', reason: 'art. 17 ust. 1 lit. a RODO' }),
  ];
}

/** Abbreviations a sentence may rightly hold: the code of administrative procedure, the GDPR, a member of parliament. */
// VIII: the act's division (dział VIII KPA), a numeral, not a code word.
const abbreviations = new Set(['KPA', 'RODO', 'GDPR', 'MP', 'VIII']);
const codeWords = (sentence: string) =>
  [...sentence.matchAll(/\b[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*\b/g)].map((m) => m[0]).filter((w) => w.length > 1 && !abbreviations.has(w));

describe('timeline summaries: words a person reads, never a code word', () => {
  const events = scenario();

  it('the scenario has every event type of the catalogue', () => {
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(Object.keys(eventSchemas)));
  });

  it.each(['PL', 'EN'] as Language[])('in %s no summary holds an UPPER_CASE enum word, an ISO instant or a rule id', (language) => {
    const offending = events
      .map((event) => ({ kind: event.type, summary: summarize(event, language, ['Jan Kowalski']) }))
      .filter(({ summary }) => codeWords(summary).length > 0 || /\d{4}-\d{2}-\d{2}/.test(summary));
    expect(offending).toEqual([]);
  });

  it('the same fact reads in each language in its own words, dates the way the reader writes them', () => {
    const decided = events.find((e) => e.type === 'ComplaintDecided' && e.data.outcome === 'PARTLY_UPHELD')!;
    expect(summarize(decided, 'PL')).toMatch(/^Rozstrzygnięto: skargę uwzględniono w części\. /);
    expect(summarize(decided, 'EN')).toMatch(/^Decided: partly upheld\. /);
    const received = events.find((e) => e.type === 'ComplaintReceived' && e.data.channel === 'LETTER')!;
    expect(summarize(received, 'PL')).toMatch(/^Wpłynęła skarga \(listownie\), kategoria: przewlekłość postępowania\./);
    const due = events.find((e) => e.type === 'DeadlineSet' && e.data.rule === 'KPA-237-1-month' && e.data.purpose === 'ANSWER')!;
    expect(summarize(due, 'PL')).toBe('Termin odpowiedzi: 3 kwietnia 2025 (art. 237 § 1 KPA: miesiąc).');
    expect(summarize(due, 'EN')).toBe('Answer due 3 April 2025 (KPA art. 237 § 1: one month).');
    const session = events.find((e) => e.type === 'MediationSessionScheduled')!;
    expect(summarize(session, 'PL')).toBe('Wyznaczono posiedzenie mediacyjne: 10 marca 2025, 10:00, Sala 12.');
    const presumed = events.find((e) => e.type === 'SupplementSummonsDelivered' && e.data.how === 'PRESUMED')!;
    expect(summarize(presumed, 'PL')).toBe(
      'Wezwanie do uzupełnienia: uznano za doręczone (art. 44 KPA: pismo niepodjęte w terminie 14 dni) (pierwsze awizo 20 lutego 2025), dnia 6 marca 2025. Termin na uzupełnienie: 13 marca 2025 (§ 8 ust. 2 rozporządzenia z 2002 r.).',
    );
    const working = events.find((e) => e.type === 'DeadlineSet' && e.data.rule === 'WORKING-DAYS-20')!;
    expect(summarize(working, 'PL')).toContain('(20 dni roboczych)');
  });
});
