import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../support/test-server.js';

// What `npm start` runs: the bundle (scripts/bundle-server.mjs).
const main = fileURLToPath(new URL('../../dist/server/main.js', import.meta.url));
const hook = fileURLToPath(new URL('../support/node-env-at-graphql-load.cjs', import.meta.url));

/** Starts the built server with `nodeEnv` (undefined: none) and answers what NODE_ENV was when graphql-js loaded. */
async function nodeEnvWhenGraphqlLoads(nodeEnv: string | undefined): Promise<string | null> {
  const folder = tempDataDir();
  const { NODE_ENV: _theTestRunners, ...env } = process.env;
  const child = spawn(process.execPath, ['-r', hook, main], {
    env: { ...env, ...(nodeEnv === undefined ? {} : { NODE_ENV: nodeEnv }), PORT: '0', DATA_DIR: join(folder, 'data') },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    return await new Promise<string | null>((resolve, reject) => {
      let said = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        said += chunk.toString();
        const match = /graphql loads with NODE_ENV=(.*)\n/.exec(said);
        if (match) resolve(JSON.parse(match[1]!) as string | null);
      });
      child.once('exit', (code) => reject(new Error(`the server exited (${code}) before graphql loaded: ${said}`)));
      setTimeout(() => reject(new Error(`graphql did not load within 60 s: ${said}`)), 60_000).unref();
    });
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('the server runs in production mode unless told otherwise (issue 15)', () => {
  it('given no NODE_ENV, when the built server starts, then graphql-js loads with NODE_ENV=production (its fast instanceOf)', async () => {
    expect(await nodeEnvWhenGraphqlLoads(undefined)).toBe('production');
  });

  it('given an empty NODE_ENV, when the built server starts, then graphql-js loads with NODE_ENV=production', async () => {
    expect(await nodeEnvWhenGraphqlLoads('')).toBe('production');
  });

  it('given NODE_ENV=development, when the built server starts, then it is kept', async () => {
    expect(await nodeEnvWhenGraphqlLoads('development')).toBe('development');
  });
});
