import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { catalogueCodec } from '../schema/events/catalogue.js';
import { createComplaintCommands } from '../services/commands/complaint-commands.js';
import { createPersonalDataVault } from '../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore } from '../services/privacy/subject-key-store.js';
import { openSqliteDatabase } from '../services/store/open-sqlite-database.js';
import { createSqliteEventStore } from '../services/store/sqlite-event-store.js';
import { calendar, clerk, explanation, explanationInput, officeName, receiptInput } from './complaint-script.js';
import {
  alternate,
  type BenchResult,
  percentile,
  perSecond,
  tempFolder,
  throughput,
  timeConcurrently,
  timeEach,
  type Timing,
} from './measure.js';
import { copyEvents, openRawLog } from './raw-log.js';

const WARMUP = 200;
const ROUNDS = 4;
const PER_ROUND = 500;
/** Group commit: this many clients send commands at once, against the raw single-commit rate measured in turn with them. */
const CLIENTS = 16;

/** The complaint command handlers on a SQLite event store and key store in `folder`, as the server sets them up. */
export function complaintCommandsIn(folder: string) {
  const eventsFile = join(folder, 'events.sqlite');
  const store = createSqliteEventStore({ file: eventsFile, codec: catalogueCodec });
  const keys = createSqliteSubjectKeyStore({ file: join(folder, 'subject-keys.sqlite') });
  const commands = createComplaintCommands({
    store,
    vault: createPersonalDataVault(keys),
    calendar,
    answerRule: 'KPA-237-1-month',
    officeName,
    clock: () => new Date(),
  });
  return { eventsFile, store, keys, commands };
}

/**
 * 1. One command appended durably: recordExplanation on an existing dispute (load its 2 events, decide, append
 * one with synchronous=FULL) through createComplaintCommands, vs one raw insert per transaction into a table
 * holding the same disputes, the new row going to the same stream.
 */
export async function durableCommand(): Promise<BenchResult> {
  const folder = tempFolder('command');
  const { eventsFile, store, keys, commands } = complaintCommandsIn(folder.path);
  const raw = openRawLog(join(folder.path, 'raw.sqlite'));
  // The store's own table (event-id column and index, AUTOINCREMENT) written with plain SQL: what its format costs.
  const storeTable = openSqliteDatabase(join(folder.path, 'store-schema.sqlite'));
  try {
    const total = WARMUP + ROUNDS * PER_ROUND;
    // One dispute per command, so every command loads the same short history (receipt + deadline).
    const ids: string[] = [];
    for (let n = 0; n < total; n++) ids.push((await commands.execute('receiveComplaint', receiptInput(n), clerk)).disputeId);
    copyEvents(raw.db, eventsFile);
    copyEvents(storeTable, eventsFile, '*');
    const inputs = ids.map((id, n) => explanationInput(id, n));
    const data = JSON.stringify(explanation(0).data);
    const metadata = (eventId: string) =>
      JSON.stringify({
        eventId,
        occurredAt: new Date().toISOString(),
        actor: clerk,
        commandId: eventId,
        correlationId: eventId,
        causationId: null,
        schemaVersion: 1,
      });
    const insertStoreRow = storeTable.prepare(
      'INSERT INTO events (event_id, stream, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
    );

    const timings = await alternate(
      {
        ours: (i) => commands.execute('recordExplanation', inputs[i]!, clerk),
        raw: (i) => raw.insert.run(`complaint-${ids[i]}`, 2, 'ExplanationGiven', data, metadata(randomUUID())),
        storeTable: (i) => {
          const eventId = randomUUID();
          insertStoreRow.run(eventId, `complaint-${ids[i]}`, 2, 'ExplanationGiven', data, metadata(eventId));
        },
      },
      { warmup: WARMUP, rounds: ROUNDS, perRound: PER_ROUND },
    );
    const { ours, raw: plain } = timings;

    // The same disputes again (each one step longer), now from 16 clients at once, in turns with raw single commits.
    const grouped: Timing[] = [];
    const single: Timing[] = [];
    const rawInsert = (i: number) => raw.insert.run(`complaint-${ids[i]}`, 3, 'ExplanationGiven', data, metadata(randomUUID()));
    await timeConcurrently((i) => commands.execute('recordExplanation', inputs[i]!, clerk), 0, WARMUP, CLIENTS);
    for (let r = 0; r < ROUNDS; r++) {
      const from = WARMUP + r * PER_ROUND;
      grouped.push(
        await timeConcurrently((i) => commands.execute('recordExplanation', inputs[i]!, clerk), from, from + PER_ROUND, CLIENTS),
      );
      single.push(await timeEach(rawInsert, from, from + PER_ROUND));
    }
    const merged = (ts: Timing[]): Timing => ({
      count: ts.reduce((n, t) => n + t.count, 0),
      seconds: ts.reduce((n, t) => n + t.seconds, 0),
      latenciesMs: ts.flatMap((t) => t.latenciesMs),
    });
    const [groupedAll, singleAll] = [merged(grouped), merged(single)];
    return {
      figures: [
        throughput('1. durable command', 'commands/s vs inserts/s', perSecond(ours), perSecond(plain)),
        throughput('7. group commit', `commands/s, ${CLIENTS} clients, vs inserts/s`, perSecond(groupedAll), perSecond(singleAll), 2),
      ],
      details: {
        groupCommitClients: CLIENTS,
        groupCommitP50Ms: percentile(groupedAll.latenciesMs, 50),
        groupCommitP99Ms: percentile(groupedAll.latenciesMs, 99),
        rawSingleCommitsDuringGroupRoundsPerSecond: perSecond(singleAll),
        commands: ours.count,
        oursP50Ms: percentile(ours.latenciesMs, 50),
        oursP99Ms: percentile(ours.latenciesMs, 99),
        rawP50Ms: percentile(plain.latenciesMs, 50),
        rawP99Ms: percentile(plain.latenciesMs, 99),
        rawInsertsIntoStoreSchemaPerSecond: perSecond(timings.storeTable),
        storeSchemaP50Ms: percentile(timings.storeTable.latenciesMs, 50),
      },
    };
  } finally {
    storeTable.close();
    raw.db.close();
    keys.close();
    await store.close();
    folder.remove();
  }
}
