// Vitest: one real Neo4j for the whole suite (tests/support/global-setup.ts); files run one at a time
// because they share that database and some compare all of it before and after.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    teardownTimeout: 90_000,
    reporters: ['default'],
  },
});
