import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * Random inputs for every command of the API, sent over HTTP as a client would: valid values, values of the wrong
 * type, out-of-range numbers, malformed dates, unknown ids, texts with Polish letters, missing and extra fields. The
 * server answers each with a status below 500 and no INTERNAL_SERVER_ERROR, and an answer with an error has
 * appended nothing to the event log.
 */
export const RANDOM_REQUESTS = 120;

const schema = buildSchema(readFileSync(join(import.meta.dirname, '../../schema/schema.graphql'), 'utf8'));
/** The commands on disputes and mediations: every mutation answering CommandResult. Accounts and erasure keep their own specifications. */
const commands = Object.values(schema.getMutationType()!.getFields()).filter((field) => getNamedType(field.type).name === 'CommandResult');

const polish = fc.constantFrom(
  'Zażółć gęślą jaźń',
  'Łukasz Żółkiewski',
  'ul. Źródlana 7/3, 15-813 Białystok',
  'p-maria',
  'u-med',
  's1',
  '<script>alert(1)</script>',
  '😀 dziękuję',
);
const nonsenseTexts = fc.constantFrom('', '   ', 'a'.repeat(20_001), '\u0000');
const instants = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
const nonsenseInstants = fc.constantFrom('2026-13-45T25:61:00+01:00', '2026-03-02', 'jutro', '2026-03-02T10:00:00');

/**
 * A value for an input of this type. `chaos` (one request in four) lets any value be of the wrong kind and any field
 * go missing; otherwise values have the right GraphQL type and required fields are there, so the request reaches
 * validation by zod and the deciders' rules.
 */
function valueOf(type: GraphQLInputType, ids: fc.Arbitrary<string>, chaos: boolean, depth = 0): fc.Arbitrary<unknown> {
  const right = rightValueOf(type, ids, chaos, depth);
  return chaos ? fc.oneof({ arbitrary: right, weight: 5 }, { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 }) : right;
}

function rightValueOf(type: GraphQLInputType, ids: fc.Arbitrary<string>, chaos: boolean, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return rightValueOf(type.ofType, ids, chaos, depth);
  if (isListType(type))
    return fc.array(valueOf(type.ofType, ids, chaos, depth + 1), { minLength: chaos ? 0 : 1, maxLength: depth > 1 ? 1 : 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const required = chaos ? [] : fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, fieldValue(field.name, field.type, ids, chaos, depth + 1)])), {
      requiredKeys: required,
    });
  }
  switch (type.name) {
    case 'Int':
      return chaos ? fc.oneof(fc.integer({ min: -2, max: 60 }), fc.integer()) : fc.integer({ min: 0, max: 40 });
    case 'Float':
      return fc.double();
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return chaos ? fc.oneof(instants, nonsenseInstants) : instants;
    case 'ID':
      return ids;
    default:
      return chaos ? fc.oneof(fc.string({ maxLength: 40 }), polish, nonsenseTexts) : polish;
  }
}

function fieldValue(name: string, type: GraphQLInputType, ids: fc.Arbitrary<string>, chaos: boolean, depth: number): fc.Arbitrary<unknown> {
  if (name === 'expectedRevision') return fc.oneof(fc.constantFrom(null, 0, 1, 2, 3), valueOf(type, ids, chaos, depth));
  if (name === 'url') return fc.constantFrom(null, 'https://isap.sejm.gov.pl/', 'nie-adres');
  if (name === 'email') return fc.constantFrom(null, 'jan.kowalski@example.pl', 'nie-e-mail');
  return valueOf(type, ids, chaos, depth);
}

const documentOf = (field: GraphQLField<unknown, unknown>) => {
  const args = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const pass = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation(${args}) { ${field.name}(${pass}) { disputeId revision position } }`;
};

describe(`${RANDOM_REQUESTS} random command inputs over HTTP`, () => {
  let server: TestServer;
  let events: Database.Database;
  let disputeId: string;
  beforeAll(async () => {
    server = await startTestServer();
    const received = await server.gql(RECEIVE, { input: complaintInput() });
    disputeId = received.data!.receiveComplaint.disputeId;
    events = new Database(join(server.dataDir, 'events.sqlite'), { readonly: true });
  });
  afterAll(async () => {
    events?.close();
    await server?.close();
  });
  const eventCount = () => (events.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;

  it('never answer 500, and an answer with an error appends nothing', async () => {
    const ids = fc.constantFrom(disputeId, disputeId, disputeId, '00000000-0000-4000-8000-000000000000', 'nie-ma-takiej-sprawy', '');
    const request = fc.tuple(fc.constantFrom(...commands), fc.boolean(), fc.boolean()).chain(([field, chaos, moreChaos]) =>
      fc.record({
        field: fc.constant(field),
        variables: fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueOf(a.type, ids, chaos && moreChaos)])), {
          requiredKeys: chaos && moreChaos ? [] : field.args.map((a) => a.name),
        }),
      }),
    );
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        request,
        fc.constantFrom('CLERK', 'CLERK', 'SUPERVISOR', 'MEDIATOR') as fc.Arbitrary<'CLERK' | 'SUPERVISOR' | 'MEDIATOR'>,
        async ({ field, variables }, role) => {
          const before = eventCount();
          const answer = await server.gql(documentOf(field), variables, role);
          const code = answer.errors?.[0]?.extensions?.code as string | undefined;
          outcomes.set(code ?? 'ok', (outcomes.get(code ?? 'ok') ?? 0) + 1);
          expect(answer.status, `${field.name} ${JSON.stringify(variables).slice(0, 300)}`).toBeLessThan(500);
          expect(code).not.toBe('INTERNAL_SERVER_ERROR');
          if (answer.errors) expect(eventCount(), `${field.name} refused with ${code} but appended`).toBe(before);
        },
      ),
      { numRuns: RANDOM_REQUESTS },
    );
    // The inputs reach the deciders, not only the validation: some commands pass, some are refused by a rule.
    expect(outcomes.get('BAD_USER_INPUT')).toBeGreaterThan(0);
    expect((outcomes.get('ok') ?? 0) + (outcomes.get('RULE_VIOLATED') ?? 0), JSON.stringify([...outcomes])).toBeGreaterThan(0);
  }, 120_000);
});
