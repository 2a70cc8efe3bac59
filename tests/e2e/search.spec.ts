import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEFAULT_EXCLUDE_SELECTORS } from '../../src/integrations/pagefind.ts';
import { seedPost } from './page-types';

/** Lower-cased, without white space, as the search page compares phrases. */
const normalize = (text: string) => text.toLowerCase().replace(/\s+/gu, '');

/**
 * Every post's indexed text (its article without what Pagefind leaves out), by path, read from the built pages:
 * one line per block, so no phrase runs from a heading into the next paragraph.
 */
async function postTexts(page: Page, request: APIRequestContext): Promise<Map<string, string>> {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/blogs\/[^<]+)<\/loc>/gu)].map((m) => m[1]!);
  const texts = new Map<string, string>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const text = await page.evaluate(
      ({ source, excluded }) => {
        const doc = new DOMParser().parseFromString(source, 'text/html');
        doc.querySelectorAll(excluded.join(', ')).forEach((node) => node.remove());
        doc
          .querySelectorAll('article :is(h1, h2, h3, h4, h5, h6, p, li, td, th, dt, dd, figcaption)')
          .forEach((node) => {
            node.append('\n');
          });
        return doc.querySelector('article')?.textContent ?? '';
      },
      { source: html, excluded: DEFAULT_EXCLUDE_SELECTORS },
    );
    texts.set(decodeURI(path), text);
  }
  return texts;
}

async function search(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toHaveText(/找到 \d+ 个结果|没有找到/u);
  return page.locator('.search-hit');
}

async function resultPaths(page: Page, query: string): Promise<string[]> {
  const hits = await search(page, query);
  const hrefs = await hits
    .locator('.search-hit__title a')
    .evaluateAll((links) => links.map((link) => decodeURI(new URL((link as HTMLAnchorElement).href).pathname)));
  return hrefs;
}

const chineseQueries = ['强化学习', '推理模型', '上下文学习', 'DeepSeek模型', '少样本学习', '原生多模态', '冷启动'];
const englishQueries = ['Common Crawl', 'multi-head latent attention', 'HumanEval', 'Transformer'];

test('Chinese, mixed and English queries find the seed post, and a post containing the phrase comes first', async ({
  page,
  request,
}) => {
  const texts = await postTexts(page, request);
  expect(texts.size).toBeGreaterThan(1);
  for (const query of [...chineseQueries, ...englishQueries]) {
    const containing = [...texts]
      .filter(([, text]) => normalize(text).includes(normalize(query)))
      .map(([path]) => path);
    expect(containing, `premise: the seed post contains "${query}"`).toContain(seedPost.path);
    const results = await resultPaths(page, query);
    expect(results, query).toEqual(expect.arrayContaining(containing));
    expect(containing, `first result for "${query}"`).toContain(results[0]);
  }
});

test('a phrase found in only one post returns that post first, in any post', async ({ page, request }) => {
  const texts = await postTexts(page, request);
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  let checked = 0;
  for (const [path, text] of texts) {
    // Two adjacent Chinese words of the post, in one block, that no other post contains.
    const segments = [...segmenter.segment(text)].map((s) => s.segment);
    const isWord = (segment = '') => /^\p{Script=Han}{2,}$/u.test(segment);
    const phrase = segments
      .map((segment, i) => (isWord(segment) && isWord(segments[i + 1]) ? segment + segments[i + 1] : ''))
      .find(
        (candidate) =>
          candidate !== '' &&
          [...texts.values()].every((other) => other === text || !normalize(other).includes(candidate)),
      );
    if (!phrase) continue;
    const results = await resultPaths(page, phrase);
    expect(results[0], `"${phrase}" from ${path}`).toBe(path);
    checked++;
  }
  expect(checked).toBeGreaterThan(1);
});

test('a result shows title, category, date, a highlighted excerpt and a link to the matching heading', async ({
  page,
}) => {
  const hits = await search(page, '冷启动');
  const first = hits.first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(seedPost.title);
  await expect(first.locator('.search-hit__meta')).toHaveText('人工智能 · 2025年2月8日');
  await expect(first.locator('.search-hit__excerpt mark').first()).toHaveText(/冷启动|冷|启动/u);
  const section = first.locator('a.search-hit__section');
  await expect(section).toHaveText('§ DeepSeek-R1');
  // To the heading, and to the excerpt's words under it (a text directive), which the browser scrolls to and marks.
  await expect(section).toHaveAttribute(
    'href',
    `${seedPost.path}#deepseek-r1:~:text=${encodeURIComponent('冷启动')},-SFT`,
  );
  await section.click();
  await expect(page).toHaveURL(new RegExp(`${seedPost.path}#deepseek-r1`, 'u'));
  await expect(page.locator('#deepseek-r1')).toBeInViewport();
  // The words are in the middle of the window, where browsers put a text directive's match, not near its top, where
  // the heading's anchor alone would have put them.
  const words = page.locator('article strong', { hasText: /^冷启动SFT/u });
  const { height } = page.viewportSize()!;
  await expect.poll(async () => (await words.boundingBox())!.y / height).toBeGreaterThan(0.3);
  expect((await words.boundingBox())!.y / height).toBeLessThan(0.7);
  // The table of contents marks the section led to, whose heading is above the words, not the one above it.
  await expect(page.locator('.toc').getByRole('link', { name: 'DeepSeek-R1' })).toHaveAttribute(
    'aria-current',
    'location',
  );
});

test('a result without words to tell its place in the section leads to the heading alone', async ({ page }) => {
  // `代码块` is the heading itself, which the table of contents repeats above it: a text directive would lead there.
  const hits = await search(page, '代码块');
  const section = hits.locator('a.search-hit__section', { hasText: '§ 代码块' }).first();
  await expect(section).toHaveAttribute('href', `/blogs/markdown-guide/#${encodeURIComponent('代码块')}`);
});

test("excerpts of Chinese text end Pagefind's blocks with 。, not with its `. `", async ({ page }) => {
  const hits = await search(page, '模型');
  const excerpts = await hits.locator('.search-hit__excerpt').allTextContents();
  // Pagefind ends each heading and list item without a full stop with `. `: the seed post's list items do.
  expect(excerpts.join('')).toContain('。');
  expect(excerpts.filter((text) => /\p{Script=Han}\. /u.test(text))).toEqual([]);
});

test("a post in another language than the site's shows its title and excerpt in that language", async ({ page }) => {
  const hits = await search(page, 'performance budget');
  const english = hits.filter({ hasText: 'Web Performance Budgets That Actually Hold' });
  await expect(english.getByRole('link').first()).toHaveAttribute('lang', 'en');
  await expect(english.locator('.search-hit__excerpt')).toHaveAttribute('lang', 'en');
  const chinese = (await search(page, '冷启动')).first();
  await expect(chinese.getByRole('link').first()).not.toHaveAttribute('lang', /.+/u);
  await expect(chinese.locator('.search-hit__excerpt')).not.toHaveAttribute('lang', /.+/u);
});

test('a query with no match says so', async ({ page }) => {
  const hits = await search(page, '量子纠缠传送门');
  await expect(hits).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('没有找到与“量子纠缠传送门”相关的内容。');
});

test('typing on the search page searches as you type and keeps the query in the address', async ({ page }) => {
  await page.goto('/search/');
  const input = page.getByRole('searchbox', { name: '搜索文章' });
  await expect(input).toBeFocused();
  await input.fill('上下文学习');
  await expect(page.locator('.search-hit').first().getByRole('link').first()).toHaveText(seedPost.title);
  await expect(page).toHaveURL(/\?q=%E4%B8%8A%E4%B8%8B%E6%96%87%E5%AD%A6%E4%B9%A0$/u);
});

test('the header box, focused with / or Ctrl+K, opens the search page with results', async ({ page }) => {
  await page.goto(seedPost.path);
  const box = page.getByRole('banner').getByRole('searchbox', { name: '搜索文章' });
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await box.blur();
  await page.keyboard.press('Control+K');
  await expect(box).toBeFocused();
  await box.fill('推理模型');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/u);
  await expect(page.getByRole('searchbox', { name: '搜索文章' })).toHaveValue('推理模型');
  await expect(page.locator('.search-hit').first()).toContainText(seedPost.title);
});

/**
 * Pagefind's bundle with `count` results for any query, standing in for a site with more posts than the sample has:
 * the page shows results in batches, whatever the index. A phrase search (in quotes) finds the results containing it.
 */
const fakePagefind = (count: number) => `
  const hits = Array.from({ length: ${count} }, (_, i) => ({
    id: 'fake-' + (i + 1),
    url: '/blogs/fake-' + (i + 1) + '/',
    content: '第 ' + (i + 1) + ' 篇',
    excerpt: '第 <mark>' + (i + 1) + '</mark> 篇',
    meta: { title: '结果 ' + (i + 1) },
    sub_results: [],
  }));
  export async function search(query) {
    const phrase = /^"(.+)"$/.exec(query)?.[1];
    const found = phrase === undefined ? hits : hits.filter((hit) => hit.content.includes(phrase));
    return { results: found.map((hit) => ({ id: hit.id, data: async () => hit })) };
  }
`;

/**
 * The built Pagefind bundle, with `count` stand-ins for posts that have the query's words apart ranked above the real
 * results of a plain search (a phrase search, in quotes, is left alone): the sample site has too few posts to fill a
 * batch.
 */
const paddedPagefind = (count: number) => `
  import * as pagefind from '/pagefind/pagefind.js?real';
  const padding = Array.from({ length: ${count} }, (_, i) => ({
    id: 'padding-' + (i + 1),
    data: async () => ({
      url: '/blogs/padding-' + (i + 1) + '/',
      content: '上下文很长，学习 DeepSeek 的新模型、原生的多模态和 Common 的 Crawl',
      excerpt: '',
      meta: { title: '凑数 ' + (i + 1) },
      sub_results: [],
    }),
  }));
  export async function search(query) {
    const found = await pagefind.search(query);
    return /^".+"$/.test(query) ? found : { results: [...padding, ...found.results] };
  }
`;

test('posts containing the query as written come first, even when Pagefind ranks them beyond the first batch', async ({
  page,
  request,
}) => {
  await page.route(
    (url) => url.pathname === '/pagefind/pagefind.js' && url.search === '',
    (route) => route.fulfill({ contentType: 'text/javascript', body: paddedPagefind(60) }),
  );
  const texts = await postTexts(page, request);
  for (const query of ['上下文学习', '原生多模态', 'DeepSeek 模型', 'deepseek模型', 'Common Crawl']) {
    const containing = [...texts]
      .filter(([, text]) => normalize(text).includes(normalize(query)))
      .map(([path]) => path);
    expect(containing.length, `premise: a post contains "${query}"`).toBeGreaterThan(0);
    const results = await resultPaths(page, query);
    expect(results.slice(0, containing.length).sort(), query).toEqual(containing.sort());
  }
});

test('many results come 50 at a time, and more on request, focus on the first new one', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: fakePagefind(120) }),
  );
  await page.goto('/search/?q=篇');
  await expect(page.getByRole('status')).toHaveText('找到 120 个结果');
  const hits = page.locator('.search-hit');
  await expect(hits).toHaveCount(50);
  const more = page.getByRole('button', { name: '显示更多（还有 70 个）' });
  await more.click();
  await expect(hits).toHaveCount(100);
  await expect(page.getByRole('link', { name: '结果 51', exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: '结果 50', exact: true })).toBeFocused();
  await page.getByRole('button', { name: '显示更多（还有 20 个）' }).click();
  await expect(hits).toHaveCount(120);
  await expect(hits.last().getByRole('link')).toHaveText('结果 120');
  await expect(page.locator('[data-search-more]')).toBeHidden();
  // A new query starts again from its first batch.
  await page.getByRole('searchbox', { name: '搜索文章' }).fill('另一篇');
  await expect(page).toHaveURL(/\?q=%E5%8F%A6/u);
  await expect(hits).toHaveCount(50);
  await expect(page.getByRole('button', { name: '显示更多（还有 70 个）' })).toBeVisible();
});

test('a query with fewer results than a batch shows no button for more', async ({ page }) => {
  await search(page, '冷启动');
  await expect(page.locator('.search-hit').first()).toBeVisible();
  await expect(page.locator('[data-search-more]')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says plainly that search needs JavaScript', async ({ page }) => {
    await page.goto('/search/?q=test');
    await expect(page.getByText('搜索需要启用 JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: '时间线' }).last()).toBeVisible();
  });
});

test("a browser can add the site's search: the head links to an OpenSearch description whose address finds posts", async ({
  page,
  request,
}) => {
  await page.goto(seedPost.path);
  const link = page.locator('head link[rel=search]');
  await expect(link).toHaveAttribute('type', 'application/opensearchdescription+xml');
  await expect(link).toHaveAttribute('title', 'Inkstone');
  const response = await request.get((await link.getAttribute('href'))!);
  // As the static host types an `.xml` file.
  expect(response.headers()['content-type']).toContain('xml');
  const description = await page.evaluate(
    (xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error(doc.querySelector('parsererror')!.textContent!);
      const root = doc.documentElement;
      const text = (name: string) => root.getElementsByTagName(name)[0]?.textContent;
      const url = root.getElementsByTagName('Url')[0]!;
      return {
        namespace: root.namespaceURI,
        shortName: text('ShortName'),
        type: url.getAttribute('type'),
        template: url.getAttribute('template'),
        image: text('Image'),
      };
    },
    await response.text(),
  );
  expect(description).toEqual({
    namespace: 'http://a9.com/-/spec/opensearch/1.1/',
    shortName: 'Inkstone',
    type: 'text/html',
    template: 'https://inkstone.example.com/search/?q={searchTerms}',
    image: 'https://inkstone.example.com/favicon.svg',
  });
  expect((await request.get(new URL(description.image!).pathname)).status()).toBe(200);
  // What the browser opens for a query typed in its address bar.
  const target = new URL(description.template!.replace('{searchTerms}', encodeURIComponent('上下文学习')));
  await page.goto(`${target.pathname}${target.search}`);
  await expect(page.locator('.search-hit').first().getByRole('link').first()).toHaveText(seedPost.title);
});

test('finds the page of its own too, by its words, without a date or category', async ({ page }) => {
  const hits = await search(page, '文档生成器');
  const about = hits.filter({ has: page.getByRole('link', { name: '关于本站' }) });
  await expect(about).toHaveCount(1);
  await expect(about.getByRole('link', { name: '关于本站' }).first()).toHaveAttribute('href', /^\/about\//u);
  await expect(about.locator('.search-hit__meta')).toHaveCount(0);
});
