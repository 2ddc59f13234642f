import { Session } from 'node:inspector/promises';
import { clerk, explanationInput, receiptInput } from './complaint-script.js';
import { type Profile, summary } from './cpu-profile.js';
import { complaintCommandsIn } from './durable-command.js';
import { tempFolder, timeConcurrently } from './measure.js';

/**
 * Where benchmark 7 (group commit) spends its CPU: `node dist/bench/command-profile.js` receives PROFILE_COMMANDS
 * complaints (4,000 by default), then records an explanation on each from 16 clients at once under the V8 profiler
 * and prints the functions with the most CPU of their own, and the heaviest call paths, in microseconds per command.
 */
const count = Number(process.env.PROFILE_COMMANDS ?? 4000);
const CLIENTS = 16;
const folder = tempFolder('command-profile');
try {
  const { store, keys, commands } = complaintCommandsIn(folder.path);
  const ids: string[] = [];
  for (let n = 0; n < count; n++) ids.push((await commands.execute('receiveComplaint', receiptInput(n), clerk)).disputeId);
  const explain = (i: number) => commands.execute('recordExplanation', explanationInput(ids[i]!, i), clerk);
  await timeConcurrently(explain, 0, count / 4, CLIENTS);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const timing = await timeConcurrently(explain, count / 4, count, CLIENTS);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  console.log(
    `${timing.count} commands from ${CLIENTS} clients in ${timing.seconds.toFixed(2)} s (${Math.round(timing.count / timing.seconds)} commands/s)`,
  );
  console.log(summary(profile as Profile, timing.count, 40, 'command'));
  keys.close();
  await store.close();
} finally {
  folder.remove();
}
