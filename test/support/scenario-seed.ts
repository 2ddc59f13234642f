import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { ACKNOWLEDGE, ASSIGN, DECIDE, EXPLAIN, EXTEND, RECEIVE } from './documents.js';
import type { TestServer } from './test-server.js';

/** Realistic cases of a Polish municipal office (invented persons, real KPA articles), for demos and screens. */
interface Scenario {
  key: string;
  channel: string;
  category: string;
  concernedUnit?: string;
  complainant?: { name: string; address?: string; email?: string; phone?: string };
  description: string;
  remedySought?: string;
  language?: string;
  accessibilityNeeds?: string;
  steps: ({ do: string } & Record<string, unknown>)[];
}

export const scenarios: Scenario[] = (
  JSON.parse(readFileSync(new URL('../fixtures/scenarios.json', import.meta.url), 'utf8')) as { scenarios: Scenario[] }
).scenarios;

const signer = { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' };
const appealInformation =
  'Zgodnie z art. 239 § 1 KPA ponowna skarga w tej samej sprawie, bez nowych okoliczności, może zostać pozostawiona bez odpowiedzi.';

/**
 * Files every scenario through the public API as a clerk and takes the steps the API takes in one sitting
 * (acknowledgement, explanations, extensions, assignment, decisions); the others stay for the reader to take.
 * Returns the dispute ids by scenario key.
 */
/** A scenario's complaint as the receiveComplaint input, the same over HTTP and in process. */
export const receiptOf = (s: Scenario) => ({
  channel: s.channel,
  category: s.category,
  description: s.description,
  complainant: s.complainant ?? null,
  concernedUnit: s.concernedUnit ?? null,
  remedySought: s.remedySought ?? null,
  language: s.language ?? null,
  accessibilityNeeds: s.accessibilityNeeds ?? null,
});

export async function seedScenarios(server: TestServer): Promise<Record<string, string>> {
  const clerk = { token: await server.token('CLERK', 'u-clerk', 'Anna Nowak') };
  const supervisor = { token: await server.token('SUPERVISOR', 'u-supervisor', 'Ewa Wójcik') };
  const ids: Record<string, string> = {};
  const ok = async (document: string, input: Record<string, unknown>, as = clerk) => {
    const res = await server.gql(document, { input }, as);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data ?? {})[0] as { disputeId: string };
  };
  for (const s of scenarios) {
    const { disputeId } = await ok(RECEIVE, receiptOf(s));
    ids[s.key] = disputeId;
    // An anonymous complaint can only be left unexamined (§ 8 of the 2002 regulation): its steps are for the reader.
    if (!s.complainant?.address && !s.complainant?.email) continue;
    for (const step of s.steps) {
      if (step.do === 'acknowledge') await ok(ACKNOWLEDGE, { disputeId });
      else if (step.do === 'explanation')
        await ok(EXPLAIN, { disputeId, channel: step.channel, explanation: step.explanation, reasons: step.reasons });
      else if (step.do === 'extendDeadline') {
        // Days beyond the deadline in force (KPA art. 36 names a new date later than it).
        const due = await server.gql<{ dispute: { dueAt: string } }>(
          `query($id: ID!) { dispute(id: $id) { dueAt } }`,
          { id: disputeId },
          clerk,
        );
        const newDueAt = new Date(Date.parse(due.data!.dispute.dueAt) + Number(step.days) * 86_400_000)
          .toISOString()
          .replace('Z', '+00:00');
        await ok(EXTEND, { disputeId, newDueAt, reasons: step.reasons });
      } else if (step.do === 'assign') await ok(ASSIGN, { disputeId, assigneeId: 'u-clerk', assigneeName: 'Anna Nowak' }, supervisor);
      else if (step.do === 'decide') {
        await ok(DECIDE, {
          disputeId,
          outcome: step.outcome,
          factualGrounds: step.factualGrounds,
          legalBasis: step.legalBasis,
          remedies: step.remedies ?? [],
          appealInformation,
          signer,
        });
      }
    }
  }
  return ids;
}
