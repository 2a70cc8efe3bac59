import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './tests/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // The tests that walk every category, series and tag page, or draw each diagram in two themes, take 15 to 20 s alone
  // on two cores, and over Playwright's 30 s when two of them run at once on a slower machine.
  timeout: 90_000,
  // And an assertion 15 s, not 5: a scroll's frame or a search's results came after 5 s there too.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    // A trace records every step of every test: a seventh of the suite's time (10.0 min with it, 8.7 without; the
    // site's tests 82 s and 64 s). Only a test that failed and runs again is traced (CI retries); `--trace on` for all.
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath(),
          args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve-dist.ts ${JSON.stringify(process.env.INKSTONE_OUT_DIR ?? 'dist')} ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
