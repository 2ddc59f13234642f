import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { equalityDimensions } from '../../schema/equality-dimensions.js';
import { ACKNOWLEDGE, complaintInput, DECIDE, EXPLAIN, RECEIVE, refusal } from '../support/documents.js';
import { month, RECORD_EQUALITY } from '../support/equality-documents.js';
import { CONSENT, parties, PROPOSE } from '../support/mediation-documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Answers nobody else gives, so any appearance of them in a response could only be this person's. */
const answers = {
  ageBand: '75_AND_OVER',
  sex: 'OTHER',
  disability: 'YES',
  ethnicOrigin: 'KASHUBIAN',
  firstLanguage: 'POLISH_SIGN_LANGUAGE',
};
const telltale = new RegExp(
  Object.values(answers)
    .filter((v) => v !== 'YES')
    .join('|'),
);
/** A value sealed by the vault (v1.<iv>.<tag>.<ciphertext>). */
const sealedText = /v1\.[\w-]{8,}\.[\w-]{8,}\.[\w-]+/;
const maxDepth = 6;

let now = new Date('2025-03-03T09:00:00+01:00');
let server: TestServer;
let disputeId: string;
let schema: GraphQLSchema;

beforeAll(async () => {
  // The standard introspection query nests type references deeper than the default limit allows, and every field of
  // every list at once costs more than the default limit: both are lifted, as this walk is about privacy.
  server = await startTestServer({ clock: () => now, env: { MAX_QUERY_DEPTH: '20', MAX_QUERY_COMPLEXITY: '10000000' } });
  const ok = async (doc: string, input: Record<string, unknown>) => {
    const res = await server.gql(doc, { input });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0] as { disputeId: string; mediationId: string };
  };
  ({ disputeId } = await ok(RECEIVE, complaintInput({ language: 'csb', accessibilityNeeds: 'tłumacz PJM' })));
  await ok(RECORD_EQUALITY, {
    disputeId,
    consent: true,
    answers: Object.entries(answers).map(([dimension, value]) => ({ dimension, value })),
  });
  await ok(ACKNOWLEDGE, { disputeId });
  await ok(EXPLAIN, { disputeId, channel: 'PHONE', explanation: 'Wyjaśniono przyczyny zwłoki.', reasons: 'Brak zaświadczenia.' });
  const { mediationId } = await ok(PROPOSE, { disputeId, parties, reason: 'Próba porozumienia.' });
  await ok(CONSENT, { mediationId, partyId: 'p-maria', consent: false });
  now = new Date('2025-03-20T09:00:00+01:00');
  await ok(DECIDE, refusal(disputeId));
  // A report covers only periods that have ended: the walk below asks for the first quarter, so April has begun.
  now = new Date('2025-04-02T09:00:00+02:00');
  const introspection = await server.gql(getIntrospectionQuery(), {}, 'OMBUDSMAN');
  schema = buildClientSchema(introspection.data as unknown as IntrospectionQuery);
});
afterAll(() => server.close());

/** A value for an argument, chosen by its name first (so ids and periods are real ones), else by its type. */
function argumentValue(name: string, type: GraphQLInputType): unknown {
  const named = {
    id: disputeId,
    from: month(1),
    to: month(4),
    at: now.toISOString(),
    text: 'zaświadczenia',
    first: 5,
    within: 30,
  } as Record<string, unknown>;
  if (name in named) return named[name];
  const base = getNamedType(type);
  if (isEnumType(base)) return base.getValues()[0]!.value;
  if (isInputObjectType(base)) return {};
  return { ID: disputeId, String: 'x', Int: 5, Float: 1, Boolean: false, DateTime: now.toISOString() }[base.name];
}

/** Every field reachable from `field`, to a bounded depth, with literal arguments where they are required. */
function selection(field: GraphQLField<unknown, unknown>, depth: number, extra: Record<string, unknown> = {}): string | null {
  const args = field.args
    .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
    .map((a) => `${a.name}: ${JSON.stringify(extra[a.name] ?? argumentValue(a.name, a.type)).replace(/"([^"]+)":/g, '$1:')}`);
  const head = args.length > 0 ? `${field.name}(${args.join(', ')})` : field.name;
  const type = getNamedType(field.type);
  if (isLeafType(type)) return head;
  if (depth >= maxDepth || !isObjectType(type)) return null;
  const inner = Object.values(type.getFields())
    .map((f) => selection(f, depth + 1))
    .filter((s): s is string => s !== null);
  return inner.length > 0 ? `${head} { ${inner.join(' ')} }` : null;
}

/** One request per root query (per dimension for the report), so no single query hits the complexity limit. */
function rootQueries(): { name: string; query: string }[] {
  return Object.values(schema.getQueryType()!.getFields()).flatMap((field) => {
    const variants =
      field.name === 'equalTreatmentReport'
        ? [...equalityDimensions, 'channel', 'language', 'accessibilityNeeds'].map((dimension) => ({ dimension }))
        : [{}];
    return variants.map((extra) => ({ name: `${field.name}${JSON.stringify(extra)}`, query: `{ ${selection(field, 1, extra)} }` }));
  });
}

/** What a response says, without the places that list every possible answer by design (report groups, the consent form). */
function scrubbed(value: unknown, key = ''): unknown {
  if (key === 'group' || key === 'values') return null;
  if (Array.isArray(value)) return value.map((v) => scrubbed(v, key));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubbed(v, k)]));
  return value;
}

describe('no query returns an individual’s equality answers', () => {
  it('the schema has no field that could carry them', () => {
    const fields = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith('__') && t !== schema.getMutationType())
      .flatMap((t) => Object.keys((t as { getFields(): object }).getFields()).map((f) => `${t.name}.${f}`));
    expect(fields.filter((f) => /answer|sealed|consent(Given)?At|equalityData|ethnic|disabilit/i.test(f))).toEqual([]);
  });

  it.each(['OMBUDSMAN', 'SUPERVISOR', 'CLERK'] as const)(
    'every field reachable as %s, with this person’s case in every period asked',
    async (role) => {
      let answered = 0;
      for (const { name, query } of rootQueries()) {
        const res = await server.gql(query, {}, role);
        const text = JSON.stringify(scrubbed(res));
        expect(text, name).not.toMatch(telltale);
        expect(text, name).not.toMatch(sealedText);
        for (const error of res.errors ?? [])
          expect(['FORBIDDEN', 'NOT_FOUND'], `${name}: ${error.message}`).toContain(error.extensions?.code);
        if (res.data && Object.values(res.data).some((v) => v !== null)) answered++;
      }
      // The walk really reached the data: the dispute at least, and for the reviewers the report.
      expect(answered).toBeGreaterThanOrEqual(role === 'CLERK' ? 3 : 5);
    },
  );

  it('the report shows this one person’s groups only as suppressed', async () => {
    for (const dimension of equalityDimensions) {
      const query = `{ equalTreatmentReport(from: "${month(1)}", to: "${month(4)}", dimension: "${dimension}") { groups { group suppressed count upheldRate } } }`;
      const { data } = await server.gql(query, {}, 'OMBUDSMAN');
      for (const g of data!.equalTreatmentReport.groups) expect(g).toMatchObject({ suppressed: true, count: null, upheldRate: null });
    }
  });
});
