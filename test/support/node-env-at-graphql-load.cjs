// Preloaded (`node -r`) into the built server by test/api/production-mode.spec.ts: says on standard error what NODE_ENV
// is at the moment graphql-js compiles the module that reads it, however the server reaches graphql.
const Module = require('node:module');
const { writeSync } = require('node:fs');
const { sep } = require('node:path');
const process = require('node:process');

const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  if (filename.endsWith(`${sep}graphql${sep}jsutils${sep}instanceOf.js`)) {
    writeSync(2, `graphql loads with NODE_ENV=${JSON.stringify(process.env.NODE_ENV ?? null)}\n`);
  }
  return compile.call(this, content, filename);
};
