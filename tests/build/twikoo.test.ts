/**
 * Comments kept by a Twikoo server of the site's own (`comments: { twikoo: { envId } }`): nothing of Twikoo's before
 * the reader asks; then its client, from the site, asks the server for the post's thread by the post's path and shows
 * it. A stand-in plays the server in the browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type BuildResult, type FixtureSite } from '../../scripts/lib/fixture-site.ts';
import { post, useBrowsedSite } from './helpers.ts';

const TWIKOO = 'https://twikoo.example.com';
const siteConfig = readFileSync(path.join(import.meta.dirname, '../../src/site.config.ts'), 'utf8').replace(
  /\n {2}nav: \[/u,
  `\n  comments: { twikoo: { envId: '${TWIKOO}', commentCount: true } },\n  nav: [`,
);

let site: FixtureSite;
let build: BuildResult;
const read = (file: string) => readFileSync(path.join(site.outDir, file), 'utf8');

beforeAll(async () => {
  site = await createFixtureSite({
    files: { 'src/site.config.ts': siteConfig, 'content/blogs/a-post.md': post('一篇文章', '正文。') },
  });
  build = await site.run(['build'], { INKSTONE_NOW: '2026-01-01T00:00:00Z' });
});

afterAll(() => site?.remove());

describe('comments by Twikoo', () => {
  const browsed = useBrowsedSite(() => site.outDir);

  it("build, carrying Twikoo's client and none of another service's", () => {
    expect(build.output).not.toMatch(/error|warn/iu);
    expect(build.code).toBe(0);
    const files = globSync('_astro/*.js', { cwd: site.outDir });
    expect(files.filter((file) => /twikoo\.min\./u.test(file))).toHaveLength(1);
    expect(files.filter((file) => /waline|giscus/iu.test(file) || /waline|giscus/u.test(read(file)))).toEqual([]);
  });

  it("load from the site when the reader asks, not before, and show the post's thread from the site's server", async () => {
    const page = await browsed.browser.newPage();
    const events: Record<string, unknown>[] = [];
    const twikooFiles: string[] = [];
    page.on('request', (request) => {
      if (/twikoo/iu.test(new URL(request.url()).pathname)) twikooFiles.push(new URL(request.url()).pathname);
    });
    await page.route(`${TWIKOO}/**`, async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { event?: string };
      events.push(body);
      const replies: Record<string, unknown> = {
        GET_FUNC_VERSION: { version: '1.7.9' },
        GET_CONFIG: { config: { SITE_NAME: 'Inkstone', COMMENT_PLACEHOLDER: '写下你的想法' } },
        COMMENT_GET: {
          data: [
            {
              id: 'c1',
              nick: '读者甲',
              comment: '<p>写得清楚，谢谢。</p>',
              created: Date.parse('2025-06-01T08:00:00Z'),
              updated: Date.parse('2025-06-01T08:00:00Z'),
              replies: [],
            },
          ],
          more: false,
          count: 1,
        },
      };
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(replies[body.event ?? ''] ?? {}) });
    });
    await page.goto(`${browsed.origin}/blogs/a-post/`);
    await page
      .getByText('评论由 Twikoo 提供，保存在 twikoo.example.com。加载后，浏览器会连接 twikoo.example.com。')
      .waitFor();
    await page.waitForLoadState('networkidle');
    expect(events).toEqual([]);
    expect(twikooFiles).toEqual([]);
    await page.getByRole('button', { name: '加载评论' }).click();
    const comment = page.getByText('写得清楚，谢谢。');
    await comment.waitFor();
    // In the page's colours, light and dark (Twikoo's text takes the colour around it).
    const colour = () => comment.evaluate((element) => getComputedStyle(element).color);
    expect(await colour()).toBe('rgb(29, 31, 35)');
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await expect.poll(colour).toBe('rgb(230, 230, 227)');
    // Its client from the site, and the post's thread by its path.
    // Inkstone's loader of it, then the client.
    expect(twikooFiles).toEqual([
      expect.stringMatching(/^\/_astro\/twikoo\.[\w-]+\.js$/u),
      expect.stringMatching(/^\/_astro\/twikoo\.min\.[\w-]+\.js$/u),
    ]);
    expect(events.map((event) => event.event)).toContain('GET_CONFIG');
    expect(events.find((event) => event.event === 'COMMENT_GET')).toMatchObject({ url: '/blogs/a-post/' });
    await page.close();
  });

  it('are counted beside each post of a list, asked of the server once for the list, replies included', async () => {
    const page = await browsed.browser.newPage();
    const events: Record<string, unknown>[] = [];
    await page.route(`${TWIKOO}/**`, async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { urls?: string[] };
      events.push(body);
      const data = (body.urls ?? []).map((url) => ({ url, count: url === '/blogs/a-post/' ? 2 : 0 }));
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data }) });
    });
    await page.goto(`${browsed.origin}/`);
    const count = page.locator('.post-card').getByRole('link', { name: '评论 2' });
    await count.waitFor();
    expect(await count.getAttribute('href')).toBe('/blogs/a-post/#post-comments');
    expect(events).toEqual([{ event: 'GET_COMMENTS_COUNT', urls: ['/blogs/a-post/'], includeReply: true }]);
    await page.close();
  });

  it('leave the counts hidden when the server cannot be reached', async () => {
    const page = await browsed.browser.newPage();
    await page.route(`${TWIKOO}/**`, (route) => route.abort());
    await page.goto(`${browsed.origin}/`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.post-meta__comments').count()).toBe(1);
    expect(await page.locator('.post-meta__comments').isHidden()).toBe(true);
    await page.close();
  });
});
