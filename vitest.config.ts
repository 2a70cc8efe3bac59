import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/markdown/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 300_000,
  },
});
