import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start the real CLI and a real browser.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
