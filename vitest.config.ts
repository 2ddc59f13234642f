import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // type-graphql and our code must share one graphql module, or graphql-js refuses schemas "from another realm".
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['test/**/*.spec.ts'],
    setupFiles: ['reflect-metadata'],
    // Generous: CI runs browser and end-to-end files side by side on two cores; a slow test is not a wrong one.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
