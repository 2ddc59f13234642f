/**
 * The server runs in production mode unless NODE_ENV says otherwise. graphql-js reads NODE_ENV once, as it loads:
 * outside production its `instanceOf` looks up constructor names on every failed check, to name a second copy of
 * graphql in node_modules, which cost about a tenth of a timeline request (issue 15). graphql-ws then also closes a
 * socket on an internal error with "Internal server error" instead of the error's message. Apollo and express read it
 * too, but the settings it would choose (introspection, stack traces, landing page, error pages) are set explicitly.
 * Imported before any module that loads graphql.
 */
process.env.NODE_ENV ??= 'production';
