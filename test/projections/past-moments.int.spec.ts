import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { complaintCommandInputSchemas, type ComplaintCommandName } from '../../schema/commands/complaint-commands.js';
import { mediationCommandInputSchemas, type MediationCommandName } from '../../schema/commands/mediation-commands.js';
import type { Actor, RecordedEvent } from '../../schema/envelope.js';
import { catalogueCodec } from '../../schema/events/catalogue.js';
import { createComplaintCommands } from '../../services/commands/complaint-commands.js';
import { createMediationCommands } from '../../services/commands/mediation-commands.js';
import { createCalendar } from '../../services/domain/deadlines/index.js';
import { createPersonalDataVault } from '../../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../../services/privacy/subject-key-store.js';
import { createSqliteEventStore } from '../../services/store/sqlite-event-store.js';
import { makeProjections } from '../../projections/all-projections.js';
import { createDisputeQueries } from '../../projections/dispute-queries.js';
import { createTextOpener } from '../../services/privacy/case-text.js';
import { type DisputeView, evolveDisputeView, streamOfDispute } from '../../projections/dispute-view.js';
import { openReadModelDb } from '../../projections/read-model-db.js';
import { createProjectionRunner } from '../../projections/runner.js';
import { dueWithin, factsOf, overdueAt, workloadAt } from '../../projections/supervision/figures.js';
import { createSupervisionQueries } from '../../projections/supervision/supervision-queries.js';
import { receiptOf, scenarios } from '../support/scenario-seed.js';
import { mayBridge } from '../support/closures-file.js';
import { tempDataDir } from '../support/test-server.js';

/**
 * The oracle: what `overdueAsOf` and `workloadAsOf` computed before the open spans existed, a replay of the whole log
 * folding each complaint stream's events recorded by `at`, in log order.
 */
function replayedAt(log: readonly RecordedEvent[], at: Date): DisputeView[] {
  const views = new Map<string, DisputeView>();
  for (const event of log) {
    const id = streamOfDispute(event);
    if (id === null || Date.parse(event.metadata.occurredAt) > at.getTime()) continue;
    const view = evolveDisputeView(views.get(id) ?? null, event);
    if (view !== null) views.set(id, view);
  }
  return [...views.values()];
}

const clerk: Actor = { userId: 'u-anna', name: 'Anna Nowak', role: 'CLERK' };
const supervisor: Actor = { userId: 'u-ewa', name: 'Ewa Wójcik', role: 'SUPERVISOR' };
const signer = { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' };
const appealInformation =
  'Zgodnie z art. 239 § 1 KPA ponowna skarga w tej samej sprawie, bez nowych okoliczności, może zostać pozostawiona bez odpowiedzi.';
const HOUR = 3_600_000;

/** A small deterministic generator, so a failure names a history that can be run again. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

describe('past moments answered from the open spans', () => {
  const dataDir = tempDataDir();
  const store = createSqliteEventStore({ file: join(dataDir, 'events.sqlite'), codec: catalogueCodec });
  const keys = createSqliteSubjectKeyStore({ file: ':memory:' });
  const vault = createPersonalDataVault(keys);
  // The office closes on 2 May 2025 (3 May falls on a Saturday): deadlines and working days count it.
  const calendar = createCalendar({ closures: mayBridge.closures, closuresVersion: mayBridge.version });
  let now = Date.parse('2025-03-31T08:00:00+02:00');
  const clock = () => new Date(now);
  const rules = { store, vault, calendar, answerRule: 'KPA-237-1-month' as const, officeName: 'Urząd Miasta Białegostoku', clock };
  const complaints = createComplaintCommands(rules);
  const mediations = createMediationCommands({ ...rules, officeStaffIds: [clerk.userId, supervisor.userId] });
  const db = openReadModelDb(join(dataDir, 'read-model.sqlite'));
  const runner = createProjectionRunner(store, db, makeProjections(vault));
  const figures = createSupervisionQueries(db, store, calendar, clock);
  const moments: Date[] = [];
  let log: RecordedEvent[] = [];

  const complaint = <N extends Exclude<ComplaintCommandName, 'receiveComplaint'>>(
    name: N,
    disputeId: string,
    fields: Record<string, unknown>,
    actor = clerk,
  ) => complaints.execute(name, complaintCommandInputSchemas[name].parse({ disputeId, ...fields }) as never, actor);
  const mediation = <N extends MediationCommandName>(name: N, input: Record<string, unknown>) =>
    mediations.execute(name, mediationCommandInputSchemas[name].parse(input) as never, supervisor);
  // A later date than the one in force, and in the future (KPA art. 36).
  const dueOf = async (disputeId: string) =>
    (await store.readStream(`complaint-${disputeId}`)).reduce<DisputeView | null>(evolveDisputeView, null)!.dueAt;

  beforeAll(async () => {
    const next = random(2025);
    // Each scenario of the fixtures three times over, with the steps a busy office adds: reassignment, a supplement,
    // a mediation, a decision reopened and decided again, a withdrawal, and one command recorded by a server whose
    // clock is behind. Their steps interleave, hours or days apart, across the May closure.
    const scripts: (() => Promise<unknown>)[][] = [];
    // The repeated complaints name the first "queue-waiting" complaint, found unfounded (KPA art. 239 § 1).
    const prior = { unfounded: '' };
    for (let copy = 0; copy < 3; copy++) {
      for (const [k, s] of scenarios.entries()) {
        const n = copy * scenarios.length + k;
        let disputeId = '';
        const steps: (() => Promise<unknown>)[] = [];
        steps.push(async () => {
          const input = complaintCommandInputSchemas.receiveComplaint.parse(receiptOf(s));
          disputeId = (await complaints.execute('receiveComplaint', input, clerk)).disputeId;
          if (n === 2) prior.unfounded = disputeId;
        });
        const answerable = Boolean(s.complainant?.address || s.complainant?.email);
        if (answerable && n % 3 !== 2)
          steps.push(() => complaint('assignComplaint', disputeId, { assigneeId: 'u-anna', assigneeName: 'Anna Nowak' }, supervisor));
        if (answerable && n % 3 === 0)
          steps.push(() => complaint('assignComplaint', disputeId, { assigneeId: 'u-piotr', assigneeName: 'Piotr Łęcki' }, supervisor));
        if (answerable && n % 5 === 1) {
          steps.push(() => complaint('requestSupplement', disputeId, { whatIsMissing: 'Brak podpisu pod skargą.' }));
          steps.push(() => complaint('recordSupplement', disputeId, { summary: 'Skarżący podpisał skargę w sekretariacie.' }));
        }
        for (const step of answerable ? s.steps : s.steps.filter((t) => t.do === 'leaveUnexamined')) {
          if (step.do === 'acknowledge') steps.push(() => complaint('acknowledgeComplaint', disputeId, {}));
          else if (step.do === 'assign')
            steps.push(() => complaint('assignComplaint', disputeId, { assigneeId: 'u-zofia', assigneeName: 'Zofia Żak' }, supervisor));
          else if (step.do === 'explanation')
            steps.push(() =>
              complaint('recordExplanation', disputeId, { channel: step.channel, explanation: step.explanation, reasons: step.reasons }),
            );
          else if (step.do === 'conversation') {
            steps.push(() =>
              complaint('recordConversation', disputeId, {
                channel: 'IN_PERSON',
                participants: step.participants,
                concernsHeard: step.concernsHeard,
                agreed: step.agreed,
              }),
            );
          } else if (step.do === 'extendDeadline') {
            steps.push(async () => {
              const newDueAt = new Date(Math.max(Date.parse(await dueOf(disputeId)), now) + Number(step.days) * 24 * HOUR).toISOString();
              return complaint('extendDeadline', disputeId, { newDueAt, reasons: step.reasons });
            });
          } else if (step.do === 'mediation') {
            let mediationId = '';
            const parties = [
              { partyId: 'p-1', name: (step.parties as string[])[0], role: 'COMPLAINANT' },
              { partyId: 'p-2', name: (step.parties as string[])[1], role: 'OFFICE' },
            ];
            steps.push(
              async () =>
                (mediationId = (await mediation('proposeMediation', { disputeId, parties, reason: 'Konflikt przy okienku' })).mediationId),
            );
            steps.push(() => mediation('recordMediationConsent', { mediationId, partyId: 'p-1', consent: true }));
            steps.push(() => mediation('recordMediationConsent', { mediationId, partyId: 'p-2', consent: true }));
            steps.push(() =>
              mediation('appointMediator', {
                mediationId,
                mediatorUserId: 'u-med',
                mediatorName: 'Zbigniew Mędrzecki',
                // KPA art. 96f § 2: the office is a party.
                listEntry: { list: 'DISTRICT_COURT', keptBy: 'Prezes Sądu Okręgowego w Białymstoku', entry: 'poz. 17' },
              }),
            );
            steps.push(() => mediation('endMediation', { mediationId, result: 'NO_AGREEMENT' }));
          } else if (step.do === 'decide') {
            const decide = () =>
              complaint('decideComplaint', disputeId, {
                outcome: step.outcome,
                factualGrounds: step.factualGrounds ?? 'Ustalono przebieg zdarzenia na podstawie wyjaśnień.',
                legalBasis: step.legalBasis ?? [{ act: 'Kodeks postępowania administracyjnego', article: 'art. 227' }],
                remedies: step.remedies ?? [],
                appealInformation,
                signer,
              });
            steps.push(decide);
            if (n % 4 === 1) {
              steps.push(() => complaint('notifyComplainant', disputeId, { channel: 'LETTER' }));
              steps.push(() => complaint('closeComplaint', disputeId, {}));
              steps.push(() =>
                complaint('reopenComplaint', disputeId, {
                  newCircumstances: 'Skarżący przedstawił nowe dowody: zdjęcia z dnia zdarzenia.',
                }),
              );
              steps.push(async () => {
                const newDueAt = new Date(Math.max(Date.parse(await dueOf(disputeId)), now) + 20 * 24 * HOUR).toISOString();
                return complaint('extendDeadline', disputeId, { newDueAt, reasons: 'Analiza nowych dowodów.' });
              });
              steps.push(decide);
            }
          } else if (step.do === 'leaveUnexamined') {
            steps.push(() =>
              complaint('leaveUnexamined', disputeId, {
                reason: 'ANONYMOUS',
                explanation: 'Skarga nie zawiera imienia i nazwiska ani adresu.',
              }),
            );
          } else if (step.do === 'forward') {
            steps.push(() =>
              complaint('forwardComplaint', disputeId, {
                toBody: 'Wojewoda Podlaski',
                reason: 'Sprawa należy do administracji rządowej.',
                noticeToComplainant: 'Skargę przekazano Wojewodzie Podlaskiemu.',
              }),
            );
          } else if (step.do === 'keepPriorPosition') {
            // It waits until the earlier complaint has been decided.
            for (let wait = 0; wait < 5; wait++) steps.push(async () => undefined);
            steps.push(() =>
              complaint('keepPriorPosition', disputeId, {
                note: 'Skarga powtarza poprzednią bez nowych okoliczności.',
                priorDisputeId: prior.unfounded,
                noNewCircumstances: true,
                signer,
              }),
            );
          }
        }
        if (answerable && n % 7 === 3)
          steps.splice(2, steps.length, () => complaint('withdrawComplaint', disputeId, { reason: 'Sprawa załatwiona polubownie.' }));
        scripts.push(steps);
      }
    }
    for (let round = 0; scripts.some((s) => s.length > round); round++) {
      for (const [i, script] of scripts.entries()) {
        const step = script[round];
        if (!step) continue;
        now += Math.floor(next() * 30 * HOUR);
        // One command of one case is recorded by a replica whose clock is far behind: before the case's previous step.
        const behind = i === 0 && round === 3 ? 20 * 24 * HOUR : 0;
        now -= behind;
        await step();
        now += behind;
      }
    }
    await runner.catchUp();
    log = await store.readAll({ fromPosition: 0n, limit: 1_000_000 });
    const recorded = [...new Set(log.map((e) => Date.parse(e.metadata.occurredAt)))];
    // Every other recorded instant (and the millisecond before it), and moments between, before the first and after the last.
    for (const [i, t] of recorded.entries()) if (i % 2 === 0) moments.push(new Date(t), new Date(t - 1));
    for (let i = 0; i < 40; i++) moments.push(new Date(recorded[0]! - 3 * 24 * HOUR + next() * (now - recorded[0]! + 60 * 24 * HOUR)));
  }, 60_000);

  afterAll(async () => {
    db.close();
    keys.close();
    await store.close();
  });

  it('the history holds what the comparison needs: extensions, reassignments, reopening, a supplement, a mediation, closures, a clock going back', async () => {
    const events = await store.readAll({ fromPosition: 0n, limit: 1_000_000 });
    const types = new Set(events.map((e) => e.type));
    for (const type of [
      'ComplaintReopened',
      'SupplementRequested',
      'ComplaintSupplemented',
      'MediationClosed',
      'ComplaintWithdrawn',
      'ComplaintForwarded',
      'ComplaintLeftUnexamined',
      'PriorPositionKept',
    ]) {
      expect(types, type).toContain(type);
    }
    expect(events.filter((e) => e.type === 'DeadlineSet' && (e.data as { reason: string }).reason === 'EXTENSION').length).toBeGreaterThan(
      3,
    );
    const assignments = new Map<string, number>();
    for (const e of events.filter((e) => e.type === 'ComplaintAssigned'))
      assignments.set(e.streamName, (assignments.get(e.streamName) ?? 0) + 1);
    expect([...assignments.values()].some((n) => n > 1)).toBe(true);
    expect(db.prepare('SELECT count(*) AS n FROM span_streams WHERE unordered = 1').get()).toEqual({ n: 1 });
    expect(moments.length).toBeGreaterThan(150);
  });

  it('at every moment, overdueAsOf, deadlinesAsOf and workloadAsOf answer exactly what a replay of the whole log answers', async () => {
    let overdueSeen = 0;
    let dueSeen = 0;
    for (const at of moments) {
      const replayed = replayedAt(log, at).map(factsOf);
      const overdue = await figures.overdueAsOf(at, 1000);
      expect(overdue.items, at.toISOString()).toEqual(overdueAt(replayed, at, calendar, 1000));
      expect((await figures.overdueAsOf(at, 2)).items, at.toISOString()).toEqual(overdueAt(replayed, at, calendar, 2));
      expect(await figures.workloadAsOf(at), at.toISOString()).toEqual({ at, ...workloadAt(replayed, at) });
      for (const within of [0, 30]) {
        const due = await figures.deadlinesAsOf(at, within, 1000);
        expect(due.items, `${at.toISOString()} within ${within}`).toEqual(dueWithin(replayed, at, within, calendar, 1000));
        dueSeen += due.items.length;
      }
      overdueSeen += overdue.items.length;
    }
    // The comparison saw answers, not only empty lists.
    expect(overdueSeen).toBeGreaterThan(100);
    expect(dueSeen).toBeGreaterThan(100);
  });

  it('now, the present-tense queries agree with a replay at the present moment', async () => {
    const at = clock();
    const replayed = replayedAt(log, at).map(factsOf);
    // The present-tense rows carry only what a row shows: the dispute's id and due date.
    const shown = <T extends { dispute: { id: string; dueAt: string } }>(rows: T[]) =>
      rows.map((r) => ({ ...r, dispute: { id: r.dispute.id, dueAt: r.dispute.dueAt } }));
    const overdue = figures.overdue(1000).items;
    expect(overdue.length).toBeGreaterThan(0);
    expect(shown(overdue)).toEqual(shown(overdueAt(replayed, at, calendar, 1000)));
    expect(shown(figures.deadlines(30, 1000).items)).toEqual(shown(dueWithin(replayed, at, 30, calendar, 1000)));
    expect(figures.workload()).toEqual({ at, ...workloadAt(replayed, at) });
  });

  it('the rows of a list read their disputes in one batch, exactly as each would be read alone', async () => {
    const queries = createDisputeQueries(db, store, clock, createTextOpener(vault));
    const ids = (db.prepare('SELECT id FROM disputes ORDER BY id').all() as { id: string }[]).map((r) => r.id);
    const batch = queries.currentMany([...ids, 'no-such-dispute']);
    expect([...batch.keys()].sort()).toEqual(ids);
    for (const id of ids) expect(batch.get(id)).toEqual(queries.current(id));
  });

  it('a rebuild of the read models gives the same spans', async () => {
    const dump = () => db.prepare('SELECT * FROM open_spans ORDER BY dispute_id, from_ms').all();
    const before = dump();
    expect(before.length).toBeGreaterThan(24);
    await runner.rebuild();
    expect(dump()).toEqual(before);
  });
});
