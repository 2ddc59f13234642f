import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Load, load, withTimelineServers } from './timeline-http.js';

/**
 * Where a request of benchmark 4 spends its CPU: `node --cpu-prof --cpu-prof-dir=DIR dist/bench/timeline-profile.js`
 * loads only our server (10 connections, 10 s), then reads the server thread's profile and prints the functions
 * with the most CPU of their own, and the heaviest call paths, in microseconds per request.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const dir = process.execArgv.find((a) => a.startsWith('--cpu-prof-dir='))?.slice('--cpu-prof-dir='.length);
if (!dir) throw new Error('Run with: node --cpu-prof --cpu-prof-dir=/tmp/profile dist/bench/timeline-profile.js');
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 10);

const ours: Load = { requests: 0, bytes: 0, latenciesMs: [] };
const started = Date.now();
await withTimelineServers(async (servers) => {
  await load(servers.oursUrl, servers, 2, { requests: 0, bytes: 0, latenciesMs: [] });
  await load(servers.oursUrl, servers, SECONDS, ours);
});
// The worker's profile is written when it exits: of this run's threads other than the main one (…0.001…), the
// largest is the server's (the access log's writer thread has a profile of its own, a small one).
const file = readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile') && statSync(join(dir, f)).mtimeMs >= started && !/\.0\.\d+\.cpuprofile$/.test(f))
  .sort((a, b) => statSync(join(dir, a)).size - statSync(join(dir, b)).size)
  .at(-1);
if (!file) throw new Error(`No server profile found in ${dir}.`);
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
const requests = ours.requests + 0;
console.log(`${requests} requests in ${SECONDS} s (plus 2 s of warm-up, in the profile too); ${file}`);
console.log(summary(profile, requests + Math.round((requests / SECONDS) * 2)));

/** The top functions by self time and by inclusive time, as µs per request. */
function summary(p: Profile, perRequests: number, top = 25): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfById = new Map<number, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    selfById.set(id, (selfById.get(id) ?? 0) + dt);
    total += dt;
  });
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, '')}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, t] of selfById) {
    const own = name(byId.get(id)!);
    self.set(own, (self.get(own) ?? 0) + t);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = name(byId.get(at)!);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + t);
    }
  }
  const busy = total - (self.get('(idle) :0') ?? 0);
  const row = ([k, t]: [string, number]) =>
    `${(t / perRequests).toFixed(0).padStart(6)} µs ${((100 * t) / busy).toFixed(1).padStart(5)}%  ${k}`;
  const sorted = (m: Map<string, number>) =>
    [...m]
      .filter(([k]) => k !== '(idle) :0' && k !== '(root) :0')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top);
  return [
    `CPU busy ${(busy / 1e6).toFixed(2)} s of ${(total / 1e6).toFixed(2)} s: ${(busy / perRequests).toFixed(0)} µs per request`,
    '--- self time per request',
    ...sorted(self).map(row),
    '--- inclusive time per request',
    ...sorted(inclusive).map(row),
  ].join('\n');
}
