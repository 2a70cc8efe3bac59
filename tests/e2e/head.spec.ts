import { expect, test, type Page } from '@playwright/test';
import { pageTypes, seedPost } from './page-types';

const SITE = 'https://inkstone.example.com';

const meta = (page: Page, key: string) =>
  page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).getAttribute('content');

test('the seed post carries its title, description, canonical URL, social cards and JSON-LD', async ({
  page,
  request,
}) => {
  await page.goto(seedPost.path);
  const canonical = `${SITE}${seedPost.path}`;
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle(`${seedPost.title} | Inkstone`);
  await expect(page.locator('head link[rel=canonical]')).toHaveAttribute('href', canonical);

  const description = await meta(page, 'description');
  expect(description?.length).toBeGreaterThan(20);
  expect(await meta(page, 'og:description')).toBe(description);
  expect(await meta(page, 'og:title')).toBe(seedPost.title);
  expect(await meta(page, 'og:type')).toBe('article');
  expect(await meta(page, 'og:url')).toBe(canonical);
  expect(await meta(page, 'og:locale')).toBe('zh_CN');
  expect(await meta(page, 'article:published_time')).toBe('2025-02-08');
  expect(await meta(page, 'article:section')).toBe('人工智能');
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  expect(await meta(page, 'twitter:title')).toBe(seedPost.title);

  // No cover in its frontmatter, so the site's default card, which must exist.
  const image = await meta(page, 'og:image');
  expect(image).toBe(`${SITE}/social-card.png`);
  expect(await meta(page, 'twitter:image')).toBe(image);
  const png = await request.get(new URL(image!).pathname);
  expect(png.headers()['content-type']).toContain('image/png');
  expect(await meta(page, 'og:image:width')).toBe('1200');

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
  expect(jsonLd).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: seedPost.title,
    datePublished: '2025-02-08',
    url: canonical,
    image,
    articleSection: '人工智能',
    inLanguage: 'zh-CN',
    author: { name: 'Inkstone' },
  });
  expect(jsonLd.description).toBe(description);
});

test("a post in another language than the site's gives that language to social cards and JSON-LD", async ({ page }) => {
  await page.goto('/blogs/web-performance-budgets/');
  expect(await meta(page, 'og:locale')).toBe('en');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd.inLanguage).toBe('en');
});

test('every page type has a title, a description, a canonical URL and Open Graph tags', async ({ page }) => {
  for (const { name, path } of pageTypes) {
    await page.goto(path);
    await expect(page.locator('html'), name).toHaveAttribute('lang', 'zh-CN');
    expect(await page.title(), name).toMatch(/Inkstone$/u);
    expect((await meta(page, 'description'))?.length, name).toBeGreaterThan(5);
    expect(await page.locator('head link[rel=canonical]').getAttribute('href'), name).toMatch(/^https:\/\//u);
    expect(await meta(page, 'og:image'), name).toMatch(/^https:\/\//u);
    expect(await meta(page, 'og:type'), name).toBe(name === 'post' ? 'article' : 'website');
    const jsonLd = await page.locator('script[type="application/ld+json"]').count();
    expect(jsonLd, name).toBe(name === 'post' ? 1 : 0);
  }
});
