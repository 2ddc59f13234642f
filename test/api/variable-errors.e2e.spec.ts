import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../schema/envelope.js';
import { ACKNOWLEDGE, complaintInput, DECIDE, EXPLAIN, EXTEND, RECEIVE, refusal } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const DISPUTE_ID = '00000000-0000-4000-8000-000000000000';
const mutation = (field: string, input: string) => `mutation($input: ${input}!) { ${field}(input: $input) { revision } }`;
const CLASSIFY = mutation('classifyComplaint', 'ClassifyComplaintInput');
const CONVERSATION = mutation('recordConversation', 'RecordConversationInput');
const LEAVE = mutation('leaveUnexamined', 'LeaveUnexaminedInput');
const PROPOSE = mutation('proposeMediation', 'ProposeMediationInput');
const SCHEDULE = mutation('scheduleMediationSession', 'ScheduleMediationSessionInput');
const END = mutation('endMediation', 'EndMediationInput');
const EQUALITY = mutation('recordEqualityData', 'RecordEqualityDataInput');
const DISPUTES = `query($first: Int!, $filter: DisputeFilterInput, $sort: DisputeSort!) { disputes(first: $first, filter: $filter, sort: $sort) { totalCount } }`;
const DISPUTE = `query($id: ID!, $asOf: DateTime) { dispute(id: $id, asOf: $asOf) { id } }`;
const OVERDUE_AS_OF = `query($at: DateTime!, $first: Int!) { overdueAsOf(at: $at, first: $first) { daysLate } }`;
const WORKLOAD_AS_OF = `query($at: DateTime!) { workloadAsOf(at: $at) { weekEnds } }`;
const REGISTER = `query($from: DateTime!, $to: DateTime!) { register(from: $from, to: $to) { number } }`;
const SEARCH = `query($text: String!, $first: Int!) { search(text: $text, first: $first) { snippet } }`;
const DEADLINES = `query($within: Int!) { deadlines(within: $within) { dueAt } }`;
const REPORT = `query($from: DateTime!, $to: DateTime!, $dimension: String!) { equalTreatmentReport(from: $from, to: $to, dimension: $dimension) { groups { group } } }`;
const SUMMARY = `query($id: ID!, $language: Language!) { dispute(id: $id) { timeline { summary(language: $language) } } }`;

const at = '2025-03-14T09:30:00+01:00';
const ok = { disputeId: DISPUTE_ID };
const explanation = {
  ...ok,
  channel: 'PHONE',
  explanation: 'Brakuje zaświadczenia o dochodach.',
  reasons: 'Bez zaświadczenia nie można ustalić prawa do dodatku.',
};
const conversation = { ...ok, channel: 'PHONE', participants: ['Zofia Łęcka'], concernsHeard: ['Długie oczekiwanie'] };
const parties = [
  { partyId: 'p-maria', name: 'Maria Wiśniewska', role: 'COMPLAINANT' },
  { partyId: 'p-urzad', name: 'Urząd Miasta', role: 'OFFICE' },
];
const proposal = { ...ok, reason: 'Konflikt przy okienku nr 3', parties };
const session = { mediationId: 'm-1', sessionId: 's1', startsAt: at, place: 'Sala 12' };

/** [what is wrong, document, variables, who sends it]: each the kind of mistake a real client makes in its variables. */
const cases: [string, string, Record<string, unknown>, Role?][] = [
  // an enum value that does not exist
  ['channel PIGEON', RECEIVE, { input: complaintInput({ channel: 'PIGEON' }) }],
  ['channel in lower case', RECEIVE, { input: complaintInput({ channel: 'letter' }) }],
  ['channel as a number', RECEIVE, { input: complaintInput({ channel: 3 }) }],
  ['representative kind unknown', RECEIVE, { input: complaintInput({ passedOnBy: { kind: 'KRÓL', name: 'Jan Łoś' } }) }],
  ['complaint kind unknown', CLASSIFY, { input: { ...ok, kind: 'ZAŻALENIE', category: 'opieszałość' } }],
  ['outcome unknown', DECIDE, { input: refusal(DISPUTE_ID, { outcome: 'MAYBE' }) }],
  ['unexamined reason unknown', LEAVE, { input: { ...ok, reason: 'NUDA', explanation: 'Brak podpisu.' } }],
  ['explanation channel unknown', EXPLAIN, { input: { ...explanation, channel: 'TELEGRAF' } }],
  ['conversation channel unknown', CONVERSATION, { input: { ...conversation, channel: 'SMOKE_SIGNAL' } }],
  ['party role unknown', PROPOSE, { input: { ...proposal, parties: [{ ...parties[0], role: 'JUDGE' }] } }, 'SUPERVISOR'],
  ['mediation result unknown', END, { input: { mediationId: 'm-1', result: 'DRAW' } }, 'MEDIATOR'],
  ['sort unknown', DISPUTES, { first: 5, sort: 'RANDOM' }, 'SUPERVISOR'],
  ['filter channel unknown', DISPUTES, { first: 5, sort: 'DUE_ASC', filter: { channel: 'FAX' } }, 'SUPERVISOR'],
  ['language unknown', SUMMARY, { id: DISPUTE_ID, language: 'DE' }, 'SUPERVISOR'],
  // a date and time that is not ISO 8601 with an offset
  ['receivedAt in Polish notation', RECEIVE, { input: complaintInput({ receivedAt: '14.03.2025' }) }],
  ['receivedAt without an offset', RECEIVE, { input: complaintInput({ receivedAt: '2025-03-14T09:30:00' }) }],
  ['receivedAt a date only', RECEIVE, { input: complaintInput({ receivedAt: '2025-03-14' }) }],
  ['receivedAt as epoch millis', RECEIVE, { input: complaintInput({ receivedAt: 1741941000000 }) }],
  ['receivedAt on 30 February', RECEIVE, { input: complaintInput({ receivedAt: '2025-02-30T09:30:00+01:00' }) }],
  ['receivedAt in words', RECEIVE, { input: complaintInput({ receivedAt: 'wczoraj' }) }],
  ['newDueAt malformed', EXTEND, { input: { ...ok, newDueAt: '2025-13-01T00:00:00+01:00', reasons: 'Opinia biegłego.' } }],
  ['session startsAt malformed', SCHEDULE, { input: { ...session, startsAt: '10:00' } }, 'MEDIATOR'],
  ['asOf malformed', DISPUTE, { id: DISPUTE_ID, asOf: 'przedwczoraj' }, 'SUPERVISOR'],
  ['overdueAsOf at malformed', OVERDUE_AS_OF, { at: '2025/03/01', first: 5 }, 'SUPERVISOR'],
  ['workloadAsOf at malformed', WORKLOAD_AS_OF, { at: 'teraz' }, 'SUPERVISOR'],
  ['register from malformed', REGISTER, { from: 'styczeń', to: at }, 'SUPERVISOR'],
  ['report to malformed', REPORT, { from: '2025-01-01T00:00:00+01:00', to: '1 lipca', dimension: 'sex' }, 'OMBUDSMAN'],
  ['filter receivedFrom malformed', DISPUTES, { first: 5, sort: 'DUE_ASC', filter: { receivedFrom: '2025-03' } }, 'SUPERVISOR'],
  // a required field or variable missing, or null
  ['input missing', RECEIVE, {}],
  ['input null', RECEIVE, { input: null }],
  ['description missing', RECEIVE, { input: { channel: 'LETTER', category: 'przewlekłość' } }],
  ['channel null', RECEIVE, { input: complaintInput({ channel: null }) }],
  ['complainant without a name', RECEIVE, { input: complaintInput({ complainant: { address: 'ul. Żurawia 1, Łódź' } }) }],
  ['disputeId missing', ACKNOWLEDGE, { input: {} }],
  ['signer missing', DECIDE, { input: refusal(DISPUTE_ID, { signer: undefined }) }],
  ['legal basis without an article', DECIDE, { input: refusal(DISPUTE_ID, { legalBasis: [{ act: 'KPA' }] }) }],
  ['participants missing', CONVERSATION, { input: { ...conversation, participants: undefined } }],
  ['a participant null', CONVERSATION, { input: { ...conversation, participants: ['Zofia Łęcka', null] } }],
  ['consent missing', EQUALITY, { input: { ...ok, answers: [] } }],
  ['at missing', WORKLOAD_AS_OF, {}, 'SUPERVISOR'],
  ['first missing', DISPUTES, { sort: 'DUE_ASC' }, 'SUPERVISOR'],
  ['search text null', SEARCH, { text: null, first: 5 }, 'SUPERVISOR'],
  // a value of the wrong type
  ['"abc" for first', DISPUTES, { first: 'abc', sort: 'DUE_ASC' }, 'SUPERVISOR'],
  ['2.5 for first', DISPUTES, { first: 2.5, sort: 'DUE_ASC' }, 'SUPERVISOR'],
  ['a number beyond 32 bits for first', OVERDUE_AS_OF, { at, first: 2 ** 40 }, 'SUPERVISOR'],
  ['"abc" for within', DEADLINES, { within: 'abc' }, 'SUPERVISOR'],
  ['"one" for expectedRevision', ACKNOWLEDGE, { input: { ...ok, expectedRevision: 'one' } }],
  ['true for expectedRevision', ACKNOWLEDGE, { input: { ...ok, expectedRevision: true } }],
  ['"yes" for consent', EQUALITY, { input: { ...ok, consent: 'yes', answers: [] } }],
  ['an object for description', RECEIVE, { input: complaintInput({ description: { text: 'Długo czekam.' } }) }],
  ['a list for category', RECEIVE, { input: complaintInput({ category: ['przewlekłość'] }) }],
  ['a number for the search text', SEARCH, { text: 42, first: 5 }, 'SUPERVISOR'],
  ['an object for the dispute id', DISPUTE, { id: { uuid: DISPUTE_ID } }, 'SUPERVISOR'],
  ['a field the input does not have', RECEIVE, { input: complaintInput({ priority: 'PILNE' }) }],
  ['a string for the parties list items', PROPOSE, { input: { ...proposal, parties: ['Maria Wiśniewska'] } }, 'SUPERVISOR'],
];

describe('variables a client gets wrong are its own mistake: HTTP 400 with BAD_USER_INPUT, nothing run', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it.each(cases)('%s', async (_what, document, variables, role = 'CLERK') => {
    const position = server.services.runner.checkpoint();
    const res = await server.gql(document, variables, role);
    expect({ status: res.status, code: res.errors?.[0]?.extensions?.code }, JSON.stringify(res.errors)).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
    });
    expect(res.errors![0]!.message).toMatch(/^Variable "\$\w+"/);
    expect(res.data).toBeUndefined();
    expect(server.services.runner.checkpoint()).toBe(position);
  });

  it('the same mistake written inline is refused with 400 too', async () => {
    const res = await server.gql(`{ disputes(first: "abc") { totalCount } }`, {}, 'SUPERVISOR');
    expect(res.status).toBe(400);
  });
});
