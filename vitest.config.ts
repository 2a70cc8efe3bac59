import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/markdown/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Test files share one module graph: none changes a module's state for the next (`TZ` and timers are restored after
    // each test), and each file importing Vitest, Astro's and the site's modules again took about 40 s of the run.
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 300_000,
    // A browser's page on a busy machine (CI's two cores running builds beside it) can take seconds to search or draw:
    // `expect.poll` waits up to 15 s (within a test's 20 s), not Vitest's default 1 s.
    expect: { poll: { timeout: 15_000 } },
    // Node's compile cache for every Node process the tests start (builds, dev servers, `npm run new`): a script reads
    // its modules compiled by the last one, 0.6 s to start `npm run new` instead of 0.9 s. Astro's command turns the
    // cache on itself, but not where `CI` is set, as it is in CI, where the tests start over a hundred.
    env: { NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? path.join(os.tmpdir(), 'node-compile-cache') },
  },
});
