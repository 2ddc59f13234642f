import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGE, complaintInput, EXPLAIN, RECEIVE } from '../support/documents.js';
import { ERASE } from '../support/equality-documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// What the read path remembers between requests (verified tokens, keys, opened personal data, prices of documents)
// must never show one role what another may read, nor anyone what an erasure took away.
const READ = `query($id: ID!) {
  dispute(id: $id) {
    complainant { name address } complainantPseudonym complainantSubjectId
    explanations { explanation reasons }
    timeline { kind summary }
  }
}`;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function caseOf(name: string, address: string): Promise<string> {
  const ok = async (doc: string, input: Record<string, unknown>) => {
    const res = await server.gql(doc, { input });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0] as { disputeId: string };
  };
  const { disputeId } = await ok(
    RECEIVE,
    complaintInput({ complainant: { name, address }, description: `${name} czeka od trzech miesięcy na zaświadczenie.` }),
  );
  await ok(ACKNOWLEDGE, { disputeId });
  await ok(EXPLAIN, {
    disputeId,
    channel: 'PHONE',
    explanation: `Rozmawiano z panią ${name} o brakach.`,
    reasons: 'Brakuje zaświadczenia o dochodach.',
  });
  return disputeId;
}

const read = async (id: string, role: 'CLERK' | 'OMBUDSMAN' | 'ADMIN') => {
  const res = await server.gql(READ, { id }, role);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.dispute;
};

describe('caches on the read path', () => {
  it('given a case read by a clerk, when its complainant is erased, then the next read shows them erased', async () => {
    const id = await caseOf('Żaneta Łęcka', 'ul. Źródlana 3, Łódź');
    const before = await read(id, 'CLERK');
    await read(id, 'CLERK');
    expect(before.complainant).toEqual({ name: 'Żaneta Łęcka', address: 'ul. Źródlana 3, Łódź' });
    expect(before.explanations[0].explanation).toContain('Żaneta Łęcka');

    const erased = await server.gql(
      ERASE,
      { input: { subjectId: before.complainantSubjectId, reason: 'art. 17 ust. 1 lit. a RODO' } },
      'ADMIN',
    );
    expect(erased.errors).toBeUndefined();

    const after = await read(id, 'CLERK');
    expect(after.complainant).toBeNull();
    expect(after.explanations[0].explanation).toBe('[treść niedostępna: dane osoby usunięte]');
    expect(JSON.stringify(after)).not.toContain('Łęcka');
  });

  it('given a case read by a clerk, when the ombudsman reads it next, then it is pseudonymised', async () => {
    const id = await caseOf('Grzegorz Brzęczyszczykiewicz', 'ul. Chrząszczy 8, Szczebrzeszyn');
    expect((await read(id, 'CLERK')).complainant.name).toBe('Grzegorz Brzęczyszczykiewicz');
    const ombudsman = await read(id, 'OMBUDSMAN');
    expect(ombudsman.complainant).toBeNull();
    expect(ombudsman.complainantPseudonym).toMatch(/\S/);
    expect(JSON.stringify(ombudsman)).not.toContain('Brzęczyszczykiewicz');
    // And the clerk, after the ombudsman, reads the names again.
    expect((await read(id, 'CLERK')).complainant.name).toBe('Grzegorz Brzęczyszczykiewicz');
  });

  it('given a case read and kept parsed, when a step is recorded, then the next read has it', async () => {
    const id = await caseOf('Łukasz Świętochowski', 'ul. Żurawia 1, Gdańsk');
    expect((await read(id, 'CLERK')).explanations).toHaveLength(1);
    const res = await server.gql(EXPLAIN, {
      input: {
        disputeId: id,
        channel: 'EMAIL',
        explanation: 'Drugie wyjaśnienie: zaświadczenie dotarło.',
        reasons: 'Sprawa wróciła do biegu.',
      },
    });
    expect(res.errors).toBeUndefined();
    const after = await read(id, 'CLERK');
    expect(after.explanations.map((e: { explanation: string }) => e.explanation)).toContain('Drugie wyjaśnienie: zaświadczenie dotarło.');
    expect(after.timeline.at(-1).kind).toBe('ExplanationGiven');
    expect(after.timeline).toHaveLength((await read(id, 'CLERK')).timeline.length);
  });

  it('given a document let through with a small page, when the same document asks for a page too costly, then it is refused', async () => {
    const page = `query($first: Int!) { disputes(first: $first) { edges { node { timeline { summary } } } } }`;
    expect((await server.gql(page, { first: 1 }, 'SUPERVISOR')).errors).toBeUndefined();
    const costly = await server.gql(page, { first: 200 }, 'SUPERVISOR');
    expect(costly.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(costly.errors?.[0]?.message).toMatch(/too complex/);
  });
});
