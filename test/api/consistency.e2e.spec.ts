import { describe, expect, it } from 'vitest';
import { ACKNOWLEDGE, ASSIGN, complaintInput, DISPUTE, EXPLAIN, RECEIVE } from '../support/documents.js';
import { startTestServer, tempDataDir } from '../support/test-server.js';

describe('consistency over HTTP', () => {
  it('a retry with the same commandId changes nothing and returns the first result', async () => {
    const server = await startTestServer();
    try {
      const input = complaintInput({ commandId: 'skarga-2025-0042' });
      const first = await server.gql(RECEIVE, { input });
      const again = await server.gql(RECEIVE, { input });
      expect(again.data).toEqual(first.data);
      const id = first.data!.receiveComplaint.disputeId;
      const explain = {
        disputeId: id,
        commandId: 'wyjasnienie-1',
        channel: 'PHONE',
        explanation: 'Omówiono termin.',
        reasons: 'Art. 35 KPA.',
      };
      const e1 = await server.gql(EXPLAIN, { input: explain });
      const e2 = await server.gql(EXPLAIN, { input: explain });
      expect(e2.data).toEqual(e1.data);
      const { data } = await server.gql(DISPUTE, { id }, 'SUPERVISOR');
      expect(data!.dispute.explanations).toHaveLength(1);
      expect(data!.dispute.revision).toBe(2);
      expect((await server.gql(`{ disputes(first: 50) { totalCount } }`, {}, 'SUPERVISOR')).data!.disputes.totalCount).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('two concurrent commands with the same expected revision: one wins, the other gets CONFLICT', async () => {
    const server = await startTestServer();
    try {
      const { data } = await server.gql(RECEIVE, { input: complaintInput() });
      const { disputeId, revision } = data!.receiveComplaint;
      const results = await Promise.all([
        server.gql(
          ASSIGN,
          { input: { disputeId, expectedRevision: revision, assigneeId: 'u-zofia', assigneeName: 'Zofia Łęcka' } },
          'SUPERVISOR',
        ),
        server.gql(
          ASSIGN,
          { input: { disputeId, expectedRevision: revision, assigneeId: 'u-marek', assigneeName: 'Marek Źrebiec' } },
          'SUPERVISOR',
        ),
      ]);
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const conflict = results.find((r) => r.errors)!;
      expect(conflict.errors![0]!.message).toMatch(/Reload it and try again/);
      const after = await server.gql(DISPUTE, { id: disputeId }, 'SUPERVISOR');
      expect(after.data!.dispute.revision).toBe(revision + 1);
    } finally {
      await server.close();
    }
  });

  it('concurrent commands without an expected revision are all applied: no update is lost', async () => {
    const server = await startTestServer();
    try {
      const { data } = await server.gql(RECEIVE, { input: complaintInput() });
      const id = data!.receiveComplaint.disputeId;
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          server.gql(EXPLAIN, { input: { disputeId: id, channel: 'EMAIL', explanation: `Wyjaśnienie ${i}`, reasons: 'Art. 7 KPA.' } }),
        ),
      );
      expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
      const after = await server.gql(DISPUTE, { id }, 'SUPERVISOR');
      expect(after.data!.dispute.explanations).toHaveLength(8);
    } finally {
      await server.close();
    }
  });

  it('a server restart keeps every answered command, and its projections carry on where they stopped', async () => {
    const dataDir = tempDataDir();
    const first = await startTestServer({ dataDir });
    const { data } = await first.gql(RECEIVE, { input: complaintInput() });
    const id = data!.receiveComplaint.disputeId;
    await first.gql(ACKNOWLEDGE, { input: { disputeId: id } });
    const token = await first.token('SUPERVISOR');
    await first.close();

    const second = await startTestServer({ dataDir });
    try {
      const res = await second.gql(DISPUTE, { id }, { token });
      expect(res.data!.dispute).toMatchObject({ status: 'ACKNOWLEDGED', revision: 2, complainant: { name: 'Jan Kowalski' } });
      await second.gql(EXPLAIN, { input: { disputeId: id, channel: 'LETTER', explanation: 'Po restarcie.', reasons: 'Ciągłość.' } });
      expect((await second.gql(DISPUTE, { id }, 'SUPERVISOR')).data!.dispute.timeline).toHaveLength(4);
    } finally {
      await second.close();
    }
  });
});
