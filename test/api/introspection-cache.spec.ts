import { ApolloServer } from '@apollo/server';
import { buildSchema, getIntrospectionQuery } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { introspectionCache } from '../../services/api/graphql/introspection-cache.js';

/** A schema of its own, with Polish in it, and a server with nothing but the cache. */
function serverWithCache() {
  const schema = buildSchema('type Query { """Skarga: zażółć gęślą jaźń""" skarga: String }');
  const server = new ApolloServer({ schema, rootValue: { skarga: () => 'zażółć' }, plugins: [introspectionCache()] });
  // Every introspection of the types reads the schema's type map: how often it is read says how often it was computed.
  const typeMapReads = vi.spyOn(schema, 'getTypeMap');
  return { server, typeMapReads };
}

const ask = async (server: ApolloServer, query: string, variables?: Record<string, unknown>) => {
  const { body } = await server.executeOperation({ query, variables });
  if (body.kind !== 'single') throw new Error('expected a single result');
  return body.singleResult;
};

describe('the answer to an introspection query is computed once per schema and document (issue 11)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('given the standard introspection query answered once, when it is asked again, then the same answer comes without computing it again', async () => {
    const { server, typeMapReads } = serverWithCache();
    await server.start();
    const first = await ask(server, getIntrospectionQuery({ descriptions: true }));
    const computed = typeMapReads.mock.calls.length;
    expect(computed).toBeGreaterThan(0);
    expect(JSON.stringify(first.data)).toContain('zażółć gęślą jaźń');

    const second = await ask(server, getIntrospectionQuery({ descriptions: true }));
    expect(second).toEqual(first);
    expect(typeMapReads.mock.calls.length).toBe(computed);
    await server.stop();
  });

  it('a document that also asks for data, or other variables, is computed each time', async () => {
    const { server, typeMapReads } = serverWithCache();
    await server.start();
    const mixed = '{ skarga __schema { types { name } } }';
    expect((await ask(server, mixed)).data).toMatchObject({ skarga: 'zażółć' });
    const once = typeMapReads.mock.calls.length;
    await ask(server, mixed);
    expect(typeMapReads.mock.calls.length).toBeGreaterThan(once);

    const byName = 'query($n: String!) { __type(name: $n) { name description } }';
    expect((await ask(server, byName, { n: 'Query' })).data).toEqual({ __type: { name: 'Query', description: null } });
    expect((await ask(server, byName, { n: 'String' })).data).toMatchObject({ __type: { name: 'String' } });
    await server.stop();
  });
});
