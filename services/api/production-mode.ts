/**
 * The server runs in production mode unless NODE_ENV says otherwise (unset or empty). graphql-js reads NODE_ENV once,
 * as it loads: outside production its `instanceOf` compares constructor names on every failed check, to detect a
 * second copy of graphql in node_modules, which cost about a tenth of a timeline request (issue 15). That check is
 * then off in the server; the tests run as `test` and keep it. Apollo, express and graphql-ws read it too, but what
 * it would choose for them (introspection, stack traces, landing page, error pages, internal errors' messages on a
 * socket) is set explicitly. Imported before any module that loads graphql.
 */
process.env.NODE_ENV ||= 'production';
