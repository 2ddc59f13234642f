import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createEventStore } from './create-event-store.js';
import { redact } from './eventstoredb-mapping.js';
import { migrate, type MigrationProgress, verbatimCodec } from './migrate.js';
import { progress, type Progress } from '../cli/progress.js';
import { createFilesPrivately } from '../privacy/private-files.js';

const usage = `Copies every event of a SQLite event store into another store, resumably, then verifies the copy.

  node dist/services/store/migrate-cli.js --from data/events.sqlite --to "esdb://localhost:2113?tls=false"
  node dist/services/store/migrate-cli.js --from data/events.sqlite --to backup/events.sqlite

--to takes an esdb:// or esdb+discover:// connection string, or a SQLite file path.
Interrupted (Ctrl-C, crash, lost connection)? Run the same command again: it continues where the target stopped.`;

// A SQLite target is a copy of every event: as private as the data folder it came from.
createFilesPrivately();
const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean' } } });
if (values.help || !values.from || !values.to) {
  process.stderr.write(`${usage}\n`);
  process.exit(values.help ? 0 : 2);
}
const from = resolve(values.from);
const to = values.to;
if (!existsSync(from)) fail(`The source file ${from} does not exist.`);
const toEventStoreDb = /^esdb(\+discover)?:\/\//.test(to);
if (!toEventStoreDb && resolve(to) === from) fail('The source and the target are the same file.');

const source = await createEventStore({ kind: 'sqlite', file: from }, verbatimCodec);
const target = await createEventStore(
  toEventStoreDb ? { kind: 'eventstoredb', connectionString: to } : { kind: 'sqlite', file: resolve(to) },
  verbatimCodec,
);
const stop = new AbortController();
process.once('SIGINT', () => {
  process.stderr.write('\nStopping after the current append…\n');
  stop.abort();
});

/** One bar (or plain line every few seconds) for the copy, in positions of the source, then one for the verification. */
let bar = null as Progress | null;
let phase: MigrationProgress['phase'] | null = null;
function show(step: MigrationProgress): void {
  if (step.phase !== phase) {
    bar?.stop();
    phase = step.phase;
    bar =
      step.phase === 'copy'
        ? progress('copying', { unit: 'positions', total: Number(step.sourceHead) })
        : progress('verifying', { unit: 'streams', total: step.streams });
  }
  bar!.update(step.phase === 'copy' ? Number(step.position) : step.streamsChecked);
}

try {
  await target.checkConnection();
  process.stderr.write(`Copying ${from} to ${toEventStoreDb ? redact(to) : resolve(to)}\n`);
  const report = await migrate({ source, target, signal: stop.signal, onProgress: show });
  bar?.stop();
  process.stderr.write(
    `Copied ${report.copied} events (${report.alreadyPresent} were already in the target). Verified ${report.streams} streams, ${report.events} events.\n`,
  );
  if (report.mismatches.length > 0) {
    for (const { stream, source: inSource, target: inTarget } of report.mismatches) {
      process.stderr.write(
        `MISMATCH ${stream}: source ${inSource.events} events sha256 ${inSource.sha256}, target ${inTarget.events} events sha256 ${inTarget.sha256}\n`,
      );
    }
    process.stderr.write(`${report.mismatches.length} stream(s) differ between source and target: do not switch over.\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write('The target is a verified copy of the source.\n');
  }
} catch (error) {
  if (stop.signal.aborted) {
    process.stderr.write('Interrupted. Run the same command again to continue.\n');
    process.exitCode = 130;
  } else {
    process.stderr.write(
      `Migration stopped: ${error instanceof Error ? error.message : String(error)}\nRun the same command again to continue once the cause is fixed.\n`,
    );
    process.exitCode = 1;
  }
} finally {
  await Promise.all([source.close(), target.close()]);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
