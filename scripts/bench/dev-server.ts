/**
 * The dev server as an author meets it: how long `astro dev` takes to serve a post after it starts (with the caches of
 * the builds before it), and how long after a save of the post its page has the new text, each save in turn.
 */
import type { ChildProcess } from 'node:child_process';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { FixtureSite } from '../lib/fixture-site.ts';

export interface DevServerTimes {
  /** From starting `astro dev` to the post's page served. */
  readyMs: number;
  /** From each save to the page served with the saved text, in the order of the saves. */
  savesMs: number[];
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fetches `url` every `everyMs` until `done(html)` holds; the milliseconds since `since`. Fails after `limitMs`. */
async function until(url: string, done: (html: string) => boolean, since: number, limitMs: number, everyMs = 10) {
  while (performance.now() - since < limitMs) {
    const html = await fetch(url).then(
      async (response) => (response.ok ? response.text() : ''),
      () => '',
    );
    if (done(html)) return performance.now() - since;
    await pause(everyMs);
  }
  throw new Error(`${url} did not show the change within ${limitMs / 1000} s`);
}

/**
 * Starts the dev server in `site`, waits for the page at `pagePath`, then saves `file` (a post of that page) `saves`
 * times, a second apart, each with a line of its own, and times each until the page shows it. The file is put back.
 */
export async function measureDevServer(
  site: FixtureSite,
  file: string,
  pagePath: string,
  saves = 5,
): Promise<DevServerTimes> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}${pagePath}`;
  const original = await readFile(file, 'utf8');
  let child: ChildProcess | undefined;
  const started = performance.now();
  const server = site.run(
    ['dev', '--port', String(port), '--host', '127.0.0.1'],
    { ASTRO_DEV_BACKGROUND: '0' },
    {
      onSpawn: (spawned) => (child = spawned),
    },
  );
  try {
    const readyMs = await until(url, (html) => html.includes('</html>'), started, 120_000, 50);
    const savesMs: number[] = [];
    for (let save = 1; save <= saves; save++) {
      await pause(1000);
      const line = `benchsave${save}x${Date.now()}`;
      const saved = performance.now();
      await appendFile(file, `\n${line}\n`);
      savesMs.push(await until(url, (html) => html.includes(line), saved, 30_000));
    }
    return { readyMs, savesMs };
  } finally {
    await writeFile(file, original);
    child?.kill();
    await server;
  }
}
