import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.js';

/** Runs only the writer of the release fixture (test/upgrade/write-release-fixture.ts), which `npm test` never runs. */
export default defineConfig({ ...base, test: { ...base.test, include: ['test/upgrade/write-release-fixture.ts'] } });
