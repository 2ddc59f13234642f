import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

/**
 * One figure beside the raw limit measured in the same run. The ratio always reads "1.0 = as good as the raw
 * limit": ours / raw for a throughput, raw / ours for a time or a size.
 */
export interface Figure {
  benchmark: string;
  metric: string;
  ours: number;
  raw: number;
  ratio: number;
  ratioIs: 'ours/raw' | 'raw/ours';
  /** The least ratio issue 15 asks for, where it asks for one. */
  goal?: number;
}

export const throughput = (benchmark: string, metric: string, ours: number, raw: number, goal?: number): Figure => ({
  benchmark,
  metric,
  ours,
  raw,
  ratio: ours / raw,
  ratioIs: 'ours/raw',
  ...(goal === undefined ? {} : { goal }),
});
export const cost = (benchmark: string, metric: string, ours: number, raw: number, goal?: number): Figure => ({
  benchmark,
  metric,
  ours,
  raw,
  ratio: raw / ours,
  ratioIs: 'raw/ours',
  ...(goal === undefined ? {} : { goal }),
});

export interface Timing {
  count: number;
  seconds: number;
  latenciesMs: number[];
}

export const perSecond = (t: Timing) => t.count / t.seconds;

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

type Op = (i: number) => unknown;

/** Runs `op` for i in [from, to), one at a time; awaits only what returns a promise, so a synchronous raw op pays no tick. */
export async function timeEach(op: Op, from: number, to: number): Promise<Timing> {
  const latenciesMs: number[] = [];
  const started = performance.now();
  for (let i = from; i < to; i++) {
    const t = performance.now();
    const result = op(i);
    if (result instanceof Promise) await result;
    latenciesMs.push(performance.now() - t);
  }
  return { count: to - from, seconds: (performance.now() - started) / 1000, latenciesMs };
}

/**
 * The contenders take turns in rounds, so a slower moment of the disk (fsync times drift) falls on all alike.
 * Each gets `warmup` untimed calls first (indices 0..warmup-1), then rounds x perRound timed ones.
 */
export async function alternate<K extends string>(
  contenders: Record<K, Op>,
  { warmup, rounds, perRound }: { warmup: number; rounds: number; perRound: number },
) {
  const names = Object.keys(contenders) as K[];
  const timings = Object.fromEntries(names.map((name) => [name, [] as Timing[]])) as Record<K, Timing[]>;
  for (const name of names) await timeEach(contenders[name], 0, warmup);
  for (let r = 0; r < rounds; r++) {
    const from = warmup + r * perRound;
    for (const name of names) timings[name].push(await timeEach(contenders[name], from, from + perRound));
  }
  const merge = (ts: Timing[]): Timing => ({
    count: ts.reduce((n, t) => n + t.count, 0),
    seconds: ts.reduce((s, t) => s + t.seconds, 0),
    latenciesMs: ts.flatMap((t) => t.latenciesMs),
  });
  return Object.fromEntries(names.map((name) => [name, merge(timings[name])])) as Record<K, Timing>;
}

/**
 * Runs `op` for i in [from, to) from `clients` loops at once, each taking the next index when its last call ended:
 * `clients` concurrent users of one process.
 */
export async function timeConcurrently(op: (i: number) => Promise<unknown>, from: number, to: number, clients: number): Promise<Timing> {
  const latenciesMs: number[] = [];
  let next = from;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < to) {
        const i = next++;
        const t = performance.now();
        await op(i);
        latenciesMs.push(performance.now() - t);
      }
    }),
  );
  return { count: to - from, seconds: (performance.now() - started) / 1000, latenciesMs };
}

export async function seconds(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/** A fresh folder under the OS temp dir (or `under`); `remove` deletes it with everything in it. */
export function tempFolder(label: string, under = tmpdir()) {
  const path = mkdtempSync(join(under, `dispute-ledger-bench-${label}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function machine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    date: new Date().toISOString(),
  };
}

const format = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n >= 10 ? n.toFixed(1) : n.toFixed(2));

/** The table printed to stdout and copied into docs/benchmarks.md (a Markdown table, readable as plain text too). */
export function table(figures: readonly Figure[]): string {
  const rows = [
    ['Benchmark', 'Metric', 'Ours', 'Raw limit', 'Ratio', 'Ratio is', 'Goal'],
    ...figures.map((f) => [f.benchmark, f.metric, format(f.ours), format(f.raw), f.ratio.toFixed(3), f.ratioIs, goalOf(f)]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    `| ${r.map((cell, c) => (c >= 2 && c <= 4 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c >= 2 && c <= 4 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

const goalOf = (f: Figure) => (f.goal === undefined ? '' : `≥ ${f.goal.toFixed(2)} ${f.ratio >= f.goal ? 'met' : 'NOT met'}`);

/** What each benchmark hands back to run.ts: its figures, and the numbers behind them. */
export interface BenchResult {
  figures: Figure[];
  details: Record<string, number | string | Record<string, number>>;
}
