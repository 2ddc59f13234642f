import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { complaintCommandInputSchemas } from '../schema/commands/complaint-commands.js';
import { mediationCommandInputSchemas } from '../schema/commands/mediation-commands.js';
import { recordEqualityDataInputSchema } from '../schema/commands/equality-commands.js';
import type { Actor } from '../schema/envelope.js';
import { equalityDimensions } from '../schema/equality-dimensions.js';
import { catalogueCodec } from '../schema/events/catalogue.js';
import { createComplaintCommands } from '../services/commands/complaint-commands.js';
import { createMediationCommands } from '../services/commands/mediation-commands.js';
import { createSubjectCommands } from '../services/commands/subject-commands.js';
import { createErasureRegister } from '../services/privacy/erasure-register.js';
import { createPersonalDataVault } from '../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../services/privacy/subject-key-store.js';
import { createSqliteEventStore } from '../services/store/sqlite-event-store.js';
import { calendar, command, type DisputeCommand, disputeEvents, officeName } from './complaint-script.js';

/**
 * A realistic office, year after year, for the cost curves of `npm run bench -- --scale N`: 40 complaints a working
 * day (10,000 a year, a large city's offices), the last received at `end`, so the store grows with its history while
 * the disputes open at the end stay those of a few weeks, as in an office that answers within the month.
 *
 * The mix, per 1,000 complaints: channels 340 letters, 250 e-mails, 180 ePUAP, 120 in person, 60 by phone, 50 by the
 * web form; 40 anonymous (left unexamined); 8 units and 8 categories, unevenly; outcomes 450 not upheld, 180 upheld,
 * 120 partly upheld, 80 forwarded, 50 withdrawn (and 30 mediations, 20 ending in an agreement); 150 deadlines
 * extended (KPA art. 36), 100 reassigned, about 60 answered late; 200 complainants answer the equality questions
 * with their consent. Complaint streams are decided by the real decider (bench/complaint-script.ts) and appended
 * whole; mediations and equality answers go through the real command handlers, with the clock set to their moment.
 */
export const PER_YEAR = 10_000;
const DAY = 86_400_000;
const GAP = (365 * DAY) / PER_YEAR;

const units = [
  ['Wydział Świadczeń Społecznych', 22],
  ['Wydział Komunikacji', 18],
  ['Wydział Architektury i Budownictwa', 14],
  ['Wydział Podatków i Opłat Lokalnych', 12],
  ['Urząd Stanu Cywilnego', 10],
  ['Straż Miejska', 10],
  ['Wydział Gospodarki Komunalnej', 9],
  ['Biuro Obsługi Mieszkańców', 5],
] as const;
const categories = [
  ['przewlekłość postępowania', 30],
  ['zachowanie pracownika', 16],
  ['organizacja obsługi', 14],
  ['błąd w decyzji', 12],
  ['hałas i porządek publiczny', 10],
  ['dostępność urzędu', 7],
  ['opłaty i podatki lokalne', 6],
  ['inne', 5],
] as const;
const channels = [
  ['LETTER', 34],
  ['EMAIL', 25],
  ['EPUAP', 18],
  ['IN_PERSON', 12],
  ['PHONE', 6],
  ['WEB', 5],
] as const;
const clerks = [
  'Anna Nowak',
  'Piotr Łęcki',
  'Zofia Żak',
  'Tomasz Wróbel',
  'Katarzyna Dąbrowska',
  'Marek Śliwa',
  'Agnieszka Kaczmarek',
  'Jerzy Błaszczyk',
  'Ewelina Górska',
  'Michał Szczęsny',
  'Joanna Pietrzak',
  'Łukasz Zając',
];
const firstNames = [
  'Jan',
  'Maria',
  'Krzysztof',
  'Małgorzata',
  'Stanisław',
  'Jadwiga',
  'Grzegorz',
  'Bożena',
  'Paweł',
  'Elżbieta',
  'Józef',
  'Halina',
];
const lastNames = [
  'Kowalski',
  'Wiśniewska',
  'Wójcik',
  'Kamińska',
  'Lewandowski',
  'Zielińska',
  'Szymański',
  'Woźniak',
  'Dąbrowski',
  'Kozłowska',
  'Jankowski',
  'Mazur',
];
const streets = [
  'ul. Lipowa',
  'ul. Sienkiewicza',
  'ul. Żelazna',
  'os. Słoneczny Stok',
  'ul. Świętojańska',
  'al. Piłsudskiego',
  'ul. Mickiewicza',
  'ul. Kościuszki',
];
const openings = [
  'Od trzech miesięcy czekam na decyzję w sprawie',
  'Pracownik wydziału odnosił się do mnie lekceważąco, gdy pytałem o',
  'W decyzji dotyczącej mojej sprawy przyjęto błędne dane, chodzi o',
  'Zgłaszam, że od kilku tygodni nikt nie odpowiada na moje pisma w sprawie',
  'W kolejce do okienka czekałam ponad cztery godziny, załatwiając',
  'Prace budowlane przy mojej ulicy trwają od 5:30 rano, a urząd nie reaguje na zgłoszenia dotyczące',
];
const matters = [
  'dodatku mieszkaniowego',
  'rejestracji samochodu',
  'podatku od nieruchomości',
  'pozwolenia na budowę',
  'aktu stanu cywilnego',
  'wywozu odpadów',
  'karty parkingowej',
  'najmu lokalu komunalnego',
];
const endings = [
  'Proszę o wyjaśnienie przyczyn zwłoki i wskazanie terminu załatwienia sprawy.',
  'Uważam, że takie postępowanie narusza zasady kultury urzędniczej i prawo do rzetelnej obsługi.',
  'Proszę o sprawdzenie sprawy i pisemną odpowiedź na adres podany powyżej.',
  'Liczę na szybką reakcję i poinformowanie mnie o podjętych działaniach.',
];
const explanations = [
  'Wyjaśniono skarżącemu przebieg postępowania, przyczyny zwłoki oraz prawo do wniesienia ponaglenia (art. 37 KPA).',
  'Przekazano skarżącej, jakie czynności podjęto w sprawie, i wskazano planowany termin wydania decyzji.',
  'Kierownik wydziału przeprosił za zachowanie pracownika i omówił sprawę z zespołem.',
];
const grounds = [
  'Postępowanie prowadzono w terminie; zwłoka wynikła z braku zaświadczenia, o które skarżący został wezwany.',
  'Ustalono, że pracownik nie naruszył zasad obsługi; rozmowa przebiegła zgodnie z procedurą.',
  'Skarga okazała się zasadna: sprawę prowadzono bez zawiadomienia strony o przyczynach zwłoki.',
];
const appealInformation =
  'Zgodnie z art. 239 § 1 KPA ponowna skarga w tej samej sprawie, bez nowych okoliczności, może zostać pozostawiona bez odpowiedzi.';
const signer = { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' };
const supervisor: Actor = { userId: 'u-ewa', name: 'Ewa Wójcik', role: 'SUPERVISOR' };
const mediator: Actor = { userId: 'u-mediator', name: 'Zbigniew Mędrzecki', role: 'MEDIATOR' };

/** A deterministic generator (the same office at every run), uniform in [0, 1). */
export function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const weighted = <T>(items: readonly (readonly [T, number])[], r: number): T => {
  let left = r * items.reduce((n, [, w]) => n + w, 0);
  for (const [item, w] of items) if ((left -= w) < 0) return item;
  return items[items.length - 1]![0];
};
const pick = <T>(items: readonly T[], r: number): T => items[Math.floor(r * items.length)]!;

export interface OfficeData {
  folder: string;
  disputes: number;
  events: number;
  /** The moment the last complaint was received: "now" for the benchmark's server. */
  end: Date;
  /** Some disputes' ids, for reading one. */
  sample: string[];
}

const settling = new Set<DisputeCommand['type']>(['forwardComplaint', 'withdrawComplaint', 'decideComplaint', 'leaveUnexamined']);

type Outcome = 'NOT_UPHELD' | 'UPHELD' | 'PARTLY_UPHELD' | 'FORWARDED' | 'WITHDRAWN' | 'MEDIATION';

/**
 * Writes `disputes` complaints of an office into `folder`: the data folder `data/` (events, subject keys) and, outside
 * it as the server requires, `erasures.sqlite`.
 */
export async function generateOffice(
  folder: string,
  disputes: number,
  end: Date,
  onProgress?: (done: number) => void,
): Promise<OfficeData> {
  mkdirSync(join(folder, 'data'), { recursive: true, mode: 0o700 });
  const store = createSqliteEventStore({ file: join(folder, 'data', 'events.sqlite'), codec: catalogueCodec });
  const keys = createSqliteSubjectKeyStore({ file: join(folder, 'data', 'subject-keys.sqlite') });
  const vault = createPersonalDataVault(keys);
  const erasures = createErasureRegister({ file: join(folder, 'erasures.sqlite') });
  let now = end.getTime();
  const clock = () => new Date(now);
  const rules = { store, vault, calendar, answerRule: 'KPA-237-1-month' as const, officeName, clock };
  const complaints = createComplaintCommands(rules);
  const mediations = createMediationCommands({ ...rules, officeStaffIds: [] });
  const subjects = createSubjectCommands({ store, vault, keys, erasures, clock });
  const equalityInput = recordEqualityDataInputSchema(equalityDimensions);
  const r = random(disputes);
  const sample: string[] = [];
  let events = 0;
  const endMs = end.getTime();

  for (let n = 0; n < disputes; n++) {
    const receivedMs = endMs - (disputes - 1 - n) * GAP;
    const clerk = pick(clerks, r());
    const actor: Actor = { userId: `u-${clerks.indexOf(clerk)}`, name: clerk, role: 'CLERK' };
    const anonymous = r() < 0.04;
    const person = `${pick(firstNames, r())} ${pick(lastNames, r())}`;
    const channel = weighted(channels, r());
    const receipt = complaintCommandInputSchemas.receiveComplaint.parse({
      channel,
      category: weighted(categories, r()),
      description: `${pick(openings, r())} ${pick(matters, r())}. ${pick(endings, r())}`,
      complainant: anonymous
        ? null
        : {
            name: person,
            address: `${pick(streets, r())} ${1 + Math.floor(r() * 90)}, 15-${100 + Math.floor(r() * 800)} Białystok`,
            email: channel === 'EMAIL' ? `skarzacy${n}@example.pl` : null,
          },
      concernedUnit: weighted(units, r()),
      language: 'pl',
    });
    // Days after receipt: the answer within the month, a few late; extended cases later still.
    const answerDay = 8 + Math.floor(r() * 24) + (r() < 0.06 ? 5 + Math.floor(r() * 20) : 0);
    const extended = r() < 0.15;
    const roll = r();
    const outcome: Outcome = anonymous
      ? 'WITHDRAWN'
      : roll < 0.45
        ? 'NOT_UPHELD'
        : roll < 0.63
          ? 'UPHELD'
          : roll < 0.75
            ? 'PARTLY_UPHELD'
            : roll < 0.83
              ? 'FORWARDED'
              : roll < 0.88
                ? 'WITHDRAWN'
                : roll < 0.91
                  ? 'MEDIATION'
                  : 'NOT_UPHELD';
    const steps: [number, DisputeCommand][] = [];
    if (anonymous) {
      steps.push([
        2,
        command('leaveUnexamined', {
          reason: 'ANONYMOUS',
          explanation: 'Skarga nie zawiera imienia i nazwiska ani adresu (§ 8 rozporządzenia).',
        }),
      ]);
    } else {
      steps.push([1 + r() * 2, command('acknowledgeComplaint', {})]);
      steps.push([1 + r() * 3, command('assignComplaint', { assigneeId: actor.userId, assigneeName: clerk })]);
      if (r() < 0.1) {
        const other = clerks[(clerks.indexOf(clerk) + 1 + Math.floor(r() * (clerks.length - 1))) % clerks.length]!;
        steps.push([5 + r() * 5, command('assignComplaint', { assigneeId: `u-${clerks.indexOf(other)}`, assigneeName: other })]);
      }
      if (r() < 0.3)
        steps.push([
          4 + r() * 4,
          command('requestInformation', {
            requestedFrom: weighted(units, r()),
            question: 'Proszę o akta sprawy i informację o podjętych czynnościach.',
          }),
        ]);
      if (r() < 0.6)
        steps.push([
          6 + r() * 6,
          command('recordExplanation', {
            channel: 'LETTER',
            explanation: pick(explanations, r()),
            reasons: `Art. 7 i 8 KPA; ${pick(grounds, r())}`,
          }),
        ]);
      if (extended)
        steps.push([
          20 + r() * 8,
          command('extendDeadline', {
            newDueAt: new Date(receivedMs + (answerDay + 45) * DAY).toISOString(),
            reasons: 'Oczekiwanie na opinię innego organu.',
          }),
        ]);
      const settle = answerDay + (extended ? 15 : 0);
      if (outcome === 'FORWARDED') {
        steps.push([
          3 + r() * 4,
          command('forwardComplaint', {
            toBody: 'Wojewoda Podlaski',
            reason: 'Sprawa należy do administracji rządowej (art. 231 KPA).',
            noticeToComplainant: 'Skargę przekazano Wojewodzie Podlaskiemu.',
          }),
        ]);
      } else if (outcome === 'WITHDRAWN') {
        steps.push([settle, command('withdrawComplaint', { reason: 'Sprawa została załatwiona polubownie.' })]);
      } else if (outcome !== 'MEDIATION') {
        steps.push([
          settle,
          command('decideComplaint', {
            outcome,
            factualGrounds: pick(grounds, r()),
            legalBasis: [{ act: 'Kodeks postępowania administracyjnego', article: 'art. 227' }],
            remedies: outcome === 'NOT_UPHELD' ? [] : ['Zawiadomienie o nowym terminie załatwienia sprawy'],
            appealInformation,
            signer,
          }),
        ]);
        steps.push([settle + 1, command('notifyComplainant', { channel: 'LETTER' })]);
        steps.push([settle + 2, command('closeComplaint', {})]);
      }
    }
    // Steps in their order, each at its moment; what falls after the end is not recorded yet (the case is open). After
    // a settlement only the notice and the closing remain; a case going to mediation waits for it (the handlers below).
    steps.sort((a, b) => a[0] - b[0]);
    let settled = false;
    const recorded = steps.filter(([day, c]) => {
      if (receivedMs + day * DAY > endMs || (outcome === 'MEDIATION' && day >= 20)) return false;
      if (settled) return c.type === 'notifyComplainant' || c.type === 'closeComplaint';
      settled = settling.has(c.type);
      return true;
    });
    const at = (k: number) => receivedMs + recorded[k - 1]![0] * DAY;
    const dispute = disputeEvents(
      n,
      recorded.map(([, c]) => c),
      vault,
      { receivedMs, at, receipt, actor },
    );
    await store.append(dispute.stream, dispute.events, { expectedRevision: 'no_stream' });
    events += dispute.events.length;
    if (n % Math.max(1, Math.floor(disputes / 50)) === 0) sample.push(dispute.disputeId);

    // A mediation (KPA art. 96a), through the mediation command handler, three weeks after receipt.
    if (outcome === 'MEDIATION' && receivedMs + 40 * DAY <= endMs) {
      const step = async (day: number, work: () => Promise<unknown>) => {
        now = receivedMs + day * DAY;
        await work();
      };
      let mediationId = '';
      const parties = [
        { partyId: 'strona-1', name: person, role: 'COMPLAINANT' },
        { partyId: 'strona-2', name: 'Urząd Miasta', role: 'OFFICE' },
      ];
      const mediate = (name: Parameters<typeof mediations.execute>[0], input: Record<string, unknown>, by = supervisor) =>
        mediations.execute(name, mediationCommandInputSchemas[name].parse({ mediationId, ...input }) as never, by);
      await step(
        20,
        async () =>
          (mediationId = (
            await mediations.execute(
              'proposeMediation',
              mediationCommandInputSchemas.proposeMediation.parse({
                disputeId: dispute.disputeId,
                parties,
                reason: 'Konflikt przy obsłudze sprawy',
              }),
              supervisor,
            )
          ).mediationId),
      );
      await step(22, () => mediate('recordMediationConsent', { partyId: 'strona-1', consent: true }));
      await step(23, () => mediate('recordMediationConsent', { partyId: 'strona-2', consent: true }));
      await step(24, () =>
        mediate('appointMediator', {
          mediatorUserId: 'u-mediator',
          mediatorName: 'Zbigniew Mędrzecki',
          // KPA art. 96f § 2: where the office is a party the mediator comes from a list.
          listEntry: { list: 'DISTRICT_COURT', keptBy: 'Prezes Sądu Okręgowego w Białymstoku', entry: 'poz. 17' },
        }),
      );
      const agreed = r() < 0.66;
      await step(30, () =>
        mediate(
          'scheduleMediationSession',
          { sessionId: 'posiedzenie-1', startsAt: new Date(receivedMs + 31 * DAY).toISOString(), place: 'Sala 12' },
          mediator,
        ),
      );
      await step(31, () =>
        mediate(
          'recordMediationSession',
          { sessionId: 'posiedzenie-1', heldAt: new Date(receivedMs + 31 * DAY).toISOString(), attendees: ['strona-1', 'strona-2'] },
          mediator,
        ),
      );
      if (agreed)
        await step(33, () =>
          mediate(
            'fileMediationProtocol',
            {
              arrangements: ['Przeprosiny pracownika', 'Załatwienie sprawy w ciągu 14 dni'],
              participants: ['strona-1', 'strona-2'],
              signedBy: ['strona-1', 'strona-2'],
              // KPA art. 96m § 2: where, and the mediator's address and signature.
              place: 'Sala 12',
              mediatorAddress: 'ul. Sienkiewicza 3, 15-092 Białystok',
              mediatorSigned: true,
            },
            mediator,
          ),
        );
      await step(34, () => mediate('endMediation', { result: agreed ? 'AGREEMENT' : 'NO_AGREEMENT' }));
      const decide = {
        outcome: agreed ? 'UPHELD' : 'NOT_UPHELD',
        factualGrounds: pick(grounds, r()),
        legalBasis: [{ act: 'Kodeks postępowania administracyjnego', article: 'art. 227' }],
        appealInformation,
        signer,
        followsMediationProtocol: agreed ? true : null,
      };
      await step(38, () =>
        complaints.execute(
          'decideComplaint',
          complaintCommandInputSchemas.decideComplaint.parse({ disputeId: dispute.disputeId, ...decide }),
          actor,
        ),
      );
      events += agreed ? 12 : 11;
    }
    // Equality answers, with consent (GDPR art. 9(2)(a)), through the subject command handler.
    if (!anonymous && r() < 0.2) {
      now = receivedMs + DAY;
      const answers = [
        { dimension: 'ageBand', value: pick(['18_29', '30_44', '45_59', '60_74', '75_AND_OVER', 'PREFER_NOT_TO_SAY'], r()) },
        { dimension: 'sex', value: pick(['FEMALE', 'MALE', 'PREFER_NOT_TO_SAY'], r()) },
        { dimension: 'disability', value: pick(['YES', 'NO', 'NO', 'NO', 'PREFER_NOT_TO_SAY'], r()) },
      ];
      await subjects.recordEqualityData(equalityInput.parse({ disputeId: dispute.disputeId, consent: true, answers }), actor);
      events += 1;
    }
    if (onProgress && n % 1000 === 999) onProgress(n + 1);
  }
  keys.close();
  erasures.close();
  await store.close();
  return { folder, disputes, events, end, sample };
}
