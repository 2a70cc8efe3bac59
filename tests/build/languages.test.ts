/**
 * A site in Traditional Chinese (`language: 'zh-TW'`), as Taiwan writes it: the UI, the words the Markdown plugins
 * write, dates and reading times in it, Traditional typefaces, and a search index that finds its words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type BuildResult, type FixtureSite } from '../../scripts/lib/fixture-site.ts';
import { post, publishedPosts, useBrowsedSite } from './helpers.ts';
import { checkInvariants } from './invariants.ts';

const siteConfig = readFileSync(path.join(import.meta.dirname, '../../src/site.config.ts'), 'utf8')
  .replace("language: 'zh-CN'", "language: 'zh-TW'")
  .replace("timeZone: 'Asia/Shanghai'", "timeZone: 'Asia/Taipei'");

const files = {
  'src/site.config.ts': siteConfig,
  'content/blogs/vector-db.md': post(
    '如何挑選向量資料庫',
    [
      '挑選向量資料庫之前，先想清楚查詢的規模與延遲要求。[^1]',
      '',
      '> [!NOTE]',
      '> 預設標題跟隨網站語言。',
      '',
      '```ts',
      "const index = 'hnsw';",
      '```',
      '',
      '[^1]: 參見各家的基準測試。',
    ].join('\n'),
    'readTime: 1 分鐘\ntags: [資料庫]\n',
  ),
};

let site: FixtureSite;
let build: BuildResult;
const page = (urlPath: string) => readFileSync(path.join(site.outDir, urlPath, 'index.html'), 'utf8');

beforeAll(async () => {
  site = await createFixtureSite({ files });
  build = await site.run(['build'], { INKSTONE_NOW: '2026-01-01T00:00:00Z' });
});

afterAll(() => site?.remove());

describe('a site in Traditional Chinese', () => {
  it('builds, keeping every invariant', async () => {
    expect(build.output).not.toMatch(/error|warn/iu);
    expect(build.code).toBe(0);
    const report = await checkInvariants(site.outDir, publishedPosts(site.root, '2026-01-01T00:00:00Z'));
    expect(report.failures).toEqual([]);
  });

  it('speaks it in every page and in what the Markdown plugins write', () => {
    const home = page('');
    expect(home).toContain('<html lang="zh-TW">');
    expect(home).toContain('<a href="/timeline/">時間軸</a>');
    expect(home).toContain('placeholder="搜尋"');
    const article = page('blogs/vector-db');
    expect(article).toContain('<time datetime="2025-01-15">2025年1月15日</time>');
    expect(article).toContain('1 分鐘閱讀');
    expect(article).toMatch(/<p class="callout__title"[^>]*>.*?<\/span>注意<\/p>/u);
    expect(article).toContain('>複製</button>');
    expect(article).toContain('<h2 class="visually-hidden" id="footnote-label">註腳</h2>');
    expect(page('search')).toContain('全文搜尋本站的所有文章。');
    expect(readFileSync(path.join(site.outDir, '404.html'), 'utf8')).toContain('找不到這個頁面');
  });

  describe('in a browser', () => {
    const browsed = useBrowsedSite(() => site.outDir);

    it('sets it in Traditional typefaces, and code in its own', async () => {
      const tab = await browsed.browser.newPage();
      await tab.goto(`${browsed.origin}/blogs/vector-db/`);
      const font = (selector: string) =>
        tab
          .locator(selector)
          .first()
          .evaluate((element) => getComputedStyle(element).fontFamily);
      expect(await font('article p')).toContain('"PingFang TC"');
      expect(await font('article p')).not.toContain('"PingFang SC"');
      expect(await font('pre code')).toMatch(/^ui-monospace/u);
      await tab.close();
    });

    it('finds its words', async () => {
      const tab = await browsed.browser.newPage();
      await tab.goto(`${browsed.origin}/search/?q=資料庫`);
      await expect.poll(() => tab.locator('[data-search-status]').textContent()).toBe('找到 1 個結果');
      expect(await tab.locator('.search-hit__title a').textContent()).toBe('如何挑選向量資料庫');
      await tab.close();
    });
  });
});
