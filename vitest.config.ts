import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // type-graphql and our code must share one graphql module, or graphql-js refuses schemas "from another realm".
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['test/**/*.spec.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
