#!/usr/bin/env node
// The server as one bundle (dist/server/), built from tsc's output by scripts/build.mjs: `npm start` runs it. Node
// resolves, reads and compiles every module of an unbundled program one file at a time, over a thousand of them,
// which took most of a start-up on a 100,000-dispute folder (docs/operations.md, "Start-up"). External, loaded by
// Node as before: native code (better-sqlite3); pino and its transports (loaded by path in a worker thread); the
// EventStoreDB client (gRPC, loaded only when configured); ws's optional native helpers; type-graphql's optional
// validator (not used); and graphql, whose CommonJS build Node loads and graphql-query-complexity also requires
// (services/api/graphql/complexity-plugin.ts): a bundled copy would be a second graphql realm beside it.
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'server');
await rm(out, { recursive: true, force: true });
await build({
  // The heavy-work pool starts its threads from `./worker.js` beside the module that spawns them: an entry of its own.
  input: { main: join(root, 'dist', 'services', 'api', 'main.js'), worker: join(root, 'dist', 'services', 'api', 'heavy', 'worker.js') },
  platform: 'node',
  external: [
    /^node:/,
    'better-sqlite3',
    /^pino(-pretty)?$/,
    /^@eventstore\//,
    'bufferutil',
    'utf-8-validate',
    'class-validator',
    /^graphql(\/|$)/,
  ],
  logLevel: 'warn',
  // type-graphql names GraphQL types after their classes: a renamed class would rename a type of the API.
  output: { dir: out, format: 'esm', keepNames: true, sourcemap: true },
});
