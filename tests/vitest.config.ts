import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit tests: the pure core and the site's view helpers, no browser. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/core/**/*.test.ts', 'tests/site/**/*.test.ts', 'tests/present/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/node/**/*.test.ts'],
    globalSetup: ['tests/support/temporaryFolders.ts'],
    testTimeout: 60_000,
  },
});
