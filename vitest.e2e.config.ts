import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real Chromium, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A browser on a loaded 2-core CI machine can take seconds to settle; vitest's 1 s default for expect.poll is too short.
    expect: { poll: { timeout: 8_000, interval: 50 } },
  },
});
