import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../schema/envelope.js';
import { loadOfficeClosures } from '../../services/api/office-closures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { examplesOf, operationsOf, type Example } from './markdown-examples.js';

/**
 * Every example of README.md and docs/ runs as a reader would run it, in the order the page gives, against the
 * real server on a real SQLite folder: shell blocks in bash (with the server's address in place of 127.0.0.1:4000
 * and its data folder in place of ./data), GraphQL blocks over HTTP as the role their comments name, with each `"…"` filled in by the id
 * an earlier answer gave. Only what cannot run on this machine is skipped, and the skip says why.
 */
const root = resolve(import.meta.dirname, '../..');
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

const notHere: [RegExp, string][] = [
  [/\bdocker\b/, 'needs a Docker engine (the compose files are checked in test/docker/compose.spec.ts)'],
  [/npm ci|npm start/, 'the set-up commands themselves: CI runs them on a clean clone'],
  [/npm run bench|dist\/bench\//, 'a benchmark, run by hand (docs/benchmarks.md)'],
  [/npm run (migrate|rebuild-projections)|migrate-cli|\/srv\/|EDITOR|systemctl/, 'needs a stopped server, EventStoreDB or an installed host'],
];
const skipReason = (example: Example) => notHere.find(([pattern]) => pattern.test(example.text))?.[1];

interface State {
  disputeId?: string;
  mediationId?: string;
  subjectId?: string;
  shell: Record<string, string>;
}

let server: TestServer;
const readerPassword = 'Źdźbło trawy 2026!';
let workDir: string;
const state: State = { shell: {} };
const skipped: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  workDir = mkdtempSync(join(tmpdir(), 'dispute-ledger-docs-'));
});
afterAll(async () => {
  await server?.close();
  // What the README's commands write in the folder they are run from.
  for (const file of ['answer.json', 'rejestr.csv', 'raport.csv', 'raport.html', 'dostep-do-danych.json', 'backups']) rmSync(join(root, file), { force: true, recursive: true });
  if (skipped.length) console.log(`Examples not run here:\n${skipped.join('\n')}`);
});

/** Async, never spawnSync: the server answering the example's curl runs in this very process. */
function bash(script: string): Promise<{ status: number | null; stdout: string; stderr: string; vars: string }> {
  return new Promise((done) => {
    // The passwords a reader would type or keep in their shell; the first command that asks reads it from stdin.
    const env = { ...process.env, DATA_DIR: server.dataDir, PASSWORD: readerPassword, NEW_PASSWORD: `${readerPassword} nowe` };
    const child = spawn('bash', ['-c', script], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
    child.stdin!.end(`${readerPassword}\n`);
    const out = { stdout: '', stderr: '', vars: '' };
    child.stdout!.on('data', (d) => (out.stdout += d));
    child.stderr!.on('data', (d) => (out.stderr += d));
    child.stdio[3]!.on('data', (d) => (out.vars += d));
    // Each `npm run` first brings the build up to date (incremental), which is slow on a busy machine.
    const timer = setTimeout(() => child.kill(), 400_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, ...out });
    });
  });
}

async function runShell(example: Example): Promise<void> {
  const exported = Object.entries(state.shell).map(([k, v]) => `${k}='${v.replace(/'/g, `'\\''`)}'`).join('\n');
  const script = `set -euo pipefail\n${exported}\n${example.text.replaceAll('http://127.0.0.1:4000', server.url).replace(/(?<![\w/.-])data\//g, `${server.dataDir}/`)}\nfor v in TOKEN ID; do [ -n "\${!v:-}" ] && printf '%s=%s\\n' "$v" "\${!v}" >&3; done; true`;
  const result = await bash(script);
  expect(result.status, `${example.file}:${example.line} failed:\n${result.stderr.slice(-2000)}\n${result.stdout.slice(-2000)}`).toBe(0);
  for (const line of result.vars.split('\n').filter(Boolean)) {
    const [name, ...value] = line.split('=');
    state.shell[name!] = value.join('=');
  }
  if (state.shell.ID) state.disputeId ??= state.shell.ID;
  // Every answer a curl printed is JSON; none may carry errors.
  for (const line of result.stdout.split('\n').filter((l) => l.startsWith('{'))) {
    expect(JSON.parse(line).errors, `${example.file}:${example.line}: ${line}`).toBeUndefined();
  }
}

const EXPLAIN_STEP = `mutation($i: RecordExplanationInput!) { recordExplanation(input: $i) { revision } }`;

const idFor: Record<string, keyof Omit<State, 'shell'>> = { disputeId: 'disputeId', id: 'disputeId', mediationId: 'mediationId', subjectId: 'subjectId' };

// The README's GraphQL examples sign in as the clerk its `npm run user` example created, with that password.
const readmeClerkPassword = 'hasło Anny, długie';
const passwords: Record<string, string> = { password: readmeClerkPassword, currentPassword: readmeClerkPassword, newPassword: `${readmeClerkPassword} i nowe` };

function fillIn(document: string, where: string): string {
  return document.replace(/(\w+): "…"/g, (_, field: string) => {
    if (field in passwords) return `${field}: "${passwords[field]}"`;
    const key = idFor[field];
    const value = key ? state[key] : undefined;
    expect(value, `${where}: no earlier answer gave a ${field} for "…"`).toBeDefined();
    return `${field}: "${value}"`;
  });
}

/** `# as a supervisor (npm run token -- --role SUPERVISOR --user u2 --name "Ewa Wójcik")` sets who runs what follows. */
function actorIn(comments: string[]): { role: Role; userId?: string; name?: string } | null {
  for (const comment of comments.slice().reverse()) {
    const token = /--role (\w+) --user (\S+)(?: --name "([^"]+)")?/.exec(comment);
    if (token && roles.includes(token[1] as Role)) return { role: token[1] as Role, userId: token[2], name: token[3] };
    const named = new RegExp(`\\b(${roles.join('|')})\\b`).exec(comment);
    if (named) return { role: named[1] as Role };
  }
  return null;
}

async function runGraphql(example: Example): Promise<void> {
  let blockActor: { role: Role; userId?: string; name?: string } = { role: 'CLERK', userId: 'u1', name: 'Anna Nowak' };
  for (const operation of operationsOf(example.text)) {
    const where = `${example.file}:${example.line} ${operation.document.slice(0, 60)}`;
    const leading = operation.comments.filter((c) => /--role/.test(c));
    if (leading.length) blockActor = actorIn(leading)!;
    const actor = actorIn(operation.comments) ?? blockActor;
    const token = await server.token(actor.role, actor.userId ?? `u-${actor.role.toLowerCase()}`, actor.name ?? 'Anna Żółkiewska');
    const result = await server.gql(fillIn(operation.document, where), {}, { token });
    expect(result.errors, `${where} as ${actor.role}: ${JSON.stringify(result.errors)}`).toBeUndefined();
    for (const answer of Object.values(result.data ?? {}) as Record<string, unknown>[]) {
      if (answer && typeof answer === 'object' && typeof answer.mediationId === 'string') state.mediationId = answer.mediationId;
      if (answer && typeof answer === 'object' && typeof answer.disputeId === 'string') state.disputeId = answer.disputeId;
    }
    if (state.disputeId && !state.subjectId) {
      const dispute = await server.gql<{ dispute: { complainantSubjectId: string | null } }>(`query($id: ID!) { dispute(id: $id) { complainantSubjectId } }`, { id: state.disputeId });
      state.subjectId = dispute.data?.dispute.complainantSubjectId ?? undefined;
    }
  }
}

/** A TypeScript example runs with node, given the `token` and `id` its prose speaks of; it must print what it promises. */
async function runTypeScript(example: Example): Promise<void> {
  const dir = join(root, 'node_modules', '.cache', 'doc-examples');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `example-${example.line}.mjs`);
  const prelude = `const token = process.env.TOKEN; const id = process.env.ID;\n`;
  const code = ts.transpileModule(example.text.replaceAll('ws://127.0.0.1:4000', server.url.replace('http', 'ws')), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  writeFileSync(file, prelude + code);
  const token = await server.token('CLERK', 'u1', 'Anna Nowak');
  // A dispute of its own: the README's has had its complainant erased by then, and takes no more steps.
  const received = await server.gql<{ receiveComplaint: { disputeId: string } }>(
    `mutation($i: ReceiveComplaintInput!) { receiveComplaint(input: $i) { disputeId } }`,
    { i: { channel: 'EMAIL', category: 'obsługa klienta', description: 'Proszę o informację, kiedy sprawa zostanie załatwiona.', complainant: { name: 'Grażyna Łęcka', email: 'g.lecka@example.pl' } } },
    { token },
  );
  const disputeId = received.data!.receiveComplaint.disputeId;
  const child = spawn(process.execPath, [file], { env: { ...process.env, TOKEN: token, ID: disputeId }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  try {
    // The client subscribes when node has started and connected, which a busy machine delays: record a step on the
    // dispute every few seconds until the client prints one.
    const deadline = Date.now() + 60_000;
    let steps = 0;
    while (!out.includes('timelineAdded') && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 3000));
      const step = await server.gql(EXPLAIN_STEP, { i: { disputeId, channel: 'PHONE', explanation: `Krok ${++steps} dla subskrypcji.`, reasons: 'Przykład z dokumentacji.' } });
      expect(step.errors).toBeUndefined();
    }
    expect(out, `${example.file}:${example.line} printed nothing of the new steps (exit ${child.exitCode}); stderr: ${err}`).toMatch(/timelineAdded[\s\S]*ExplanationGiven/);
  } finally {
    child.kill();
  }
}

function runJson(example: Example): void {
  // The only JSON example is an office closures file: the server must accept it as written.
  const file = join(workDir, `example-${example.line}.json`);
  writeFileSync(file, example.text);
  expect(() => loadOfficeClosures(file), `${example.file}:${example.line}`).not.toThrow();
}

describe.each(pages)('the examples of %s, run as written', (page) => {
  it('all run, in order, without an error', async () => {
    for (const example of examplesOf(join(root, page))) {
      const reason = skipReason(example);
      if (!['sh', 'graphql', 'ts', 'json'].includes(example.language)) continue;
      if (reason) {
        skipped.push(`  ${page}:${example.line} (${reason})`);
        continue;
      }
      if (example.language === 'sh') await runShell(example);
      else if (example.language === 'graphql') await runGraphql(example);
      else if (example.language === 'ts') await runTypeScript(example);
      else runJson(example);
    }
  }, 900_000);
});

it('the README worked example leaves a complaint that the supervision examples then show', async () => {
  // Run after the pages above: a fresh install with only the README's complaint must show it in the register.
  const year = new Date().getUTCFullYear();
  const register = await server.gql<{ register: unknown[] }>(`{ register(from: "${year}-01-01T00:00:00+01:00", to: "${year + 1}-01-01T00:00:00+01:00") { number } }`, {}, 'SUPERVISOR');
  expect(register.data?.register.length).toBeGreaterThan(0);
});
