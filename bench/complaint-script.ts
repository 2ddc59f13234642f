import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  complaintCommandInputSchemas,
  type ComplaintCommandInput,
  type ComplaintCommandName,
} from '../schema/commands/complaint-commands.js';
import { ParticipantNamesSchema } from '../schema/events/complaint-events.js';
import type { Actor, NewEvent } from '../schema/envelope.js';
import { type DomainEvent, schemaVersionOf } from '../schema/events/catalogue.js';
import { caseTextSubject, complaintStream } from '../schema/streams.js';
import { eventIdFor } from '../services/commands/ids.js';
import { type ComplaintCommand, decide, evolve, initialState } from '../services/domain/complaint/index.js';
import { createCalendar } from '../services/domain/deadlines/index.js';
import { sealCaseTexts } from '../services/privacy/case-text.js';
import { newSubjectId, personDataOf, type PersonalDataVault } from '../services/privacy/personal-data-vault.js';

/** Realistic complaints for the benchmarks: Polish text of the lengths clerks type, run through the real decider. */
type OnDisputeName = Exclude<ComplaintCommandName, 'receiveComplaint'>;
/** A command as a clerk gives it (personal data not yet sealed): the API's input without its addressing. */
export type DisputeCommand = {
  [N in OnDisputeName]: { type: N; data: Omit<ComplaintCommandInput<N>, 'disputeId' | 'commandId' | 'expectedRevision'> };
}[OnDisputeName];

export const clerk: Actor = { userId: 'u-anna', name: 'Anna Nowak', role: 'CLERK' };
const supervisor: Actor = { userId: 'u-ewa', name: 'Ewa Wójcik', role: 'SUPERVISOR' };
export const officeName = 'Urząd Miasta Białegostoku';
export const calendar = createCalendar();

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length]!;

type Schemas = typeof complaintCommandInputSchemas;
/** Any dispute id: addressing is stripped again, only the API's defaults for omitted fields are kept. */
const SOME_DISPUTE = '00000000-0000-4000-8000-000000000000';

/** A command as the API would hand it to the decider: the client's fields through the input schema, addressing removed. */
export function command<N extends OnDisputeName>(type: N, fields: Omit<z.input<Schemas[N]>, 'disputeId'>): DisputeCommand {
  const {
    disputeId: _d,
    commandId: _c,
    expectedRevision: _e,
    ...data
  } = complaintCommandInputSchemas[type].parse({ disputeId: SOME_DISPUTE, ...fields });
  return { type, data } as DisputeCommand;
}

const categories = [
  'przewlekłość postępowania',
  'niewłaściwe zachowanie pracownika',
  'błąd w decyzji podatkowej',
  'hałas z budowy przy ul. Żelaznej',
];
const units = [
  'Wydział Świadczeń Społecznych',
  'Wydział Architektury i Budownictwa',
  'Wydział Podatków i Opłat Lokalnych',
  'Straż Miejska',
];
const people = [
  { name: 'Jan Kowalski', address: 'ul. Lipowa 12/4, 15-424 Białystok' },
  { name: 'Małgorzata Wiśniewska', email: 'm.wisniewska@example.pl', address: 'ul. Sienkiewicza 3, 15-092 Białystok' },
  { name: 'Grzegorz Brzęczyszczykiewicz', address: 'os. Słoneczny Stok 7/21, 15-813 Białystok' },
];
const descriptions = [
  'Od trzech miesięcy czekam na decyzję w sprawie dodatku mieszkaniowego. Nikt nie odbiera telefonu, a w okienku słyszę tylko, że sprawa „jest w toku”. Proszę o wyjaśnienie przyczyn zwłoki i wskazanie terminu załatwienia sprawy.',
  'Pracownik wydziału odnosił się do mnie w sposób lekceważący, przerywał mi i odmówił przyjęcia pisma, twierdząc, że „nie ma na to czasu”. Uważam, że takie zachowanie narusza zasady kultury urzędniczej i prawo do załatwienia sprawy.',
  'W decyzji ustalającej wysokość podatku od nieruchomości przyjęto błędną powierzchnię budynku gospodarczego (48 m² zamiast 18 m²). Złożyłem korektę informacji, lecz do dziś nie otrzymałem odpowiedzi ani nowej decyzji.',
  'Prace budowlane przy ul. Żelaznej trwają codziennie od 5:30 rano, także w soboty. Hałas uniemożliwia odpoczynek, a zgłoszenia do straży miejskiej pozostają bez reakcji. Proszę o sprawdzenie, czy wykonawca przestrzega warunków pozwolenia.',
];
const questions = [
  'Proszę o przekazanie akt sprawy wraz z informacją o czynnościach podjętych od dnia złożenia wniosku oraz o przyczynach niezałatwienia sprawy w terminie.',
  'Proszę o pisemne stanowisko pracownika, którego dotyczy skarga, oraz o wskazanie osób obecnych przy zdarzeniu.',
];
const answers = [
  'Wniosek wpłynął kompletny; opóźnienie wynikło z oczekiwania na zaświadczenie z ZUS, o które urząd wystąpił dopiero po sześciu tygodniach. Sprawa zostanie załatwiona do końca miesiąca.',
  'Pracownik przyznaje, że rozmowa przebiegała w napiętej atmosferze; zaprzecza odmowie przyjęcia pisma. Obecna była druga urzędniczka, która potwierdza jego wersję jedynie częściowo.',
];
const explanations = [
  'Wyjaśniono skarżącemu przebieg postępowania, przyczyny zwłoki oraz przysługujące mu prawo do wniesienia ponaglenia na podstawie art. 37 KPA.',
  'Przekazano skarżącej, jakie czynności podjęto w sprawie, oraz poinformowano o planowanym terminie wydania decyzji i możliwości zapoznania się z aktami.',
];

/** What a clerk types on receipt: the API's input, before personal data is sealed. */
export const receiptInput = (n: number) =>
  complaintCommandInputSchemas.receiveComplaint.parse({
    channel: pick(['LETTER', 'EMAIL', 'EPUAP', 'IN_PERSON'], n),
    category: pick(categories, n),
    description: pick(descriptions, n),
    complainant: pick(people, n),
    concernedUnit: pick(units, n),
    concernedStaffId: 'u-kowalczyk',
    remedySought: 'Proszę o niezwłoczne załatwienie sprawy i pisemną odpowiedź.',
    language: 'pl',
  });

const explanationData = (n: number) => ({
  channel: pick(['EMAIL', 'PHONE', 'LETTER'] as const, n),
  explanation: pick(explanations, n),
  reasons: `Art. 7 i art. 8 KPA; ${pick(answers, n)}`,
});
export const explanation = (n: number) => command('recordExplanation', explanationData(n));
/** The command the durable-append benchmarks time, as the API hands it to the command handler. */
export const explanationInput = (disputeId: string, n: number) =>
  complaintCommandInputSchemas.recordExplanation.parse({ disputeId, ...explanationData(n) });

/** The activity of a case under examination, one command per event. */
const working = (n: number, k: number): DisputeCommand =>
  pick<DisputeCommand>(
    [
      command('requestInformation', { requestedFrom: pick(units, n + k), question: pick(questions, k) }),
      command('provideInformation', { providedBy: pick(units, n + k), summary: pick(answers, k) }),
      command('recordConversation', {
        channel: 'PHONE',
        participants: [pick(people, n).name, clerk.name],
        concernsHeard: [pick(descriptions, n + k).slice(0, 160)],
        agreed: ['Skarżący otrzyma pisemną odpowiedź w terminie.'],
      }),
      explanation(n + k),
      command('recordPrompt', { summary: 'Skarżący ponagla urząd, wskazując na upływ terminu z art. 35 KPA.' }),
    ],
    k,
  );

/** After receipt (2 events): the commands of an open case, `count` events in all. */
export function openCase(n: number, count: number): DisputeCommand[] {
  const start: DisputeCommand[] = [
    command('acknowledgeComplaint', {}),
    command('classifyComplaint', { kind: 'COMPLAINT', category: pick(categories, n) }),
    command('assignComplaint', { assigneeId: 'u-anna', assigneeName: clerk.name }),
  ];
  return [...start, ...Array.from({ length: count - 2 - start.length }, (_, k) => working(n, k))];
}

/** After receipt (2 events): a case examined, decided, notified and closed: 10 events in all. */
export const settledCase = (n: number): DisputeCommand[] => [
  command('acknowledgeComplaint', {}),
  command('assignComplaint', { assigneeId: 'u-anna', assigneeName: clerk.name }),
  working(n, 0),
  working(n, 1),
  explanation(n),
  command('decideComplaint', {
    outcome: 'NOT_UPHELD',
    factualGrounds: 'Wniosek rozpatrzono w ustawowym terminie; zwłoka wynikała z braku zaświadczenia, o które wnioskodawca został wezwany.',
    legalBasis: [{ act: 'Kodeks postępowania administracyjnego', article: 'art. 35 § 3' }],
    appealInformation: 'Zgodnie z art. 239 § 1 KPA ponowna skarga bez nowych okoliczności może zostać pozostawiona bez odpowiedzi.',
    signer: { name: supervisor.name, position: 'Sekretarz Miasta' },
  }),
  command('notifyComplainant', { channel: 'LETTER' }),
  command('closeComplaint', {}),
];

/** The API input for a command on an existing dispute. */
export const inputFor = (disputeId: string, command: DisputeCommand): ComplaintCommandInput<DisputeCommand['type']> =>
  complaintCommandInputSchemas[command.type].parse({ disputeId, ...command.data });

const HOUR = 3_600_000;

/** When a dispute's commands are recorded: its receipt, then command k (k >= 1) at `at(k)`; who records them. */
export interface DisputeTiming {
  receivedMs: number;
  at: (k: number) => number;
  receipt?: ReturnType<typeof receiptInput>;
  actor?: Actor;
}

/** The corpus's timing: dispute n received 7 minutes after n - 1, from 7 January 2025, its steps 5 hours apart. */
const fiveHoursApart = (n: number): DisputeTiming => {
  const receivedMs = Date.UTC(2025, 0, 7, 8) + n * 7 * 60_000;
  return { receivedMs, at: (k) => receivedMs + k * 5 * HOUR };
};

/**
 * A whole dispute as the command handler would have written it (receipt sealed with the vault, every decision by
 * the real decider with its free text sealed with the complainant's key, metadata as run-on-stream sets it), for
 * appending straight to a store.
 */
export function disputeEvents(
  n: number,
  commands: readonly DisputeCommand[],
  vault: PersonalDataVault,
  timing: DisputeTiming = fiveHoursApart(n),
) {
  const disputeId = randomUUID();
  const stream = complaintStream(disputeId);
  const receivedMs = timing.receivedMs;
  const {
    complainant,
    receivedAt: _r,
    commandId: _c,
    onBehalfOf: _o,
    accessibilityNeeds: _a,
    ...input
  } = timing.receipt ?? receiptInput(n);
  // An anonymous complaint's text is sealed with a key of the case's own, as the command handler does.
  const subjectId = complainant ? newSubjectId() : caseTextSubject(disputeId, null);
  const receipt: ComplaintCommand = {
    type: 'receiveComplaint',
    data: {
      ...input,
      complaintId: disputeId,
      complainant: complainant ? { subjectId, sealed: vault.seal(subjectId, personDataOf(complainant)) } : null,
      onBehalfOf: null,
      accessibilityNeeds: null,
      identifiable: complainant !== null,
      receivedAt: new Date(receivedMs).toISOString(),
    },
  };
  // As the command handler does: the names of those present are sealed with the complainant's key.
  const sealedAsHandled = (c: DisputeCommand): ComplaintCommand =>
    c.type === 'recordConversation'
      ? {
          type: c.type,
          data: { ...c.data, participants: { subjectId, sealed: vault.sealJson(subjectId, ParticipantNamesSchema, c.data.participants) } },
        }
      : (c as ComplaintCommand);
  let state = initialState();
  const events: NewEvent[] = [];
  [receipt, ...commands.map(sealedAsHandled)].forEach((command, k) => {
    const now = new Date(k === 0 ? receivedMs : timing.at(k)).toISOString();
    const actor = command.type === 'assignComplaint' ? supervisor : (timing.actor ?? clerk);
    const decided: DomainEvent[] = sealCaseTexts(
      decide(command, state, { now, actor, calendar, answerRule: 'KPA-237-1-month', officeName }),
      subjectId,
      vault,
    );
    state = decided.reduce(evolve, state);
    const commandId = randomUUID();
    for (const [i, e] of decided.entries()) {
      const metadata = {
        eventId: eventIdFor(stream, commandId, i),
        occurredAt: now,
        actor,
        commandId,
        correlationId: commandId,
        causationId: null,
        schemaVersion: schemaVersionOf(e.type),
      };
      events.push({ type: e.type, data: e.data, metadata });
    }
  });
  return { disputeId, stream, events, subjectId: complainant ? subjectId : null };
}
