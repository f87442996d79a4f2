import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ first: the end-to-end tests run the built binary, never a stale one.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
  },
});
