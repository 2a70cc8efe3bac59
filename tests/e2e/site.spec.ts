import { expect, test } from '@playwright/test';

/** The site's license (`license` in `src/site.config.ts`). */
const LICENSE = 'https://creativecommons.org/licenses/by-nc-sa/4.0/deed.zh-hans';

const seedHeadings = [
  'GPT',
  'GPT-1 (1.1亿参数)',
  'GPT-2 (15亿参数)',
  'GPT-3 (1750亿参数)',
  'CodeX',
  'WebGPT',
  'InstructGPT',
  'ChatGPT',
  'GPT-4',
  'GPT-4o',
  'o系列模型',
  'o-series',
  'DeepSeek',
  '训练框架',
  '数据准备',
  'DeepSeek-V3',
  '核心架构解析',
  'DeepSeek-R1',
  '为什么DeepSeek会引起世界关注',
];

test('the home page lists the seed post and opens it by click', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  const link = page.getByRole('link', { name: 'GPT和DeepSeek模型' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/blogs\/gpt-and-deepseek\/$/u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('GPT和DeepSeek模型');
});

test("the footer names the author once, after the copyright sign, and the site's license", async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.site-footer')).toHaveText('© Inkstone · CC BY-NC-SA 4.0 · 由 Inkstone 构建');
  await expect(page.locator('.site-footer').getByRole('link', { name: 'CC BY-NC-SA 4.0' })).toHaveAttribute(
    'href',
    LICENSE,
  );
});

test('a post ends with its license notice: its author, its address and the terms of sharing it', async ({ page }) => {
  for (const path of ['/blogs/gpt-and-deepseek/', '/blogs/浏览器渲染原理/']) {
    await page.goto(encodeURI(path));
    const notice = page.getByRole('complementary', { name: '版权声明' });
    await expect(notice).toBeVisible();
    // After the post's text, outside the article, which search indexes.
    expect(await notice.evaluate((aside) => aside.previousElementSibling?.tagName)).toBe('ARTICLE');
    await expect(notice.locator('dt')).toHaveText(['本文作者', '本文链接']);
    await expect(notice.locator('dd').first()).toHaveText('Inkstone');
    // The post's own address, as its canonical link gives it, shown decoded.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const link = notice.locator('dd a');
    await expect(link).toHaveAttribute('href', canonical!);
    await expect(link).toHaveText(`https://inkstone.example.com${path}`);
    await expect(notice.locator('p')).toHaveText('本文采用 CC BY-NC-SA 4.0 许可协议，转载请注明作者和出处。');
    await expect(notice.locator('a[rel="license"]')).toHaveAttribute('href', LICENSE);
  }
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd.license).toBe(LICENSE);
});

test("a post in another language than the site's says so on its title and text, and only there", async ({ page }) => {
  const english = 'Web Performance Budgets That Actually Hold';
  await page.goto('/blogs/web-performance-budgets/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
  await expect(page.locator('article .prose')).toHaveAttribute('lang', 'en');
  // The date, category and reading time around them are the site's words, in the site's language.
  await expect(page.locator('article .post-meta')).not.toHaveAttribute('lang', /.+/u);
  await page.goto('/');
  await expect(page.getByRole('link', { name: english })).toHaveAttribute('lang', 'en');
  await page.goto('/timeline/');
  await expect(page.getByRole('link', { name: english })).toHaveAttribute('lang', 'en');
  await page.goto('/blogs/gpt-and-deepseek/');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', /.+/u);
});

test('the seed post shows its title, date, category, read time and every heading', async ({ page }) => {
  await page.goto('/blogs/gpt-and-deepseek/');
  const header = page.locator('article header').first();
  await expect(header.locator('time')).toHaveAttribute('datetime', '2025-02-08');
  await expect(header.locator('time')).toHaveText('2025年2月8日');
  await expect(header.getByRole('link', { name: '人工智能' })).toHaveAttribute(
    'href',
    '/categories/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/',
  );
  await expect(header).toContainText('3 分钟阅读');
  const headings = page.locator('article :is(h2, h3, h4)');
  for (const text of seedHeadings) {
    await expect(
      headings.filter({ hasText: new RegExp(`^\\s*${text.replace(/[()]/gu, '\\$&')}\\s*$`, 'u') }),
    ).toHaveCount(1);
  }
  const images = page.locator('article img');
  await expect(images).toHaveCount(3);
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }
});

test('a post last changed over a year before it is read says so above its text, moving nothing', async ({ page }) => {
  const notice = page.getByRole('note').filter({ hasText: '本文最后更新于' });
  // The seed post, of 8 February 2025, read on 30 November 2026; its text where it was when the page was first drawn.
  await page.clock.setFixedTime(new Date('2026-11-30T12:00:00+08:00'));
  await page.goto('/blogs/gpt-and-deepseek/');
  await expect(notice).toHaveText('本文最后更新于1年前，其中的信息可能已经过时。');
  await expect(notice).toHaveAttribute('data-pagefind-ignore');
  const shifts = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          resolve(list.getEntries().reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 500);
      }),
  );
  expect(shifts).toBe(0);
  // Read in its first year, it says nothing.
  await page.clock.setFixedTime(new Date('2025-06-01T12:00:00+08:00'));
  await page.reload();
  await expect(page.locator('.post-outdated')).toBeHidden();
  // The Markdown guide counts from its update, shown beside its date: on 30 November 2026, it is new.
  await page.goto('/blogs/markdown-guide/');
  const header = page.locator('article header').first();
  await expect(header.locator('.post-meta__updated')).toHaveText('更新于 2026年11月30日');
  await expect(header.locator('.post-meta__updated time')).toHaveAttribute('datetime', '2026-11-30');
  await page.clock.setFixedTime(new Date('2026-12-30T12:00:00+08:00'));
  await page.reload();
  await expect(notice).toBeHidden();
  await page.clock.setFixedTime(new Date('2028-01-01T12:00:00+08:00'));
  await page.reload();
  await expect(notice).toHaveText('本文最后更新于1年前，其中的信息可能已经过时。');
});

test('the categories index leads to the 人工智能 page, which lists the seed post', async ({ page }) => {
  await page.goto('/categories/');
  const item = page.locator('.category-list li', { hasText: '人工智能' });
  await expect(item).toContainText(/\d+ 篇/u);
  await item.getByRole('link', { name: '人工智能' }).click();
  await expect(page).toHaveURL(/\/categories\/(%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD|人工智能)\/$/u);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('人工智能');
  await expect(page.getByRole('link', { name: 'GPT和DeepSeek模型' })).toBeVisible();
});

test("a post's tags lead to their pages, which list every post with the tag, and to the tag index", async ({
  page,
}) => {
  await page.goto('/blogs/cjk-latin-spacing/');
  const tags = page.locator('.post__tags');
  await expect(tags.getByRole('link')).toHaveText(['#排版', '#技术写作', '#中文']);
  await tags.getByRole('link', { name: '#技术写作' }).click();
  await expect(page).toHaveURL(/\/tags\/(%E6%8A%80%E6%9C%AF%E5%86%99%E4%BD%9C|技术写作)\/$/u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('标签：技术写作');
  await expect(page.locator('.page-lead')).toContainText('2 篇');
  await expect(page.getByRole('link', { name: '写作中的中英文混排规范' })).toBeVisible();
  await expect(page.getByRole('link', { name: '技术文档的结构：教程、指南、参考与解释' })).toBeVisible();
  await page.getByRole('link', { name: '全部标签' }).click();
  await expect(page).toHaveURL(/\/tags\/$/u);
  await expect(page.locator('.category-list li', { hasText: '技术写作' })).toContainText('2 篇');
});

test('a post ends with related posts, each sharing a tag or the category with it', async ({ page }) => {
  const topics = async () => ({
    tags: await page.locator('.post__tags a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    category: await page.locator('.post-meta a[href^="/categories/"]').getAttribute('href'),
  });
  await page.goto('/blogs/cjk-latin-spacing/');
  const own = await topics();
  const related = page.getByRole('navigation', { name: '相关文章' });
  // The other post tagged 技术写作 comes first: a shared tag counts for more than the category.
  await expect(related.getByRole('link').first()).toHaveText('技术文档的结构：教程、指南、参考与解释');
  const links = await related.getByRole('link').evaluateAll((all) => all.map((link) => link.getAttribute('href')!));
  expect(links).toHaveLength(3);
  expect(links).not.toContain('/blogs/cjk-latin-spacing/');
  for (const link of links) {
    await page.goto(link);
    const other = await topics();
    expect(other.category === own.category || other.tags.some((tag) => own.tags.includes(tag)), link).toBe(true);
  }
});

test('a post of a series lists its parts in reading order, marks itself, leads on to the next, and leaves them out of related posts', async ({
  page,
}) => {
  const hrefs = (links: Element[]) => links.map((link) => link.getAttribute('href')!);
  await page.goto('/blogs/vector-database-selection/');
  const series = page.getByRole('navigation', { name: /^系列：大模型应用工程/u });
  await expect(series).toContainText('第 2 篇，共 3 篇');
  await expect(series.getByRole('listitem')).toHaveText([
    '检索增强生成（RAG）入门',
    '向量数据库选型：先问清楚这五个问题',
    'Evaluating LLM Features with a Small, Honest Test Set',
  ]);
  await expect(series.locator('[aria-current="page"]')).toHaveText('向量数据库选型：先问清楚这五个问题');
  expect(await series.getByRole('link').evaluateAll(hrefs)).toEqual([
    `/series/${encodeURIComponent('大模型应用工程')}/`,
    '/blogs/rag-basics/',
    '/blogs/evaluating-llm-apps/',
  ]);
  // The English part's title is marked as English.
  await expect(series.locator('[lang="en"]')).toHaveText('Evaluating LLM Features with a Small, Honest Test Set');
  const related = await page.getByRole('navigation', { name: '相关文章' }).getByRole('link').evaluateAll(hrefs);
  expect(related.length).toBeGreaterThan(0);
  expect(related.filter((href) => ['/blogs/rag-basics/', '/blogs/evaluating-llm-apps/'].includes(href))).toEqual([]);
  // At its end, the next part, for a reader of the series; the last part has none.
  const next = page.getByRole('navigation', { name: '本系列的下一篇' });
  expect(await next.getByRole('link').evaluateAll(hrefs)).toEqual(['/blogs/evaluating-llm-apps/']);
  await page.goto('/blogs/evaluating-llm-apps/');
  await expect(page.getByRole('navigation', { name: /^系列：大模型应用工程/u })).toContainText('第 3 篇，共 3 篇');
  await expect(next).toHaveCount(0);
  // A post in no series has neither.
  await page.goto('/blogs/cjk-latin-spacing/');
  await expect(page.getByRole('navigation', { name: /^系列|本系列/u })).toHaveCount(0);
});

test('the categories index offers the tags and series too, and no authors on a site of one author', async ({
  page,
  request,
}) => {
  await page.goto('/categories/');
  await expect(page.locator('.page-lead')).toHaveText('也可以按标签浏览 · 也可以按系列浏览');
  await page.getByRole('link', { name: '也可以按标签浏览' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('标签');
  // Every post of the sample is the site's author's: no byline, and no author pages.
  expect((await request.get('/authors/')).status()).toBe(404);
  await page.goto('/blogs/gpt-and-deepseek/');
  await expect(page.locator('.post-meta__author')).toHaveCount(0);
});

test("a series' page lists its parts in reading order, numbered, reached from its posts and the series index", async ({
  page,
}) => {
  await page.goto('/categories/');
  await page.getByRole('link', { name: '也可以按系列浏览' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('系列');
  // With what the series is about, from content/series.yaml.
  const about = '从检索增强生成入门，到选向量数据库，再到用一小组诚实的测试评估效果：把大模型做成可靠应用的三步。';
  await expect(page.getByRole('main').getByRole('listitem')).toHaveText([
    new RegExp(`^大模型应用工程\\s*3 篇\\s*${about}$`, 'u'),
  ]);
  await page.getByRole('link', { name: '大模型应用工程' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('系列：大模型应用工程');
  await expect(page.getByRole('main').getByText(about)).toBeVisible();
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', about);
  const parts = page.locator('.post-card');
  await expect(parts.locator('.post-card__part')).toHaveText(['第 1 篇', '第 2 篇', '第 3 篇']);
  await expect(parts.getByRole('heading', { level: 2 })).toHaveText([
    '检索增强生成（RAG）入门',
    '向量数据库选型：先问清楚这五个问题',
    'Evaluating LLM Features with a Small, Honest Test Set',
  ]);
  await page.getByRole('link', { name: '全部系列' }).click();
  await expect(page).toHaveURL(/\/series\/$/u);
  // From a part, by the series' name at the top of its box.
  await page.goto('/blogs/rag-basics/');
  await page
    .getByRole('navigation', { name: /^系列：大模型应用工程/u })
    .getByRole('link', { name: '系列：大模型应用工程' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('系列：大模型应用工程');
});

test('the categories page and a category page say what the category is about, from content/categories.yaml', async ({
  page,
}) => {
  const about = '大模型、检索与评测：人工智能落到应用里的那一面。';
  await page.goto('/categories/');
  await expect(page.getByRole('main').getByRole('listitem').first()).toHaveText(
    new RegExp(`^人工智能\\s*5 篇\\s*${about}$`, 'u'),
  );
  await page.getByRole('main').getByRole('link', { name: '人工智能' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('人工智能');
  await expect(page.getByRole('main').getByText(about)).toBeVisible();
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', about);
});

test('the tags page and a tag page say what the tag is about, from content/tags.yaml, found by any spelling', async ({
  page,
}) => {
  const about = '检索增强生成：先找到相关的文档，再让模型据此回答。';
  await page.goto('/tags/');
  await expect(page.locator('.category-list li', { hasText: 'RAG' })).toHaveText(
    new RegExp(`^RAG\\s*2 篇\\s*${about}$`, 'u'),
  );
  // A tag the file does not describe has no description.
  await expect(page.locator('.category-list li', { hasText: '大模型' })).toHaveText(/^大模型\s*2 篇$/u);
  await page.getByRole('main').getByRole('link', { name: 'RAG' }).click();
  await expect(page).toHaveURL(/\/tags\/rag\/$/u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('标签：RAG');
  await expect(page.getByRole('main').getByText(about)).toBeVisible();
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', about);
});

test('a category page answers at its percent-encoded address', async ({ request }) => {
  const response = await request.get('/categories/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/');
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('GPT和DeepSeek模型');
});

test('the timeline shows 2025, then February, then the seed post', async ({ page }) => {
  await page.goto('/timeline/');
  const year = page.locator('section.timeline-year', {
    has: page.getByRole('heading', { level: 2, name: /^2025 年/u }),
  });
  await expect(year).toHaveCount(1);
  const month = year.locator('section.timeline-month', {
    has: page.getByRole('heading', { level: 3, name: /^二月/u }),
  });
  await expect(month.getByRole('link', { name: 'GPT和DeepSeek模型' })).toBeVisible();
  await expect(month.locator('h3 .count')).toHaveText(/\d+ 篇/u);
});

test('pagination leads to a second page with older posts and back', async ({ page }) => {
  await page.goto('/');
  const firstPage = await page.locator('.post-list .post-card__title a').allTextContents();
  expect(firstPage).toHaveLength(10);
  const nav = page.getByRole('navigation', { name: '分页' });
  await expect(nav.getByRole('link', { name: '第 1 页' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL(/\/page\/2\/$/u);
  const secondPage = await page.locator('.post-list .post-card__title a').allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
  await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '上一页' }).click();
  await expect(page).toHaveURL(/\/$/u);
});

test('an unknown address gets the 404 page with a link home', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(page).toHaveURL(/\/$/u);
});

test('the 404 page searches the site for the words of the address', async ({ page }) => {
  await page.goto('/blogs/gpt-deepseek-old/');
  await page.getByRole('link', { name: '搜索相关文章' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=gpt%20deepseek%20old$/u);
  await expect(page.locator('.search-hit').first()).toContainText('GPT和DeepSeek模型');
});

test('on phones, no title, heading, paragraph or list item ends with a line of one Chinese character', async ({
  page,
}) => {
  // Headings are balanced and text is wrapped "pretty": without it, these posts had 4 to 14 such lines at these widths.
  const posts = ['gpt-and-deepseek', 'markdown-guide', 'rag-basics', 'cjk-latin-spacing', 'evaluating-llm-apps'];
  for (const width of [320, 375, 390, 414]) {
    await page.setViewportSize({ width, height: 800 });
    for (const slug of posts) {
      await page.goto(`/blogs/${slug}/`);
      const lonely = await page
        .locator('article h1, article h2, article h3, .prose p, .prose li')
        .evaluateAll((blocks) =>
          blocks.flatMap((block) => {
            const range = document.createRange();
            range.selectNodeContents(block);
            // The width of each line, by its bottom edge.
            const lines = new Map<number, number>();
            for (const rect of range.getClientRects()) {
              if (rect.width > 0)
                lines.set(Math.round(rect.bottom), (lines.get(Math.round(rect.bottom)) ?? 0) + rect.width);
            }
            const widths = [...lines.values()];
            const em = parseFloat(getComputedStyle(block).fontSize);
            const last = block.textContent!.trim().slice(-1);
            return widths.length > 1 && widths.at(-1)! < em * 1.2 && /\p{Script=Han}/u.test(last)
              ? [block.textContent!.trim().slice(-12)]
              : [];
          }),
        );
      expect(lonely, `${slug} at ${width} px`).toEqual([]);
    }
  }
});

test('the layout fits a 320 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/blogs/gpt-and-deepseek/', '/categories/', '/timeline/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("the header's 关于 leads to the sample's page of its own, in the posts' styles, and marks it current", async ({
  page,
}) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByRole('link', { name: '关于' }).click();
  await page.waitForURL('**/about/');
  await expect(nav.getByRole('link', { name: '关于' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于本站');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['写了什么', '订阅']);
  // Its note is a callout, as in a post; its formula KaTeX's, with the stylesheet the page loads for it.
  await expect(page.locator('.prose .callout--note')).toContainText('content/pages/about.md');
  await expect(page.locator('.prose .katex')).toHaveCount(1);
  const fontSize = await page
    .locator('.prose p')
    .first()
    .evaluate((p) => getComputedStyle(p).fontSize);
  await page.goto('/blogs/gpt-and-deepseek/');
  expect(
    await page
      .locator('.prose p')
      .first()
      .evaluate((p) => getComputedStyle(p).fontSize),
  ).toBe(fontSize);
});
