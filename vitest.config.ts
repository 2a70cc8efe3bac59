import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/markdown/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 300_000,
    // A browser's page on a busy machine (CI's two cores running builds beside it) can take seconds to search or draw:
    // `expect.poll` waits up to 15 s (within a test's 20 s), not Vitest's default 1 s.
    expect: { poll: { timeout: 15_000 } },
  },
});
