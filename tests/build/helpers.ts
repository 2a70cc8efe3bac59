import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll } from 'vitest';
import { serveDist } from '../../scripts/serve-dist.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { site } from '../../src/site.config.ts';
import { chromiumPath } from '../chromium.ts';
import type { ExpectedPost } from './invariants.ts';

/** The posts a production build of the fixture at `root` publishes at `now`, from its sources. */
export function publishedPosts(root: string, now: string, future = false): ExpectedPost[] {
  const report = checkContent({
    root,
    contentDir: path.join(root, 'content/blogs'),
    timeZone: site.timeZone,
    publishing: { now: new Date(now), drafts: false, future },
  });
  return report.posts
    .filter((p) => p.published)
    .map((p) => ({ slug: p.slug, category: p.data.category, tags: p.data.tags, unlisted: p.data.unlisted }));
}

/** A built site served on a free port, and a browser to read it with. */
export interface BrowsedSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  browser: Browser;
  /** Closes the browser and the server. */
  close(): Promise<void>;
}

/** Serves `outDir` and opens the browser the end-to-end tests use (`chromiumPath()`). */
async function browseSite(outDir: string): Promise<BrowsedSite> {
  const server = await serveDist(outDir, 0);
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  const close = async () => {
    await browser.close();
    server.close();
  };
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, browser, close };
}

/**
 * The built site at `outDir()` served and opened in a browser for the tests of the `describe` it is called in: filled
 * in before them, closed after.
 *
 * @example
 * const browsed = useBrowsedSite(() => site.outDir);
 * it('…', async () => { const page = await browsed.browser.newPage(); await page.goto(`${browsed.origin}/`); });
 */
export function useBrowsedSite(outDir: () => string): Readonly<Omit<BrowsedSite, 'close'>> {
  const browsed = {} as BrowsedSite;
  beforeAll(async () => {
    Object.assign(browsed, await browseSite(outDir()));
  });
  afterAll(() => browsed.close?.());
  return browsed;
}

/** The problem lines of a failed build's report (`  content/blogs/a.md:3  title: …`), in order. */
export function reportedProblems(output: string): string[] {
  const start = output.search(/^\d+ problems? in /mu);
  if (start === -1) return [];
  const lines = output.slice(start).split('\n').slice(1);
  const end = lines.findIndex((line) => !line.startsWith('  '));
  return (end === -1 ? lines : lines.slice(0, end)).map((line) => line.slice(2));
}

/** A post with valid frontmatter and `body`; `extra` adds frontmatter lines. */
export function post(title: string, body = '', extra = '', date = '2025-01-15'): string {
  return `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\ncategory: 测试\n${extra}---\n\n${body}\n`;
}
