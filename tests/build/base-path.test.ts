/**
 * A site served under a path, as a GitHub Pages project site is (`https://me.github.io/blog/`): the sample site, posts
 * and pages, built with that `url`, has every page, file, link, feed entry and search result under `/blog/`, and
 * works in a browser served there.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type BuildResult, type FixtureSite } from '../../scripts/lib/fixture-site.ts';
import { serveDist } from '../../scripts/serve-dist.ts';
import { post, publishedPosts } from './helpers.ts';
import { chromiumPath } from '../chromium.ts';
import { checkInvariants } from './invariants.ts';

const NOW = '2026-11-30T00:00:00Z';
const URL_UNDER_PATH = 'https://me.github.io/blog/';
const siteConfig = readFileSync(path.join(import.meta.dirname, '../../src/site.config.ts'), 'utf8').replace(
  "url: 'https://inkstone.example.com/'",
  `url: '${URL_UNDER_PATH}'`,
);

/** A post with a link of each kind an author writes from the site's root, and an old address. */
const links = post(
  '从根路径写的链接',
  [
    '见[第一篇](/blogs/gpt-and-deepseek/#gpt-1-11亿参数)和[分类](/categories/人工智能/)。',
    '',
    '![流程图](/blogs/images/markdown-pipeline.svg)',
    '',
    '<a href="/timeline/">时间线</a>，<img src="/blogs/images/markdown-pipeline.svg" alt="原始 HTML 的图" width="200">',
  ].join('\n'),
  'aliases: [/posts/old-links/]\n',
  '2026-11-01',
);

let site: FixtureSite;
let build: BuildResult;
const read = (file: string) => readFileSync(path.join(site.outDir, file), 'utf8');

beforeAll(async () => {
  site = await createFixtureSite({
    withSampleContent: true,
    files: {
      'src/site.config.ts': siteConfig,
      'content/blogs/root-links.md': links,
      // MDX's own HTML elements too.
      'content/blogs/root-links-mdx.mdx': post(
        'MDX 里从根路径写的链接',
        '<a href="/timeline/">时间线</a>\n\n<img src="/blogs/images/markdown-pipeline.svg" alt="MDX 的图" width="200" />\n\n[分类](/categories/)',
        '',
        '2026-11-02',
      ),
    },
  });
  build = await site.run(['build'], { INKSTONE_NOW: NOW });
});

afterAll(() => site?.remove());

describe('a site served under a path', () => {
  it('builds, its link check following every link under the path, and keeps every invariant', async () => {
    expect(build.output).not.toMatch(/error|warn/iu);
    expect(build.code).toBe(0);
    const report = await checkInvariants(site.outDir, publishedPosts(site.root, NOW), URL_UNDER_PATH);
    expect(report.failures).toEqual([]);
    expect(report.skipped).toEqual([]);
  });

  it('links nothing outside the path: no page, stylesheet, script or file from the host root', () => {
    const outside: string[] = [];
    const files = globSync(['**/*.html', '**/*.css', '**/*.js'], { cwd: site.outDir });
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = read(file);
      // Attributes and CSS `url()`s from the host's root; `//host/…` is another site.
      for (const [found] of text.matchAll(
        /(?:\s(?:href|src|srcset|action|poster|content)=["']?|url\(["']?)\/(?![/]|blog\/)[^"'\s)>]*/gu,
      )) {
        outside.push(`${file}: ${found.trim()}`);
      }
      for (const [found] of text.matchAll(/https:\/\/me\.github\.io\/(?!blog\/)[^"'\s<]*/gu)) {
        outside.push(`${file}: ${found}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('gives full addresses under the path in the feeds, the sitemap, robots.txt and the OpenSearch description', () => {
    const addresses = ['rss.xml', 'atom.xml', 'sitemap-0.xml', 'robots.txt', 'opensearch.xml']
      .map((file) => [file, read(file)] as const)
      .flatMap(([file, text]) =>
        [...text.matchAll(/https:\/\/me\.github\.io\/[^"'\s<]*/gu)].map(([url]) => `${file} ${url}`),
      );
    expect(addresses.filter((line) => !line.includes(' https://me.github.io/blog/'))).toEqual([]);
    expect(read('robots.txt')).toContain('Sitemap: https://me.github.io/blog/sitemap-index.xml');
    expect(read('opensearch.xml')).toContain('template="https://me.github.io/blog/search/?q={searchTerms}"');
    // With the post's last change, and without the alias's page, as the sitemap has them at the root.
    expect(read('sitemap-0.xml')).toContain(
      '<loc>https://me.github.io/blog/blogs/gpt-and-deepseek/</loc><lastmod>2025-02-08T00:00:00.000Z</lastmod>',
    );
    expect(read('sitemap-0.xml')).not.toContain('old-links');
    // A post's own links and images, full in the feed, under the path.
    const rss = read('rss.xml');
    expect(rss).toContain('https://me.github.io/blog/blogs/gpt-and-deepseek/#gpt-1-11%E4%BA%BF%E5%8F%82%E6%95%B0');
    expect(rss).toMatch(/https:\/\/me\.github\.io\/blog\/_astro\/gpt1\.[\w-]+\.avif 480w/u);
  });

  it("writes an author's links from the site's root under the path, and sends an old address there", () => {
    const page = read('blogs/root-links/index.html');
    expect(page).toContain('<a href="/blog/blogs/gpt-and-deepseek/#gpt-1-11%E4%BA%BF%E5%8F%82%E6%95%B0">第一篇</a>');
    expect(page).toContain('<a href="/blog/timeline/">时间线</a>');
    expect(page).toContain('<img src="/blog/blogs/images/markdown-pipeline.svg" alt="原始 HTML 的图" width="200">');
    expect(read('posts/old-links/index.html')).toContain('content="0;url=/blog/blogs/root-links/"');
    const mdx = read('blogs/root-links-mdx/index.html');
    expect(mdx).toContain('<a href="/blog/timeline/">时间线</a>');
    expect(mdx).toContain('<img src="/blog/blogs/images/markdown-pipeline.svg" alt="MDX 的图" width="200"/>');
    expect(mdx).toContain('<a href="/blog/categories/">分类</a>');
    // The search page has its own box, not the header's, under the path too.
    expect(read('search/index.html')).not.toContain('id="header-search"');
    expect(read('timeline/index.html')).toContain('id="header-search"');
    // The header's current page is found under the path too.
    expect(read('timeline/index.html')).toContain('<a href="/blog/timeline/" aria-current="page">');
  });
});

describe('in a browser, served under the path', () => {
  let server: Server;
  let browser: Browser;
  let origin = '';

  beforeAll(async () => {
    server = await serveDist(site.outDir, 0, '/blog/');
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: chromiumPath() });
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('loads every request of a post page and the home page, images and styles included', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    // A request the next page's navigation cancels (the favicon's, say) is not one that failed.
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`failed ${request.url()}`);
    });
    await page.goto(`${origin}/blog/`);
    await page.goto(`${origin}/blog/blogs/gpt-and-deepseek/`);
    // Each image loaded now, not as it is scrolled to.
    const loaded = await page.locator('article img').evaluateAll((images) =>
      Promise.all(
        images.map(async (image) => {
          const img = image as HTMLImageElement;
          img.loading = 'eager';
          await img.decode().catch(() => undefined);
          return `${img.currentSrc} ${img.naturalWidth > 0}`;
        }),
      ),
    );
    expect(loaded.length).toBeGreaterThan(2);
    expect(loaded.filter((line) => !line.endsWith(' true'))).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('searches, with results under the path', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/blog/search/?q=DeepSeek`);
    // Waited for as a locator (Playwright's 30 s), not polled (Vitest's 1 s), which a busy machine outlasts.
    const first = page.locator('.search-hit__title a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/blog\/blogs\//u);
    await first.click();
    await page.waitForURL(/^[^?#]*\/blog\/blogs\/[^/]+\/$/u);
    await page.close();
  });

  it("offers a search for a missing address's words, without the path's", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/blog/blogs/deepseek-old/`);
    await page.locator('[data-search-from-address][href="/blog/search/?q=deepseek%20old"]').waitFor();
    await page.close();
  });
});
