import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { catalogueCodec } from '../schema/events/catalogue.js';
import { createComplaintCommands } from '../services/commands/complaint-commands.js';
import { createPersonalDataVault } from '../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../services/privacy/subject-key-store.js';
import { createSqliteEventStore } from '../services/store/sqlite-event-store.js';
import { calendar, clerk, disputeEvents, explanation, explanationInput, officeName, openCase } from './complaint-script.js';
import { alternate, type BenchResult, percentile, perSecond, tempFolder, throughput } from './measure.js';
import { copyEvents, openRawLog } from './raw-log.js';

const HISTORY = 50;
const WARMUP = 40;
const ROUNDS = 4;
const PER_ROUND = 100;

interface RawRow {
  type: string;
  data: string;
  metadata: string;
}

/**
 * 2. The whole command path on a dispute with 50 events (load and validate them, fold, decide, append one), vs
 * raw: read the same 50 rows with JSON.parse, then insert one row in its own FULL transaction.
 */
export async function commandPath(): Promise<BenchResult> {
  const folder = tempFolder('path');
  const eventsFile = join(folder.path, 'events.sqlite');
  const store = createSqliteEventStore({ file: eventsFile, codec: catalogueCodec });
  const keys = createSqliteSubjectKeyStore({ file: join(folder.path, 'subject-keys.sqlite') });
  const vault = createPersonalDataVault(keys);
  const commands = createComplaintCommands({ store, vault, calendar, answerRule: 'KPA-237-1-month', officeName, clock: () => new Date() });
  const raw = openRawLog(join(folder.path, 'raw.sqlite'));
  try {
    // One dispute per command, each with the same 50-event history, appended as the command handler wrote it.
    const disputes: ReturnType<typeof disputeEvents>[] = [];
    for (let n = 0; n < WARMUP + ROUNDS * PER_ROUND; n++) {
      const dispute = disputeEvents(n, openCase(n, HISTORY), vault);
      await store.append(dispute.stream, dispute.events, { expectedRevision: 'no_stream' });
      disputes.push(dispute);
    }
    copyEvents(raw.db, eventsFile);
    const readRaw = raw.db.prepare<[string], RawRow>('SELECT type, data, metadata FROM events WHERE stream = ? ORDER BY revision');
    const inputs = disputes.map((d, n) => explanationInput(d.disputeId, n));
    const appended = explanation(0).data;

    const rawPath = (i: number) => {
      const stream = disputes[i]!.stream;
      const history = readRaw
        .all(stream)
        .map((r) => ({ type: r.type, data: JSON.parse(r.data) as unknown, metadata: JSON.parse(r.metadata) as { actor: unknown } }));
      const metadata = { ...history[history.length - 1]!.metadata, eventId: randomUUID() };
      raw.insert.run(stream, history.length, 'ExplanationGiven', JSON.stringify(appended), JSON.stringify(metadata));
    };
    const ours = (i: number) => commands.execute('recordExplanation', inputs[i]!, clerk);
    const rounds = { warmup: WARMUP, rounds: ROUNDS, perRound: PER_ROUND };
    const { ours: path, raw: plain } = await alternate({ ours, raw: rawPath }, rounds);

    // Where the time goes: loading the 51-event streams now, through the store (zod decode) and raw.
    const loads = await alternate(
      {
        store: (i) => store.readStream(disputes[i]!.stream),
        raw: (i) => readRaw.all(disputes[i]!.stream).map((r) => [JSON.parse(r.data), JSON.parse(r.metadata)]),
      },
      rounds,
    );
    return {
      figures: [throughput('2. command on 50 events', 'commands/s vs read+insert/s', perSecond(path), perSecond(plain))],
      details: {
        commands: path.count,
        historyEvents: HISTORY,
        oursP50Ms: percentile(path.latenciesMs, 50),
        oursP99Ms: percentile(path.latenciesMs, 99),
        rawP50Ms: percentile(plain.latenciesMs, 50),
        rawP99Ms: percentile(plain.latenciesMs, 99),
        loadThroughStoreMs: 1000 / perSecond(loads.store),
        loadRawMs: 1000 / perSecond(loads.raw),
      },
    };
  } finally {
    raw.db.close();
    keys.close();
    await store.close();
    folder.remove();
  }
}
