import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { pageTypes, seedPost } from './page-types';

/** Loads a page and everything it loads on its own or once scrolled through (lazy images, the search index). */
async function loadFully(page: Page, name: string, path: string) {
  const response = await page.goto(path);
  if (name === 'search') await expect(page.locator('.search-hit').first()).toBeVisible();
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  await page.waitForLoadState('networkidle');
  return response;
}

for (const { name, path } of pageTypes) {
  test(`the ${name} page makes no failed or external requests`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requests: string[] = [];
    const failures: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      const isPage = response.request().isNavigationRequest();
      if (response.status() >= 400 && !(isPage && name === '404'))
        failures.push(`${response.url()} ${response.status()}`);
    });
    const response = await loadFully(page, name, path);
    expect(response?.status()).toBe(name === '404' ? 404 : 200);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(failures).toEqual([]);
  });
}

test('a post page ships under 5 KB of compressed JavaScript and 20 KB of compressed CSS, and no framework', async ({
  page,
}) => {
  const bodies: { type: 'script' | 'stylesheet'; text: string }[] = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet') bodies.push({ type, text: await response.text() });
  });
  await loadFully(page, 'post', seedPost.path);
  const inline = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map(
      (s) => s.textContent ?? '',
    ),
    styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
  }));
  const gzipped = (texts: string[]) => texts.reduce((sum, text) => sum + gzipSync(text).length, 0);
  const js = gzipped([...inline.scripts, ...bodies.filter((b) => b.type === 'script').map((b) => b.text)]);
  const css = gzipped([...inline.styles, ...bodies.filter((b) => b.type === 'stylesheet').map((b) => b.text)]);
  expect(js, `JavaScript: ${js} bytes compressed`).toBeLessThan(5 * 1024);
  expect(css, `CSS: ${css} bytes compressed`).toBeLessThan(20 * 1024);
  const allScripts = [...inline.scripts, ...bodies.map((b) => b.text)].join('\n');
  expect(allScripts).not.toMatch(/react|preact|svelte|__vue|solid-js/iu);
});
