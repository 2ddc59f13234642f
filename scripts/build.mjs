#!/usr/bin/env node
// `npm run build` (and build:server, build:web): builds what changed since the last successful build, and nothing
// when nothing did. tsc's own incremental check still reads the whole program (about 10 s), and vite always bundles
// anew (about 30 s): `npm run token` and a second `npm start` paid both every time. Here a fingerprint of the inputs
// (every file's path, size and modification time) is compared with the one stored beside the output after the last
// successful build; equal, the step is skipped. A clean clone has no dist/, so `npm test` and CI always build.
//
//   node scripts/build.mjs server|web|all [--force]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Each step: what it reads, what proves it has run, where its fingerprint is kept, and the commands that build it. */
const steps = {
  server: {
    inputs: [
      'services',
      'projections',
      'schema',
      'bench',
      'tsconfig.json',
      'tsconfig.build.json',
      'package-lock.json',
      'scripts/bundle-server.mjs',
    ],
    output: 'dist/server/main.js',
    stamp: 'dist/.build-server',
    // tsc's output serves the command-line tools and the benchmarks; the bundle made from it is what `npm start` runs.
    commands: [
      [bin('tsc'), '-p', 'tsconfig.build.json'],
      [process.execPath, join(root, 'scripts', 'bundle-server.mjs')],
    ],
  },
  web: {
    // web/src/gql is what codegen writes from the rest: an output, not an input.
    inputs: ['web', 'schema/schema.graphql', 'package-lock.json'],
    skip: ['web/src/gql'],
    output: 'dist/web/index.html',
    stamp: 'dist/.build-web',
    commands: [
      [bin('graphql-codegen'), '--config', 'web/codegen.yml', '--silent'],
      [bin('vite'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    ],
  },
};

function* files(path, skip) {
  if (skip.includes(path) || path.endsWith('node_modules')) return;
  const full = join(root, path);
  if (!existsSync(full)) return;
  const stat = statSync(full);
  if (!stat.isDirectory()) {
    yield `${path}\t${stat.size}\t${stat.mtimeMs}`;
    return;
  }
  for (const entry of readdirSync(full).sort()) yield* files(join(path, entry), skip);
}

const fingerprint = (step) => {
  const hash = createHash('sha256');
  for (const line of step.inputs.flatMap((input) => [...files(input, step.skip ?? [])])) hash.update(`${line}\n`);
  return hash.digest('hex');
};

function build(name, force) {
  const step = steps[name];
  const stamp = join(root, step.stamp);
  // Taken before building: a file edited during the build makes the next run build again.
  const now = fingerprint(step);
  if (!force && existsSync(join(root, step.output)) && existsSync(stamp) && readFileSync(stamp, 'utf8') === now) return;
  for (const [command, ...args] of step.commands) {
    const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  writeFileSync(stamp, now);
}

const [target = 'all', ...flags] = process.argv.slice(2);
if (!['server', 'web', 'all'].includes(target)) {
  process.stderr.write('Usage: node scripts/build.mjs server|web|all [--force]\n');
  process.exit(2);
}
for (const name of target === 'all' ? ['server', 'web'] : [target]) build(name, flags.includes('--force'));
