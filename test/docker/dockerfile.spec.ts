import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dockerfile = readFileSync(new URL('../../docker/Dockerfile', import.meta.url), 'utf8');
const stages = dockerfile.split(/^FROM /m).slice(1);
const runtime = stages.at(-1) ?? '';

describe('docker/Dockerfile', () => {
  it('builds in one stage (npm ci, then the TypeScript build) and runs in another', () => {
    expect(stages).toHaveLength(2);
    expect(stages[0]).toMatch(/RUN npm ci/);
    expect(stages[0]).toMatch(/npm run build/);
    expect(runtime).toMatch(/COPY --from=build \/app\/dist dist/);
  });

  it('pins its base image to a Node 20 version', () => {
    expect(dockerfile.match(/^FROM (\S+)/gm)).toEqual(['FROM node:20-bookworm-slim', 'FROM node:20-bookworm-slim']);
  });

  it('runs as a non-root user with the data folder as a volume', () => {
    expect(runtime).toMatch(/^USER ledger$/m);
    expect(runtime).toMatch(/DATA_DIR=\/data/);
    expect(runtime).toMatch(/^VOLUME \["\/data"\]$/m);
  });

  it('gives the app user the folders its volumes are mounted on, /shared too, so a new volume is writable', () => {
    expect(runtime).toMatch(/mkdir -p \/data \/shared/);
    expect(runtime).toMatch(/chown ledger:ledger \/data \/shared/);
  });

  it('keeps the erasure register outside /data, on a volume of its own the app may write (docs/operations.md)', () => {
    expect(runtime).toMatch(/ERASURE_REGISTER=\/erasures\/register\.sqlite/);
    expect(runtime).toMatch(/mkdir -p [^\n]*\/erasures/);
    expect(runtime).toMatch(/chown ledger:ledger [^\n]*\/erasures/);
    expect(runtime).toMatch(/^VOLUME \["\/erasures"\]$/m);
  });

  it('checks /healthz on port 4000 and starts the API', () => {
    expect(runtime).toMatch(/^HEALTHCHECK .*\n.*\/healthz/m);
    expect(runtime).toMatch(/PORT=4000/);
    expect(runtime).toMatch(/^CMD \["node", "dist\/server\/main.js"\]$/m);
  });
});
