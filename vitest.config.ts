import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests start a loopback Discord stand-in and a real client; give them room on a busy 2-core CI.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
