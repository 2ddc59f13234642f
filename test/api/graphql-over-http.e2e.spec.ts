import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintInput, RECEIVE } from '../support/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * GraphQL over HTTP (graphql.github.io/graphql-over-http): a request the server cannot execute is a 4xx with
 * `errors` and no `data`; an operation that ran is 200, field errors and all. Every way a request can fail before
 * execution, audited in one table (issue 11).
 */
type Send = { method?: 'GET' | 'POST'; body?: string; query?: Record<string, string>; headers?: Record<string, string> };

const post = (payload: unknown): Send => ({ body: JSON.stringify(payload) });
const fragmentExplosion = `{ ...F0 } ${Array.from({ length: 21 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F21 on Query { __typename }`;

/** [the request error, the request, its status, what the message says]. */
const requestErrors: [string, Send, number, RegExp][] = [
  ['a body that is not JSON', { body: '{"query": ' }, 400, /not valid JSON/],
  ['a body without a query', post({ variables: {} }), 400, /./],
  ['an empty body object', { body: '{}' }, 400, /./],
  ['a query that is not a string', post({ query: 42 }), 400, /must be strings/],
  ['a batch (an array of operations)', { body: JSON.stringify([{ query: '{ __typename }' }]) }, 400, /batching/i],
  ['a body sent as text/plain', { body: JSON.stringify({ query: '{ __typename }' }), headers: { 'content-type': 'text/plain' } }, 400, /./],
  ['a document that does not parse', post({ query: '{ disputes(first: 1) { totalCount }' }), 400, /Syntax Error/],
  ['a field the schema does not have', post({ query: '{ skargi { id } }' }), 400, /Cannot query field "skargi"/],
  [
    'an argument the field does not take',
    post({ query: '{ disputes(first: 1, ostatnie: 2) { totalCount } }' }),
    400,
    /Unknown argument "ostatnie"/,
  ],
  ['a required argument missing', post({ query: '{ dispute { id } }' }), 400, /argument "id"/],
  [
    'an enum literal that does not exist',
    post({ query: '{ disputes(first: 1, sort: NAJPIERW_STARE) { totalCount } }' }),
    400,
    /NAJPIERW_STARE/,
  ],
  [
    'a variable of an unknown type',
    post({ query: 'query($f: Liczba!) { disputes(first: $f) { totalCount } }', variables: { f: 1 } }),
    400,
    /Unknown type "Liczba"/,
  ],
  [
    'an operation name the document lacks',
    post({ query: 'query Sprawy { __typename }', operationName: 'Skargi' }),
    400,
    /Unknown operation named "Skargi"/,
  ],
  ['two operations and no name chosen', post({ query: 'query A { __typename } query B { __typename }' }), 400, /operation name/],
  ['an operation name that is not a string', post({ query: '{ __typename }', operationName: 7 }), 400, /./],
  ['variables that are not an object', post({ query: '{ __typename }', variables: 'ż' }), 400, /variables/],
  [
    'a variable of the wrong type',
    post({ query: 'query($f: Int!) { disputes(first: $f) { totalCount } }', variables: { f: 'dużo' } }),
    400,
    /Int cannot represent/,
  ],
  ['a required variable missing', post({ query: 'query($f: Int!) { disputes(first: $f) { totalCount } }' }), 400, /"\$f" of required type/],
  [
    'an input field the input lacks',
    post({ query: RECEIVE, variables: { input: { ...complaintInput(), skarżący: 'Jan' } } }),
    400,
    /skarżący/,
  ],
  [
    'an unknown enum value in a variable',
    post({ query: RECEIVE, variables: { input: complaintInput({ channel: 'GOŁĄB' }) } }),
    400,
    /GOŁĄB/,
  ],
  [
    'a subscription over HTTP (they are served over WebSocket)',
    post({ query: 'subscription { disputeReceived { id } }' }),
    400,
    /WebSocket/,
  ],
  ['more tokens than MAX_QUERY_TOKENS', post({ query: `{ ${'__typename '.repeat(2100)}}` }), 400, /2000 tokens/],
  [
    'deeper than MAX_QUERY_DEPTH',
    post({ query: `{ __schema { types { ${'fields { type { '.repeat(5)}name${' } }'.repeat(5)} } } }` }),
    400,
    /nested 12 levels deep/,
  ],
  ['fragments written out past MAX_QUERY_FIELDS', post({ query: fragmentExplosion }), 400, /fields once its fragments are written out/],
  [
    'more aliases than MAX_QUERY_ALIASES',
    post({ query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
    400,
    /31 aliases/,
  ],
  [
    'costlier than MAX_QUERY_COMPLEXITY',
    post({ query: '{ disputes(first: 200) { edges { node { timeline { at } } } } }' }),
    400,
    /too complex/,
  ],
  ['a GET without a query', { method: 'GET', query: {} }, 400, /./],
  [
    'a GET whose variables are not JSON',
    { method: 'GET', query: { query: 'query($f: Int!) { disputes(first: $f) { totalCount } }', variables: '{f:1' } },
    400,
    /./,
  ],
  // The one request error that is not a 400: GraphQL over HTTP §"GET" says 405 Method Not Allowed for a mutation sent with GET.
  ['a mutation over GET', { method: 'GET', query: { query: 'mutation { signOut }' } }, 405, /GET requests only support query operations/],
];

/** [the executed operation, the request, what `data` holds]: 200 whatever the fields answered. */
const executed: [string, Send, (data: Record<string, any>) => void][] = [
  [
    'a query that succeeds',
    post({ query: '{ disputes(first: 1) { totalCount } }' }),
    (data) => expect(data.disputes.totalCount).toBeGreaterThanOrEqual(0),
  ],
  ['a query over GET', { method: 'GET', query: { query: '{ __typename }' } }, (data) => expect(data.__typename).toBe('Query')],
  [
    'a query whose field refuses its argument (a field error)',
    post({ query: '{ dispute(id: "nie-uuid") { id } }' }),
    (data) => expect(data.dispute).toBeNull(),
  ],
  [
    'a mutation whose input breaks a rule (a field error)',
    post({ query: RECEIVE, variables: { input: complaintInput({ description: '' }) } }),
    (data) => expect(data).toBeNull(),
  ],
  [
    'a mutation that succeeds',
    post({ query: RECEIVE, variables: { input: complaintInput({ category: 'zwłoka w odpowiedzi' }) } }),
    (data) => expect(data.receiveComplaint.revision).toBe(1),
  ],
];

describe('GraphQL over HTTP: 400 for every request error, 200 for every executed operation', () => {
  let server: TestServer;
  let hidden: TestServer;
  beforeAll(async () => {
    [server, hidden] = await Promise.all([startTestServer(), startTestServer({ env: { GRAPHQL_INTROSPECTION: 'false' } })]);
  });
  afterAll(() => Promise.all([server.close(), hidden.close()]));

  async function send(to: TestServer, { method = 'POST', body, query, headers = {} }: Send) {
    const url = new URL(`${to.url}/graphql`);
    for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value);
    const res = await fetch(url, {
      method,
      body,
      // A GET needs Apollo's preflight header (CSRF prevention); a browser could not send it cross-site.
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'yes',
        authorization: `Bearer ${await to.token('SUPERVISOR')}`,
        ...headers,
      },
    });
    return {
      status: res.status,
      body: (await res.json()) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] },
    };
  }

  it.each(requestErrors)(
    'given %s, when it is sent, then it is refused before it runs: its 4xx status, errors, no data',
    async (_, request, status, message) => {
      const res = await send(server, request);
      expect(res.status).toBe(status);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors?.length).toBeGreaterThan(0);
      expect(res.body.errors![0]!.message).toMatch(message);
      expect(res.body.errors![0]!.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    },
  );

  it.each(executed)('given %s, when it runs, then it is 200 with data', async (_, request, check) => {
    const res = await send(server, request);
    expect(res.status).toBe(200);
    expect(res.body).toHaveProperty('data');
    check(res.body.data!);
  });

  describe('with GRAPHQL_INTROSPECTION=false, no error names what the schema has', () => {
    /** [the mistake, the request, what the message names (the client's own word), what only a suggestion would name]. */
    const misspelt: [string, Send, RegExp, RegExp][] = [
      ['a misspelt field', post({ query: '{ disputs(first: 1) { totalCount } }' }), /"disputs"/, /"disputes?"/],
      ['a misspelt argument', post({ query: '{ disputes(frist: 1) { totalCount } }' }), /"frist"/, /"first"/],
      ['a misspelt enum literal', post({ query: '{ disputes(first: 1, sort: DUE_AS) { totalCount } }' }), /DUE_AS\b/, /DUE_ASC/],
      [
        'a misspelt type of a variable',
        post({ query: 'query($f: In!) { disputes(first: $f) { totalCount } }', variables: { f: 1 } }),
        /"In"/,
        /"Int"|"ID"/,
      ],
      [
        'a misspelt enum value in a variable',
        post({ query: RECEIVE, variables: { input: complaintInput({ channel: 'LETER' }) } }),
        /LETER/,
        /LETTER/,
      ],
      [
        'a misspelt input field in a variable',
        post({ query: RECEIVE, variables: { input: { ...complaintInput(), receivedAtt: '2025-03-14T09:30:00+01:00' } } }),
        /receivedAtt/,
        /"receivedAt"/,
      ],
    ];

    it.each(misspelt)(
      'given %s, then it is 400 without "Did you mean", which the default server does say',
      async (_, request, names, suggested) => {
        const shown = await send(server, request);
        expect(shown.status).toBe(400);
        expect(shown.body.errors!.map((e) => e.message).join('\n')).toMatch(/Did you mean/);
        const res = await send(hidden, request);
        expect(res.status).toBe(400);
        const messages = res.body.errors!.map((e) => e.message).join('\n');
        expect(messages).toMatch(names);
        expect(messages).not.toMatch(/Did you mean/);
        expect(messages).not.toMatch(suggested);
      },
    );

    it('and the schema itself is refused', async () => {
      const res = await send(hidden, post({ query: '{ __schema { types { name } } }' }));
      expect(res.status).toBe(400);
      expect(res.body.errors![0]!.message).toMatch(/introspection/i);
    });
  });
});
