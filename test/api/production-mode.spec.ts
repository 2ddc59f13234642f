import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const productionMode = fileURLToPath(new URL('../../dist/services/api/production-mode.js', import.meta.url));

/** What a fresh Node process reports once the server's first import has run and graphql has loaded after it. */
function modeAfterStart(env: Record<string, string>): { nodeEnv: string; graphqlChecksNames: boolean } {
  const script = `
    await import(${JSON.stringify(productionMode)});
    const { instanceOf } = await import('graphql/jsutils/instanceOf.js');
    // Outside production, graphql's instanceOf reads the constructor's Symbol.toStringTag on every failed check.
    console.log(JSON.stringify({ nodeEnv: process.env.NODE_ENV, graphqlChecksNames: String(instanceOf).includes('toStringTag') }));`;
  const { NODE_ENV: _testRunners, ...inherited } = process.env;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: { ...inherited, ...env },
    encoding: 'utf8',
  });
  return JSON.parse(out) as { nodeEnv: string; graphqlChecksNames: boolean };
}

describe('the server runs in production mode unless told otherwise (issue 15)', () => {
  it('given no NODE_ENV, when the server starts, then NODE_ENV is production and graphql-js takes its fast instanceOf', () => {
    expect(modeAfterStart({})).toEqual({ nodeEnv: 'production', graphqlChecksNames: false });
  });

  it('given NODE_ENV=development, when the server starts, then it is kept (graphql-js names a second copy of itself)', () => {
    expect(modeAfterStart({ NODE_ENV: 'development' })).toEqual({ nodeEnv: 'development', graphqlChecksNames: true });
  });
});
