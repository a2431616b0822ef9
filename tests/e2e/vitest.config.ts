import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Browser tests: the built site (dist/) served on 127.0.0.1 and driven in Debian's Chromium.
 * One file at a time: each starts its own browser, and parallel Chromiums on a small CI machine
 * make timings flaky without finding more bugs.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/support/temporaryFolders.ts', 'tests/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
