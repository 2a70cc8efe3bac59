import { existsSync } from 'node:fs';

/**
 * Debian's Chromium builds, most wanted first: its headless shell (`apt-get install -y chromium-headless-shell`), the
 * build Playwright itself runs headless tests in, which ran the accessibility tests in 1.3 minutes where the whole
 * browser took 2.5 on two cores; then the whole browser (`apt-get install -y chromium`).
 */
const DEBIAN_CHROMIUMS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

/**
 * The Chromium every browser test drives: `INKSTONE_CHROMIUM` when set (a path, e.g. `/usr/bin/chromium` to test in the
 * whole browser), else the first of Debian's that is installed, else undefined: Playwright's own, which it cannot
 * download here.
 *
 * @example
 * const browser = await chromium.launch({ executablePath: chromiumPath() });
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.INKSTONE_CHROMIUM || DEBIAN_CHROMIUMS.find((path) => existsSync(path));
}
