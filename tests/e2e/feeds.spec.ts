import { expect, test, type Page } from '@playwright/test';
import { seedPost } from './page-types';
import { site } from '../../src/site.config';
import { publishedPosts } from './published-posts';

const SITE = 'https://inkstone.example.com';

interface FeedEntry {
  link: string;
  date: string;
  categories: string[];
  content: string;
}

/** Parses RSS 2.0 or Atom with the browser's XML parser; fails on malformed XML. */
async function readFeed(page: Page, xml: string): Promise<FeedEntry[]> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error(doc.querySelector('parsererror')!.textContent!);
    const text = (node: Element, selector: string) => node.getElementsByTagName(selector)[0]?.textContent ?? '';
    const items = [...doc.getElementsByTagName('item')];
    if (items.length > 0) {
      return items.map((item) => ({
        link: text(item, 'link'),
        date: text(item, 'pubDate'),
        categories: [...item.getElementsByTagName('category')].map((c) => c.textContent ?? ''),
        content: text(item, 'content:encoded'),
      }));
    }
    return [...doc.getElementsByTagName('entry')].map((entry) => ({
      link: entry.getElementsByTagName('link')[0]?.getAttribute('href') ?? '',
      date: text(entry, 'published'),
      categories: [...entry.getElementsByTagName('category')].map((c) => c.getAttribute('term') ?? ''),
      content: text(entry, 'content'),
    }));
  }, xml);
}

const pathOf = (url: string) => decodeURI(new URL(url).pathname);

for (const feed of ['/rss.xml', '/atom.xml']) {
  test(`${feed} has every published post once (fewer than the limit), newest first, with full content and absolute URLs`, async ({
    page,
    request,
  }) => {
    const response = await request.get(feed);
    expect(response.status()).toBe(200);
    const entries = await readFeed(page, await response.text());
    const expected = await publishedPosts();
    expect(expected.length).toBeLessThanOrEqual(site.feedLimit);

    expect(entries.map((entry) => pathOf(entry.link)).sort()).toEqual(expected.map((post) => post.path).sort());
    for (const entry of entries) expect(entry.link.startsWith(`${SITE}/blogs/`), entry.link).toBe(true);
    const times = entries.map((entry) => Date.parse(entry.date));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const seed = entries.find((entry) => pathOf(entry.link) === seedPost.path)!;
    expect(seed.categories).toContain('人工智能');
    // The whole post, up to its last section, not a summary.
    expect(seed.content).toContain('为什么DeepSeek会引起世界关注');
    expect(seed.content).toContain('模型开源、技术开放');
    for (const entry of entries) {
      expect(entry.content, `relative URL in ${entry.link}`).not.toMatch(/(?:src|href|srcset)="(?!https?:|mailto:)/u);
      expect(entry.content).not.toMatch(/<script|<button/u);
    }
    // A post in another language than the site's says so around its text; the site's own do not.
    const english = entries.find((entry) => pathOf(entry.link) === '/blogs/web-performance-budgets/')!;
    expect(english.content).toMatch(/^<div lang="en">[\s\S]*<\/div>$/u);
    expect(seed.content).not.toContain(' lang=');
    const images = [...seed.content.matchAll(/<img[^>]+src="([^"]+)"/gu)].map((m) => m[1]!);
    expect(images).toHaveLength(3);
    for (const image of images) {
      expect(image.startsWith(`${SITE}/_astro/`)).toBe(true);
      expect((await request.get(new URL(image).pathname)).status(), image).toBe(200);
    }
  });
}

test('the sitemap lists every page and every published post once, and robots.txt points to it', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);

  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => new URL(m[1]!).pathname);
  expect(sitemaps.length).toBeGreaterThan(0);
  const urls: string[] = [];
  const lastmods = new Map<string, string>();
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    urls.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!));
    for (const [, loc, lastmod] of xml.matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/gu)) {
      lastmods.set(pathOf(loc!), lastmod!);
    }
  }
  // Each post's last change (its date, or `updated`), for search engines; the lists have none.
  expect(lastmods.get(seedPost.path)).toBe('2025-02-08T00:00:00.000Z');
  expect([...lastmods.keys()].every((path) => path.startsWith('/blogs/'))).toBe(true);
  const paths = urls.map(pathOf);
  expect(new Set(paths).size).toBe(paths.length);
  const expected = await publishedPosts();
  expect(paths.filter((path) => path.startsWith('/blogs/')).sort()).toEqual(expected.map((p) => p.path).sort());
  expect([...lastmods.keys()].sort()).toEqual(expected.map((p) => p.path).sort());
  expect(paths).toEqual(
    expect.arrayContaining(['/', '/categories/', '/categories/人工智能/', '/timeline/', '/search/']),
  );
  expect(paths.some((path) => path.includes('404'))).toBe(false);
  for (const path of paths) expect((await request.get(encodeURI(path))).status(), path).toBe(200);
});

test('every page links to both feeds in its head', async ({ page }) => {
  for (const path of ['/', seedPost.path, '/timeline/']) {
    await page.goto(path);
    await expect(page.locator('head link[rel=alternate][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      '/rss.xml',
    );
    await expect(page.locator('head link[rel=alternate][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      '/atom.xml',
    );
  }
});

test('each category, series and tag page offers an RSS feed of its posts, newest first, in full but for tags', async ({
  page,
  request,
}) => {
  const listPages = async (index: string, prefix: string) => {
    await page.goto(index);
    return page.locator(`main a[href^="${prefix}"]`).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  };
  const pages = [
    ...(await listPages('/categories/', '/categories/')),
    ...(await listPages('/series/', '/series/')),
    ...(await listPages('/tags/', '/tags/')),
  ];
  expect(pages).toEqual(
    expect.arrayContaining(['/categories/人工智能/', '/series/大模型应用工程/', '/tags/rag/'].map(encodeURI)),
  );
  for (const path of pages) {
    await page.goto(path);
    const feed = `${path}rss.xml`;
    // Offered first in the head, before the site's, and in the page.
    await expect(page.locator('head link[rel=alternate][type="application/rss+xml"]').first()).toHaveAttribute(
      'href',
      feed,
    );
    await expect(page.locator(`main a[href="${feed}"]`)).toHaveText('RSS 订阅');
    const listed = await page
      .locator('main .post-card__title a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));

    const response = await request.get(feed);
    expect(response.status(), feed).toBe(200);
    const entries = await readFeed(page, await response.text());
    // The page's posts (fewer than the limit), newest first whatever order the page lists them in (a series: reading order).
    expect(listed.length).toBeLessThanOrEqual(site.feedLimit);
    expect(entries.map((entry) => new URL(entry.link).pathname).sort()).toEqual([...listed].sort());
    const times = entries.map((entry) => Date.parse(entry.date));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // A tag's feed gives summaries: a post has several tags.
    const full = !path.startsWith('/tags/');
    for (const entry of entries) expect(entry.content.length > 500, entry.link).toBe(full);
  }
  const series = await readFeed(page, await (await request.get(encodeURI('/series/大模型应用工程/rss.xml'))).text());
  expect(series.map((entry) => pathOf(entry.link))).toEqual([
    '/blogs/evaluating-llm-apps/',
    '/blogs/vector-database-selection/',
    '/blogs/rag-basics/',
  ]);
});
