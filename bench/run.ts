// First, before graphql loads: the benchmarks measure the server as it runs, in production mode.
import '../services/api/production-mode.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { abusiveLoad } from './abusive-load.js';
import { bytesPerEvent } from './bytes-per-event.js';
import { commandPath } from './command-path.js';
import { durableCommand } from './durable-command.js';
import { createEventCorpus } from './event-corpus.js';
import { type BenchResult, machine, seconds, table } from './measure.js';
import { projectionRebuild } from './projection-rebuild.js';
import { timelineHttp } from './timeline-http.js';

// `npm run bench -- --scale 1000,10000,100000`: the cost curves of the supervisor and ombudsman queries instead.
if (process.argv.includes('--scale')) await import('./scale.js').then(() => process.exit(0));
// `npm run bench`: every figure beside the raw limit measured in this same run, on this machine, and beside the goal
// issue 15 sets for it. `npm run bench -- --only http,rebuild` runs some: durable (1, 7), path (2), http (4),
// abuse (6), rebuild (3, 5, 8).
const groups = ['durable', 'path', 'http', 'abuse', 'rebuild'] as const;
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt === -1 ? [...groups] : (process.argv[onlyAt + 1] ?? '').split(',');
const unknown = only.filter((g) => !(groups as readonly string[]).includes(g));
if (unknown.length > 0) throw new Error(`--only takes ${groups.join(', ')} (comma-separated), not ${unknown.join(', ')}.`);
const runs = (group: (typeof groups)[number]) => only.includes(group);

const results: Record<string, BenchResult> = {};
const step = async (name: string, bench: () => Promise<BenchResult> | BenchResult) => {
  process.stdout.write(`${name}… `);
  const took = await seconds(async () => (results[name] = await bench()));
  console.log(`${took.toFixed(1)} s`);
};

const started = performance.now();
if (runs('durable')) await step('1. durable command, 7. group commit', durableCommand);
if (runs('path')) await step('2. command on 50 events', commandPath);
if (runs('http')) await step('4. timeline over HTTP', timelineHttp);
if (runs('abuse')) await step('6. abusive load', abusiveLoad);
if (runs('rebuild')) {
  process.stdout.write('corpus of 100k events… ');
  let corpus: Awaited<ReturnType<typeof createEventCorpus>> | undefined;
  console.log(`${(await seconds(async () => (corpus = await createEventCorpus()))).toFixed(1)} s`);
  try {
    await step('3. projection rebuild, 8. read models on disk', () => projectionRebuild(corpus!));
    await step('5. bytes per event', () => bytesPerEvent(corpus!));
  } finally {
    corpus!.remove();
  }
}

const about = machine();
const figures = Object.values(results)
  .flatMap((r) => r.figures)
  .sort((a, b) => a.benchmark.localeCompare(b.benchmark));
console.log(`\n${about.cpu}, ${about.cores} cores, ${about.memoryGiB} GiB, ${about.os}, Node ${about.node}, ${about.date}`);
console.log('Ratio: 1.000 = as fast (or as small) as the raw limit; ours/raw for throughputs, raw/ours for times and sizes.\n');
console.log(table(figures));

const folder = new URL('../../bench/results/', import.meta.url);
mkdirSync(folder, { recursive: true });
const details = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, r.details]));
writeFileSync(
  new URL('latest.json', folder),
  `${JSON.stringify({ machine: about, command: `npm run bench${onlyAt === -1 ? '' : ` -- --only ${only.join(',')}`}`, totalSeconds: (performance.now() - started) / 1000, figures, details }, null, 2)}\n`,
);
console.log(`\nDetails in bench/results/latest.json (${((performance.now() - started) / 1000).toFixed(0)} s in all).`);
