import { expect, test, type Page } from '@playwright/test';
import { seedPost } from './page-types';

const LIGHT_BG = 'rgb(253, 252, 249)';
const DARK_BG = 'rgb(20, 22, 26)';

/** What the page looked like when `data-theme` was first set, and whether `<body>` had been parsed yet. */
async function recordFirstTheme(page: Page) {
  await page.addInitScript(() => {
    const seen: { theme?: string; bodyParsed?: boolean } = {};
    (window as unknown as { firstTheme: typeof seen }).firstTheme = seen;
    new MutationObserver((_, observer) => {
      seen.theme = document.documentElement.dataset.theme;
      seen.bodyParsed = document.body !== null;
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-theme'] });
  });
}

const firstTheme = (page: Page) => page.evaluate(() => (window as unknown as { firstTheme: object }).firstTheme);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const toggle = (page: Page) => page.getByRole('banner').getByRole('button', { name: /颜色主题/u });

test('with no choice stored, the theme follows the system colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle(page)).toHaveAccessibleName('颜色主题：跟随系统');
  expect(await background(page)).toBe(DARK_BG);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe(LIGHT_BG);
});

test('the toggle walks light → dark → system, and a reload keeps the choice from the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await recordFirstTheme(page);
  await page.goto(seedPost.path);
  await toggle(page).click();
  await expect(toggle(page)).toHaveAccessibleName('颜色主题：浅色');
  await toggle(page).click();
  await expect(toggle(page)).toHaveAccessibleName('颜色主题：深色');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(DARK_BG);

  await page.reload();
  // Set by the inline script in <head>, before <body> exists, so before anything is painted.
  expect(await firstTheme(page)).toEqual({ theme: 'dark', bodyParsed: false });
  expect(await background(page)).toBe(DARK_BG);
  await expect(toggle(page)).toHaveAccessibleName('颜色主题：深色');

  await page.goto('/timeline/');
  expect(await firstTheme(page)).toEqual({ theme: 'dark', bodyParsed: false });

  await toggle(page).click();
  await expect(toggle(page)).toHaveAccessibleName('颜色主题：跟随系统');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  expect(await firstTheme(page)).toEqual({ theme: 'light', bodyParsed: false });
  expect(await page.evaluate(() => localStorage.getItem('inkstone-theme'))).toBeNull();
});

test('a stored light choice wins over a dark system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addInitScript(() => localStorage.setItem('inkstone-theme', 'light'));
  await page.goto(seedPost.path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe(LIGHT_BG);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('the page follows the system scheme and hides the toggle that cannot work', async ({ page }) => {
    await page.goto(seedPost.path);
    expect(await background(page)).toBe(DARK_BG);
    await expect(page.locator('.theme-toggle')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedPost.title);
  });
});
