import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { pageTypes } from './page-types';
import { publishedPosts } from './published-posts';

for (const theme of ['light', 'dark'] as const) {
  // A post page is checked below, with every other post.
  for (const { name, path } of pageTypes.filter((type) => type.name !== 'post')) {
    test(`the ${name} page has no axe violations in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      if (name === 'search') await expect(page.locator('.search-hit').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

// Each post's markup comes from what its author wrote (tables, footnotes, callouts, code, math, figures), so every post
// is checked, not one for all. The Markdown guide is checked with its folded callout open (markdown.spec.ts).
for (const post of (await publishedPosts()).filter((post) => post.path !== '/blogs/markdown-guide/')) {
  test(`the post ${post.path} has no axe violations in either theme`, async ({ page }) => {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(encodeURI(post.path));
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await axeViolations(page), theme).toEqual([]);
    }
  });
}

for (const { name, path } of pageTypes) {
  // Lighthouse's "crawlable anchors": a link without an address (the image viewer's, before it had one) is one search
  // engines cannot follow, and keyboards cannot reach.
  test(`every link of the ${name} page has an address`, async ({ page }) => {
    await page.goto(path);
    if (name === 'search') await expect(page.locator('.search-hit').first()).toBeVisible();
    const links = await page
      .locator('a')
      .evaluateAll((anchors) =>
        anchors
          .filter((a) => !a.getAttribute('href')?.trim() || /^javascript:/iu.test(a.getAttribute('href')!))
          .map((a) => a.outerHTML.slice(0, 120)),
      );
    expect(links).toEqual([]);
  });

  test(`the ${name} page has one h1, a main landmark and a skip link first in tab order`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await skip.press('Enter');
    await expect(page).toHaveURL(/#main$/u);
  });
}
