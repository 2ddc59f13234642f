/**
 * The layers of docs/architecture.md, checked on every `npm test` (test/architecture.spec.ts) and in CI.
 * `services/errors.ts` is the shared kernel: it imports nothing and every layer may raise its errors.
 * A `*-cli.ts` file is a composition root (like services/api/main.ts): it wires the layers, so the layer rules skip it.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-only-schema',
      comment: 'Deciders are pure: they know the schema (events, commands) and nothing of stores, the API or projections.',
      severity: 'error',
      from: { path: '^services/domain/' },
      to: { path: '^(services|projections|web|bench|test)/', pathNot: ['^services/domain/', '^services/errors\\.ts$'] },
    },
    {
      name: 'store-knows-no-domain-api-or-projection',
      comment: 'An event store stores events; what they mean belongs to the layers above it.',
      severity: 'error',
      from: { path: '^services/store/', pathNot: '-cli\\.ts$' },
      to: { path: '^(services/(domain|api|commands|accounts)|projections|web)/' },
    },
    {
      name: 'projections-import-neither-api-nor-commands',
      comment: 'Read models are built from events alone; the API reads them, never the other way round.',
      severity: 'error',
      from: { path: '^projections/', pathNot: '-cli\\.ts$' },
      to: { path: '^services/(api|commands|accounts)/' },
    },
    {
      name: 'schema-imports-nothing-of-services',
      comment: 'What events and commands are must not depend on how they are handled.',
      severity: 'error',
      from: { path: '^schema/' },
      to: { path: '^(services|projections|web)/', pathNot: '^services/errors\\.ts$' },
    },
    {
      name: 'no-cycles',
      comment: 'A cycle, even of types only, makes two modules one.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|web/src/gql)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
