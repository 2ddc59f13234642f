import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../schema/envelope.js';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Issue 11, finding 8: what a person types into an export's URL or a case is the server's to refuse or neutralise, never a 500 or a formula. */
describe('exports: a bad offset is a 400 with a sentence; a formula in any Unicode spelling stays text', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const download = async (path: string, role: Role) => {
    const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${await server.token(role)}` } });
    return { status: res.status, text: await res.text() };
  };

  it.each([
    ['the register CSV', '/exports/register.csv?to=2026-01-01', 'SUPERVISOR'],
    ['the equal-treatment CSV', '/exports/equal-treatment.csv?to=2025-04-01&dimension=sex', 'OMBUDSMAN'],
    ['the printable equal-treatment report', '/exports/equal-treatment.html?to=2025-04-01&dimension=sex', 'OMBUDSMAN'],
  ] as const)(
    'given %s asked from a time 25 hours ahead of UTC, when it is downloaded, then it is 400 naming `from` and how to write it',
    async (_, path, role) => {
      const res = await download(`${path}&from=${encodeURIComponent('2025-01-01T00:00:00+25:00')}`, role);
      expect(res.status).toBe(400);
      const error = JSON.parse(res.text).errors[0];
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields).toEqual([expect.objectContaining({ path: 'from' })]);
      expect(error.message).toMatch(/from .*offset.*e\.g\. 2025-01-01T00:00:00%2B01:00/);
    },
  );

  it('an offset whose + was not encoded (a URL reads it as a space) is read as the + it was', async () => {
    const res = await download('/exports/register.csv?from=2025-01-01T00:00:00+01:00&to=2026-01-01T00:00:00+01:00', 'SUPERVISOR');
    expect(res.status).toBe(200);
  });

  it('given complaints whose category and complainant start with a fullwidth, small or superscript =, +, - or @, when the register is exported, then each such cell starts with an apostrophe', async () => {
    const spellings = ['＝1+1', '＋48 85 123 45 67', '－2+3', '＠SUMA(A1)', '﹦HIPERŁĄCZE("http://example.invalid")', '⁼1', '₊1'];
    for (const [i, text] of spellings.entries()) {
      const res = await server.gql(RECEIVE, {
        input: complaintInput({ category: text, complainant: { name: `${text} Żaneta`, address: `ul. Łąkowa ${i + 1}, Łódź` } }),
      });
      expect(res.errors).toBeUndefined();
    }
    const res = await download('/exports/register.csv?from=2020-01-01&to=2030-01-01', 'SUPERVISOR');
    expect(res.status).toBe(200);
    const rows = (parse(res.text, { bom: true }) as string[][]).slice(1);
    expect(rows.map((row) => row[3]).sort()).toEqual(spellings.map((text) => `'${text}`).sort());
    expect(rows.map((row) => row[2]).sort()).toEqual(spellings.map((text) => `'${text} Żaneta`).sort());
  });
});
