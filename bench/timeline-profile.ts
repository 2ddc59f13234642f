// First, before graphql loads: the benchmarks measure the server as it runs, in production mode.
import '../services/api/production-mode.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Profile, summary } from './cpu-profile.js';
import { type Load, load, withTimelineServers } from './timeline-http.js';

/**
 * Where a request of benchmark 4 spends its CPU: `node --cpu-prof --cpu-prof-dir=DIR dist/bench/timeline-profile.js`
 * loads only our server (10 connections, 10 s), then reads the server thread's profile and prints the functions
 * with the most CPU of their own, and the heaviest call paths, in microseconds per request. `PROFILE_SERVER=floor`
 * loads the floor instead (express, Apollo and graphql-js alone), to see what ours adds to it.
 */
const dir = process.execArgv.find((a) => a.startsWith('--cpu-prof-dir='))?.slice('--cpu-prof-dir='.length);
if (!dir) throw new Error('Run with: node --cpu-prof --cpu-prof-dir=/tmp/profile dist/bench/timeline-profile.js');
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 10);

const ours: Load = { requests: 0, bytes: 0, latenciesMs: [] };
const started = Date.now();
await withTimelineServers(async (servers) => {
  const url = process.env.PROFILE_SERVER === 'floor' ? servers.floorUrl : servers.oursUrl;
  await load(url, servers, 2, { requests: 0, bytes: 0, latenciesMs: [] });
  await load(url, servers, SECONDS, ours);
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
