import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from './axe';

const GUIDE = '/blogs/markdown-guide/';
const SEED = '/blogs/gpt-and-deepseek/';
const article = (page: Page) => page.locator('article .prose');

test.describe('the Markdown guide', () => {
  test('renders inline and display math with KaTeX, styled from the site itself', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(article(page).locator('.katex').first()).toBeVisible();
    await expect(article(page).locator('.katex-display')).toHaveCount(3);
    await expect(article(page).locator('.katex-error')).toHaveCount(0);
    const stylesheet = page.locator('link[rel="stylesheet"][href*="katex"]');
    await expect(stylesheet).toHaveCount(1);
    expect(await stylesheet.getAttribute('href')).toMatch(/^\/_astro\//u);
    // The fonts come from the site: KaTeX's main font is loaded, not a fallback.
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
  });

  test('copies formulas as their TeX source, between $ and $$, a selection inside one taking all of it', async ({
    page,
  }) => {
    await page.goto(GUIDE);
    /** The text that copying `what` puts on the clipboard. */
    const copy = (what: 'first paragraph' | 'display formula' | 'inside a formula') =>
      article(page).evaluate((prose, which) => {
        const paragraph = [...prose.querySelectorAll('p')].find((p) => p.textContent?.startsWith('行内公式'))!;
        const range = document.createRange();
        if (which === 'first paragraph') range.selectNodeContents(paragraph);
        if (which === 'display formula') range.selectNode(prose.querySelector('.katex-display')!);
        if (which === 'inside a formula') {
          // From the middle of the first formula's glyphs to the end of the text after it.
          const glyphs = paragraph.querySelector('.katex-html')!;
          range.setStart(glyphs, 1);
          range.setEnd(paragraph, paragraph.childNodes.length);
        }
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        const clipboardData = new DataTransfer();
        document.dispatchEvent(new ClipboardEvent('copy', { clipboardData, bubbles: true, cancelable: true }));
        return clipboardData.getData('text/plain');
      }, what);
    // The copy handler is loaded once the page finds a formula.
    await expect.poll(() => copy('first paragraph')).toContain('$E = mc^2$');
    const text = await copy('first paragraph');
    expect(text).toMatch(
      /^行内公式写在两个美元符号之间，比如质能方程 \$E = mc\^2\$，或者注意力的缩放因子 \$\\frac\{1\}\{\\sqrt\{d_k\}\}\$。/u,
    );
    expect(text).not.toContain('mc2');
    expect(await copy('display formula')).toBe(
      String.raw`$$\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\left(\frac{QK^\top}{\sqrt{d_k}}\right)V$$`,
    );
    expect(await copy('inside a formula')).toMatch(/^\$E = mc\^2\$，/u);
  });

  test('lays formulas out as KaTeX means: exponents small and raised, fractions inline at text size', async ({
    page,
  }) => {
    await page.goto(GUIDE);
    const layout = await article(page).evaluate((prose) => {
      const formula = (tex: string) =>
        [...prose.querySelectorAll('p .katex')].find(
          (katex) => katex.querySelector('annotation')?.textContent === tex,
        )!;
      const glyph = (katex: Element, text: string) =>
        [...katex.querySelectorAll('.katex-html span')].find(
          (span) => span.childElementCount === 0 && span.textContent === text,
        )!;
      const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
      const energy = formula('E = mc^2');
      const [base, exponent] = [glyph(energy, 'c'), glyph(energy, '2')];
      const fraction = formula(String.raw`\frac{1}{\sqrt{d_k}}`);
      return {
        base: size(base),
        exponent: size(exponent),
        raised: base.getBoundingClientRect().top - exponent.getBoundingClientRect().top,
        numerator: size(glyph(fraction, '1')),
        fractionHeight: fraction.getBoundingClientRect().height,
        lineHeight: parseFloat(getComputedStyle(fraction.closest('p')!).lineHeight),
      };
    });
    // With HTML from one KaTeX and the stylesheet of another, exponents and fractions' parts were drawn at full size.
    expect(layout.exponent).toBeLessThan(layout.base * 0.8);
    expect(layout.raised).toBeGreaterThan(2);
    expect(layout.numerator).toBeLessThan(layout.base * 0.8);
    expect(layout.fractionHeight).toBeLessThan(layout.lineHeight * 1.5);
  });

  test('highlights code in the theme of the colour scheme, with a title, a label and marked lines', async ({
    page,
  }) => {
    await page.goto(GUIDE);
    const block = article(page).locator('.code').first();
    await expect(block.locator('.code__title')).toHaveText('src/lib/reading-time.ts');
    await expect(block.locator('.code__language')).toHaveText('ts');
    await expect(block.locator('.line.highlighted')).toHaveCount(3);
    const token = block.locator('.line span[style*="--shiki-light"]').first();
    const colours = await token.evaluate((el) => ({
      light: getComputedStyle(el).getPropertyValue('--shiki-light').trim(),
      shown: getComputedStyle(el).color,
    }));
    expect(colours.shown).toBe(await page.evaluate(cssColour, colours.light));
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await token.evaluate((el) => getComputedStyle(el).getPropertyValue('--shiki-dark').trim());
    await expect(token).toHaveCSS('color', await page.evaluate(cssColour, dark));
    await expect(article(page).locator('.line.diff.add')).toHaveCount(2);
    await expect(article(page).locator('.line.diff.remove')).toHaveCount(2);
    await expect(article(page).locator('.line.focused')).toHaveCount(1);
  });

  test("renders math, code, quotes and links written in Hugo's and Hexo's tags as their Markdown would", async ({
    page,
  }) => {
    await page.goto(GUIDE);
    const tex = (scope: string) => article(page).locator(`${scope} .katex annotation`).allTextContents();
    // `*` and `_` in a formula are TeX's, not emphasis; `\\` is a line break, not an escaped backslash.
    expect(await tex('p')).toEqual(
      expect.arrayContaining([String.raw`\sum_{i=1}^{n} a_i * b_i`, String.raw`E_k = \frac{1}{2}mv^2`]),
    );
    expect(await tex('.katex-display')).toContainEqual(expect.stringContaining(String.raw`B_{1} &= A_{1} \\`));
    const hexo = article(page)
      .locator('.code')
      .filter({ has: page.locator('.code__title', { hasText: '数组去重' }) });
    await expect(hexo.locator('.code__language')).toHaveText('js');
    await expect(hexo.locator('.line.highlighted')).toHaveCount(1);
    const hugo = article(page).locator('.code').filter({ hasText: '# 这一行是注释，不是标题' });
    await expect(hugo.locator('.code__language')).toHaveText('python');
    await expect(hugo.locator('pre')).toHaveClass(/\bline-numbers\b/u);
    await expect(hugo.locator('.line').first()).toHaveClass(/\bhighlighted\b/u);
    // Hexo's quote, with its source under it, where the quote's text starts.
    const quote = article(page).locator('figure.quote');
    await expect(quote.locator('blockquote')).toContainText('走的人多了，也便成了路。');
    await expect(quote.locator('figcaption')).toHaveText('— 鲁迅, 故乡');
    const [text, source] = await Promise.all([
      quote.locator('blockquote p').evaluate((p) => p.getBoundingClientRect().left),
      quote.locator('figcaption').evaluate((caption) => {
        const range = document.createRange();
        range.selectNodeContents(caption);
        return range.getBoundingClientRect().left;
      }),
    ]);
    expect(Math.abs(source - text)).toBeLessThan(2);
    // Hexo's link to another post, titled as that post is.
    await expect(article(page).getByRole('link', { name: 'GPT和DeepSeek模型' })).toHaveAttribute(
      'href',
      '/blogs/gpt-and-deepseek/',
    );
    await expect(article(page).locator('[data-post-title]')).toHaveCount(0);
    // Hugo's, by the address in `ref`.
    await expect(article(page).getByRole('link', { name: '第一篇文章' })).toHaveAttribute(
      'href',
      '/blogs/gpt-and-deepseek/',
    );
    // A relative link to its Markdown file, as GitHub and VitePress write one.
    await expect(article(page).getByRole('link', { name: '又一个链接' })).toHaveAttribute(
      'href',
      '/blogs/gpt-and-deepseek/',
    );
    // Obsidian's wikilink, to a heading there.
    await expect(article(page).getByRole('link', { name: '第一篇里的 GPT-1' })).toHaveAttribute(
      'href',
      `/blogs/gpt-and-deepseek/#${encodeURIComponent('gpt-1-11亿参数')}`,
    );
    // No tag is left as text outside code.
    const leftOver = await article(page).evaluate((prose) => {
      const walker = document.createTreeWalker(prose, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement!.closest('code, pre, .katex')) continue;
        if (/\{\{[<%]|\{%/u.test(node.textContent!)) found.push(node.textContent!);
      }
      return found;
    });
    expect(leftOver).toEqual([]);
  });

  test('copies a code block with its button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-write']);
    // What the page hands the clipboard, kept as the clipboard takes it: reading the clipboard back (`readText`) from
    // headless Chromium failed now and then in CI.
    await page.addInitScript(() => {
      const { clipboard } = navigator;
      const writeText = clipboard.writeText.bind(clipboard);
      clipboard.writeText = async (text: string) => {
        await writeText(text);
        (window as unknown as { copied: string }).copied = text;
      };
    });
    await page.goto(GUIDE);
    const block = article(page).locator('.code').first();
    const button = block.getByRole('button', { name: '复制' });
    await button.click();
    await expect(button).toHaveText('已复制');
    const copied = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied).toMatch(/^export function minutesToRead\(text: string\): number \{\n/u);
    expect(copied).toMatch(/\n\}$/u);
  });

  test('numbers the lines of a block whose fence asks for it, without copying the numbers', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-write']);
    await page.addInitScript(() => {
      navigator.clipboard.writeText = async (text: string) => {
        (window as unknown as { copied: string }).copied = text;
      };
    });
    await page.goto(GUIDE);
    // The guide's block under 行号, and Hugo's `highlight` with `linenos` further down.
    const numbered = article(page).locator('.code', { has: page.locator('pre.line-numbers') });
    await expect(numbered).toHaveCount(2);
    const block = numbered.first();
    const numbers = await block
      .locator('.line')
      .evaluateAll((lines) => lines.map((line) => getComputedStyle(line, '::before').content));
    // Drawn by CSS and left out of what screen readers read (the `/ ''` alternative text).
    expect(numbers).toEqual([
      'counter(line) / ""',
      'counter(line) / ""',
      'counter(line) / ""',
      'counter(line) / ""',
      'counter(line) / ""',
    ]);
    const first = await block
      .locator('.line')
      .first()
      .evaluate((line) => line.getBoundingClientRect().left);
    const code = await block
      .locator('.line span')
      .first()
      .evaluate((span) => span.getBoundingClientRect().left);
    expect(code - first).toBeGreaterThan(20);
    await block.getByRole('button', { name: '复制' }).click();
    const copied = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied).toMatch(/^export function slugFromPath\(filePath: string\): string \{\n {2}const name/u);
  });

  test('keeps the line numbers in place while long lines scroll sideways under them', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(GUIDE);
    const pre = article(page).locator('pre.line-numbers').first();
    await pre.scrollIntoViewIfNeeded();
    const scrolls = await pre.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(scrolls).toBeGreaterThan(80);
    // The gutter: from the block's left edge, diff marks included, to where the code starts.
    const gutter = await pre.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const code = el.querySelector('.line span')!.getBoundingClientRect();
      return { x: box.left, y: box.top, width: code.left - box.left - 2, height: box.height };
    });
    expect(gutter.width).toBeGreaterThan(20);
    // Once the fonts are in and two pictures of the gutter agree: a font swapping in redraws the numbers.
    await page.evaluate(() => document.fonts.ready);
    let before = await page.screenshot({ clip: gutter });
    await expect
      .poll(async () => {
        const again = await page.screenshot({ clip: gutter });
        const same = again.equals(before);
        before = again;
        return same;
      })
      .toBe(true);
    expect(await pre.evaluate((el) => (el.scrollTo({ left: 80, behavior: 'instant' }), el.scrollLeft))).toBe(80);
    // The code moved; the gutter looks as it did, numbers, marks and lines' backgrounds, with no code drawn in it
    // (once the scroll is painted: the picture may be taken before its frame).
    await expect.poll(async () => (await page.screenshot({ clip: gutter })).equals(before)).toBe(true);
  });

  test("shows a VitePress code group as tabs, named by the blocks' labels and worked by keyboard", async ({ page }) => {
    await page.goto(GUIDE);
    const group = article(page).locator('.code-group').first();
    const tabs = group.getByRole('tablist');
    await expect(tabs.getByRole('tab')).toHaveText(['npm', 'pnpm', 'yarn']);
    const panel = (name: string) => group.getByRole('tabpanel', { name, exact: true });
    await expect(tabs.getByRole('tab', { name: 'npm', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(panel('npm')).toContainText('npm create astro@latest');
    await expect(article(page).locator('.code-group > .code:not([hidden])')).toHaveCount(3);
    await tabs.getByRole('tab', { name: 'pnpm' }).click();
    await expect(panel('pnpm')).toContainText('pnpm create astro@latest');
    await expect(panel('npm')).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(tabs.getByRole('tab', { name: 'yarn' })).toBeFocused();
    await expect(panel('yarn')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(tabs.getByRole('tab', { name: 'npm', exact: true })).toBeFocused();
    await page.keyboard.press('End');
    await expect(tabs.getByRole('tab', { name: 'yarn' })).toHaveAttribute('aria-selected', 'true');
  });

  test('switches every code group to the tab a reader chose, and opens the next page on it', async ({ page }) => {
    await page.goto(GUIDE);
    const [first, second] = [0, 1].map((index) => article(page).locator('.code-group').nth(index));
    await expect(second!.getByRole('tabpanel')).toContainText('npm run build');
    await first!.getByRole('tab', { name: 'pnpm' }).click();
    await expect(second!.getByRole('tab', { name: 'pnpm' })).toHaveAttribute('aria-selected', 'true');
    await expect(second!.getByRole('tabpanel')).toContainText('pnpm build');
    await page.reload();
    await expect(first!.getByRole('tab', { name: 'pnpm' })).toHaveAttribute('aria-selected', 'true');
    await expect(first!.getByRole('tabpanel')).toContainText('pnpm create astro@latest');
  });

  test('prints every block of a code group, each with its title, and no tabs', async ({ page }) => {
    await page.goto(GUIDE);
    const group = article(page).locator('.code-group').first();
    await expect(group.getByRole('tablist')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(group.getByRole('tablist')).toBeHidden();
    await expect(group.locator('.code')).toHaveCount(3);
    for (const block of await group.locator('.code').all()) await expect(block).toBeVisible();
    await expect(group.locator('.code__title')).toHaveText(['npm', 'pnpm', 'yarn']);
    for (const title of await group.locator('.code__title').all()) await expect(title).toBeVisible();
  });

  test('shows a code group without JavaScript as its blocks, each titled by its label', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(GUIDE);
    await expect(article(page).locator('.code-group .code__title')).toHaveText([
      'npm',
      'pnpm',
      'yarn',
      'npm',
      'pnpm',
      '用 npm',
      '用 pnpm',
    ]);
    await expect(article(page).locator('.code-group > .code')).toHaveCount(7);
    await context.close();
  });

  test("shows VuePress's code tabs as a code group named by its @tabs, opening on its @tab:active, tied by values", async ({
    page,
  }) => {
    await page.goto(GUIDE);
    const group = article(page).locator('.code-group').nth(2);
    await expect(group.getByRole('tab')).toHaveText(['用 npm', '用 pnpm']);
    await expect(group.getByRole('tab', { name: '用 pnpm' })).toHaveAttribute('aria-selected', 'true');
    await expect(group.getByRole('tabpanel')).toContainText('pnpm preview');
    // The other groups open on their first tab.
    const first = article(page).locator('.code-group').first();
    await expect(first.getByRole('tabpanel')).toContainText('npm create');
    await group.getByRole('tab', { name: '用 npm', exact: true }).click();
    await expect(group.getByRole('tabpanel', { name: '用 npm' })).toContainText('npm run preview');
    // `@tab 用 pnpm#pnpm`: chosen by its value, with the other groups' `pnpm` tabs, and remembered by it.
    await group.getByRole('tab', { name: '用 pnpm' }).click();
    await expect(first.getByRole('tab', { name: 'pnpm' })).toHaveAttribute('aria-selected', 'true');
    await first.getByRole('tab', { name: 'npm', exact: true }).click();
    await expect(group.getByRole('tab', { name: '用 npm' })).toHaveAttribute('aria-selected', 'true');
    await page.reload();
    await expect(group.getByRole('tab', { name: '用 npm' })).toHaveAttribute('aria-selected', 'true');
  });

  test("shows VuePress's tabs as tabs, opening on the author's @tab:active, and remembers the reader's choice", async ({
    page,
  }) => {
    await page.goto(GUIDE);
    const group = article(page).locator('.tabs');
    const tabs = group.getByRole('tablist');
    await expect(tabs.getByRole('tab')).toHaveText(['Windows', 'macOS', 'Linux']);
    const panel = (name: string) => group.getByRole('tabpanel', { name, exact: true });
    await expect(tabs.getByRole('tab', { name: 'macOS' })).toHaveAttribute('aria-selected', 'true');
    await expect(panel('macOS')).toContainText('brew install node');
    await expect(panel('Windows')).toBeHidden();
    // The tab names the panel; its title inside is not shown twice.
    await expect(group.locator('.tabs__label')).toHaveCount(3);
    for (const label of await group.locator('.tabs__label').all()) await expect(label).toBeHidden();
    await tabs.getByRole('tab', { name: 'Linux' }).click();
    await expect(panel('Linux')).toBeVisible();
    await expect(panel('macOS')).toBeHidden();
    await page.keyboard.press('Home');
    await expect(tabs.getByRole('tab', { name: 'Windows' })).toBeFocused();
    await expect(panel('Windows')).toContainText('winget install OpenJS.NodeJS');
    await page.reload();
    await expect(tabs.getByRole('tab', { name: 'Windows' })).toHaveAttribute('aria-selected', 'true');
  });

  test("shows VuePress's tabs without JavaScript, and in print, as their panels, each titled", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(GUIDE);
    await expect(article(page).locator('.tabs [role="tablist"]')).toHaveCount(0);
    await expect(article(page).locator('.tabs__label')).toHaveText(['Windows', 'macOS', 'Linux']);
    for (const panel of await article(page).locator('.tabs__panel').all()) await expect(panel).toBeVisible();
    await context.close();
    const printed = await browser.newPage();
    await printed.goto(GUIDE);
    await expect(article(printed).locator('.tabs').getByRole('tablist')).toBeVisible();
    await printed.emulateMedia({ media: 'print' });
    await expect(article(printed).locator('.tabs').getByRole('tablist')).toBeHidden();
    for (const label of await article(printed).locator('.tabs__label').all()) await expect(label).toBeVisible();
    for (const panel of await article(printed).locator('.tabs__panel').all()) await expect(panel).toBeVisible();
    await printed.close();
  });

  test('renders callouts of all three syntaxes with their names, and folds foldable ones', async ({ page }) => {
    await page.goto(GUIDE);
    const names = ['注意', '提示', '重要', '警告', '危险', '自定义标题', '升级前先备份', '方括号里的标题'];
    // And Hexo's and Hugo's, as posts moved from them write them.
    for (const name of [...names, '从 Hexo 搬来的提示', '从 Hugo 搬来的提示']) {
      await expect(page.getByRole('note', { name, exact: true })).toBeVisible();
    }
    const folded = article(page).locator('details.callout');
    await expect(folded.locator('.callout__body')).toBeHidden();
    await folded.locator('summary').click();
    await expect(folded.locator('.callout__body')).toBeVisible();
    // The plain quote, and Hexo's quote with its source.
    await expect(article(page).locator('blockquote')).toHaveCount(2);
    await expect(article(page).getByText('会议时间:10点，比例 1:2，键值 key:value')).toBeVisible();
    await expect(article(page).locator('p', { hasText: '显示为 🎉，' })).toContainText(':+1: 显示为 👍');
  });

  test('links headings to themselves and lists them in a sticky table of contents', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(GUIDE);
    const heading = page.getByRole('heading', { name: '差异、高亮与聚焦' });
    await expect(heading).toHaveAttribute('id', '差异高亮与聚焦');
    const anchor = page.getByRole('link', { name: '链接到本节：差异、高亮与聚焦' });
    await expect(anchor).toHaveAttribute('href', '#差异高亮与聚焦');
    await heading.hover();
    await expect(anchor).toHaveCSS('opacity', '1');

    const toc = page.locator('.toc--side');
    await expect(toc).toBeVisible();
    await expect(page.locator('.toc--inline')).toBeHidden();
    await expect(toc.getByRole('link')).toHaveText([
      '基础排版',
      '表格与任务列表',
      '脚注',
      '数学公式',
      /^标题里的公式：/u,
      '代码块',
      '差异、高亮与聚焦',
      '行号',
      '代码组',
      '选项卡',
      '长代码行',
      '从 Hexo 和 Hugo 搬来的代码',
      '提示块',
      'GitHub 写法',
      'Obsidian 写法',
      '容器写法',
      '图片',
      '图表',
      '视频',
    ]);
    // Math in a heading shows in its entry as in the heading: KaTeX's markup, with MathML for screen readers.
    const mathEntry = toc.getByRole('link').filter({ hasText: /^标题里的公式：/u });
    await expect(mathEntry.locator('.katex math')).toHaveCount(1);
    await expect(mathEntry.locator('.katex-html')).toBeVisible();
    await expect(mathEntry).not.toContainText('O(n^2)', { useInnerText: true });
    await toc.getByRole('link', { name: '提示块' }).click();
    await expect(toc.getByRole('link', { name: '提示块' })).toHaveAttribute('aria-current', 'location');
    // The heading's own id, written after it as `{#callouts}`, and its text without it.
    await expect(page).toHaveURL(/#callouts$/u);
    await expect(article(page).locator('h2#callouts')).toHaveText('提示块');
    await expect(toc).toBeInViewport();
  });

  test('folds the table of contents above the post on phones, where long math and code scroll', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(GUIDE);
    const toc = page.locator('.toc--inline');
    await expect(toc).toBeVisible();
    await expect(toc.getByRole('link', { name: '图片' })).toBeHidden();
    await toc.locator('summary').click();
    await expect(toc.getByRole('link', { name: '图片' })).toBeVisible();
    for (const scroller of [
      article(page).locator('.katex-display').last(),
      article(page).locator('.code pre').nth(3),
    ]) {
      expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('serves images as AVIF and WebP in several widths, linked to the original, with a caption', async ({
    page,
    request,
  }) => {
    await page.goto(GUIDE);
    const figure = article(page).locator('figure:has(picture)').first();
    await expect(figure.locator('figcaption')).toHaveText('图 1：一篇文章从 Markdown 到 HTML 的过程');
    const picture = figure.locator('picture');
    const avif = await picture.locator('source[type="image/avif"]').getAttribute('srcset');
    expect(avif?.split(', ').map((c) => c.split(' ')[1])).toEqual(['480w', '800w', '1200w', '1600w']);
    await expect(picture.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /\.webp 1600w$/u);
    const img = picture.locator('img');
    await expect(img).toHaveAttribute('alt', 'Inkstone 的 Markdown 渲染流程示意图');
    await expect(img).toHaveAttribute('width', '1600');
    await expect(img).toHaveAttribute('height', '520');
    await expect(img).toHaveAttribute('loading', 'eager');
    expect(await img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(/\.avif$/u);
    await expect(article(page).locator('img').nth(1)).toHaveAttribute('loading', 'lazy');
    const original = await figure.getByRole('link').getAttribute('href');
    expect(original).toBe('/blogs/images/markdown-pipeline.png');
    const response = await request.get(original as string);
    expect(response.headers()['content-type']).toBe('image/png');
    const svg = article(page).locator('img[src$=".svg"]');
    expect((await request.get((await svg.getAttribute('src')) as string)).ok()).toBe(true);
    // Served as it is, with its size, so its space is kept before it loads.
    await expect(svg).toHaveAttribute('width', '1600');
    await expect(svg).toHaveAttribute('height', '520');
  });

  test('opens an image larger on the page, closed by Escape, a click or its button, the focus back on the image', async ({
    page,
  }) => {
    await page.goto(GUIDE);
    const figure = article(page).locator('figure:has(picture)').first();
    const link = figure.getByRole('link');
    await expect(link).toHaveAttribute('aria-haspopup', 'dialog');
    const shownWidth = (await figure.locator('img').boundingBox())!.width;
    const scrolled = await link.evaluate((element) => {
      element.scrollIntoView({ block: 'center' });
      return window.scrollY;
    });
    await link.click();
    const viewer = page.getByRole('dialog', { name: 'Inkstone 的 Markdown 渲染流程示意图' });
    await expect(viewer).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${GUIDE}$`, 'u'));
    await expect(viewer.getByRole('button', { name: '关闭图片' })).toBeFocused();
    await expect(viewer.locator('.image-viewer__caption')).toHaveText('图 1：一篇文章从 Markdown 到 HTML 的过程');
    await expect(viewer.getByRole('link', { name: '查看原图' })).toHaveAttribute(
      'href',
      '/blogs/images/markdown-pipeline.png',
    );
    // 1600 × 520 in a 1280 × 720 window: as wide as the viewer allows (1248, less a scroll bar's gutter where the
    // browser keeps one), so the 1600w AVIF, not the page's 800w.
    const img = viewer.locator('img');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeTruthy();
    const box = (await img.boundingBox())!;
    const room = (await viewer.evaluate((dialog) => dialog.clientWidth)) - 32;
    expect(room).toBeGreaterThan(1200);
    expect(box.width).toBe(room);
    expect(box.height).toBe(Math.floor((room * 520) / 1600));
    expect(box.width).toBeGreaterThan(shownWidth * 1.5);
    const largest = (await figure.locator('source[type="image/avif"]').getAttribute('srcset'))!
      .split(', ')
      .at(-1)!
      .split(' ')[0];
    expect(await img.evaluate((el: HTMLImageElement) => new URL(el.currentSrc).pathname)).toBe(largest);
    // The page behind it does not scroll, and is where it was once the viewer closes.
    await page.mouse.wheel(0, 600);
    await page.keyboard.press('Escape');
    await expect(viewer).toBeHidden();
    await expect(link).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    // From the keyboard; a click on the image closes it too.
    await link.press('Enter');
    await expect(viewer).toBeVisible();
    await img.click();
    await expect(viewer).toBeHidden();
    // Printed with an image open, the page is the post, and runs over several pages.
    await link.press('Enter');
    await page.emulateMedia({ media: 'print' });
    await expect(viewer).toBeHidden();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('visible');
    await page.emulateMedia({ media: 'screen' });
    await expect(viewer).toBeVisible();
    await viewer.getByRole('button', { name: '关闭图片' }).click();
    await expect(viewer).toBeHidden();
    await expect(link).toBeFocused();
    // An image without a caption: named by its text, with no caption shown.
    const plain = article(page).getByRole('link', { name: '同一张示意图，用相对路径引用' });
    await plain.click();
    const second = page.getByRole('dialog', { name: '同一张示意图，用相对路径引用' });
    await expect(second).toBeVisible();
    await expect(second.locator('.image-viewer__caption')).toBeHidden();
    await page.keyboard.press('Escape');
    // ← and → go through the post's images, saying which of how many; closed, the page shows the last one seen.
    const links = article(page).locator('a.image-link');
    await expect(links).toHaveCount(3);
    await link.click();
    const position = page.locator('.image-viewer__position');
    await expect(position).toHaveText('1 / 3');
    await page.keyboard.press('ArrowLeft');
    await expect(position).toHaveText('1 / 3');
    await page.keyboard.press('ArrowRight');
    await expect(second).toBeVisible();
    await expect(position).toHaveText('2 / 3');
    await expect(second.locator('.image-viewer__caption')).toBeHidden();
    // The SVG, served as it is, is the third.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('dialog', { name: 'Inkstone 渲染流程的矢量版本' })).toBeVisible();
    await expect(position).toHaveText('3 / 3');
    await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText('3 / 3');
    await page.keyboard.press('Escape');
    await expect(links.nth(2)).toBeFocused();
    await expect(links.nth(2)).toBeInViewport();
    // A click with Shift opens the original in a window of its own, as links do.
    const [opened] = await Promise.all([page.context().waitForEvent('page'), link.click({ modifiers: ['Shift'] })]);
    // A new window starts at about:blank, loaded, before it goes to the link's address.
    await expect(opened).toHaveURL(/\/blogs\/images\/markdown-pipeline\.png$/u);
    await expect(viewer).toBeHidden();
  });

  test('opens an SVG, served as it is, as large as the window allows, where a PNG stops at its own size', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(GUIDE);
    const svgLink = article(page).getByRole('link', { name: 'Inkstone 渲染流程的矢量版本' });
    await expect(svgLink).toHaveAttribute('href', '/blogs/images/markdown-pipeline.svg');
    await expect(svgLink).toHaveAttribute('aria-haspopup', 'dialog');
    await svgLink.click();
    const viewer = page.getByRole('dialog', { name: 'Inkstone 渲染流程的矢量版本' });
    await expect(viewer).toBeVisible();
    const img = viewer.locator('img');
    await expect(img).toHaveAttribute('src', '/blogs/images/markdown-pipeline.svg');
    // 1600 × 520, drawn as wide as the viewer is, less its margins: 1888 in a 1920 px window (less a scroll bar's
    // gutter where the browser keeps one), larger than the image.
    const room = (await viewer.evaluate((dialog) => dialog.clientWidth)) - 32;
    expect(room).toBeGreaterThan(1800);
    expect(await img.boundingBox()).toMatchObject({ width: room, height: Math.floor((room * 520) / 1600) });
    await expect(viewer.getByRole('link', { name: '查看原图' })).toHaveAttribute(
      'href',
      '/blogs/images/markdown-pipeline.svg',
    );
    await page.keyboard.press('Escape');
    await expect(svgLink).toBeFocused();
    // The PNG of the same size is not blown up.
    await article(page).locator('figure .image-link').first().click();
    expect(await page.getByRole('dialog').locator('img').boundingBox()).toMatchObject({ width: 1600, height: 520 });
  });

  test('fits an opened image to a phone screen, and passes axe open in both themes', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(GUIDE);
      await article(page).locator('figure .image-link').first().click();
      const viewer = page.getByRole('dialog');
      await expect(viewer).toBeVisible();
      const box = (await viewer.locator('img').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(16);
      expect(box.x + box.width).toBeLessThanOrEqual(375 - 16);
      expect(Math.abs(box.height - (box.width * 520) / 1600)).toBeLessThan(1);
      const caption = (await viewer.getByRole('link', { name: '查看原图' }).boundingBox())!;
      expect(caption.y + caption.height).toBeLessThanOrEqual(740);
      expect(await axeViolations(page), theme).toEqual([]);
    }
  });

  test('without JavaScript, an image leads to its original', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(GUIDE);
    await expect(page.locator('dialog.image-viewer')).toBeHidden();
    await expect(article(page).locator('figure .image-link').first()).not.toHaveAttribute('aria-haspopup');
    await article(page).locator('figure .image-link').first().click();
    await expect(page).toHaveURL(/\/blogs\/images\/markdown-pipeline\.png$/u);
    await context.close();
  });

  test('links a file by its path from the post, and serves it where the link leads', async ({ page, request }) => {
    await page.goto(GUIDE);
    const link = article(page).getByRole('link', { name: '功能对照表（CSV）' });
    await expect(link).toHaveAttribute('href', '/blogs/files/markdown-features.csv');
    const response = await request.get('/blogs/files/markdown-features.csv');
    expect(response.ok()).toBe(true);
    expect((await response.text()).split('\n')[0]).toBe('功能,语法,对齐');
  });

  test('keeps the punctuation against an inline formula on its line, and long formulas on the page, on phones', async ({
    page,
  }) => {
    await page.goto(GUIDE);
    const marks = new Set<string>();
    const problems: string[] = [];
    // Every width from 320 to 480 px: where a line breaks depends on it, and the guide's formulas end lines at some.
    for (let width = 320; width <= 480; width += 2) {
      await page.setViewportSize({ width, height: 800 });
      const found = await article(page).evaluate((prose) => {
        const together = (a: DOMRect, b: DOMRect) => a.top < b.bottom && a.bottom > b.top;
        const markAt = (node: Node | null, at: 'start' | 'end', pattern: RegExp) => {
          if (node?.nodeType !== Node.TEXT_NODE || !pattern.test(node.textContent!)) return undefined;
          const range = document.createRange();
          const from = at === 'start' ? 0 : node.textContent!.length - 1;
          range.setStart(node, from);
          range.setEnd(node, from + 1);
          return { text: range.toString(), box: range.getBoundingClientRect() };
        };
        const edge = prose.getBoundingClientRect().right;
        return [...prose.querySelectorAll('.katex')]
          .filter((katex) => !katex.closest('.katex-display'))
          .map((katex) => {
            const glyphs = [...katex.querySelectorAll('.katex-html span')]
              .filter((span) => span.childElementCount === 0 && span.textContent!.trim() !== '')
              .map((span) => span.getBoundingClientRect());
            const after = markAt(katex.nextSibling, 'start', /^[\p{Pe}\p{Pf}\p{Po}]/u);
            const before = markAt(katex.previousSibling, 'end', /[\p{Ps}\p{Pi}]$/u);
            return {
              tex: katex.querySelector('annotation')!.textContent!,
              marks: [after?.text, before?.text].filter((text) => text !== undefined),
              after: after === undefined || together(after.box, glyphs.at(-1)!),
              before: before === undefined || together(before.box, glyphs[0]!),
              inside: Math.max(...glyphs.map((glyph) => glyph.right)) <= edge + 1,
            };
          });
      });
      for (const formula of found) {
        formula.marks.forEach((mark) => marks.add(mark));
        if (!formula.after) problems.push(`${width} px: the punctuation after ${formula.tex} starts a line`);
        if (!formula.before) problems.push(`${width} px: the punctuation before ${formula.tex} ends a line`);
        if (!formula.inside) problems.push(`${width} px: ${formula.tex} runs past the page`);
      }
    }
    expect([...marks]).toEqual(expect.arrayContaining(['，', '。', '（', '）']));
    expect(problems).toEqual([]);
  });

  test("plays a video where it is only when asked: nothing is loaded from the video's site before", async ({
    page,
    browser,
    baseURL,
  }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(new URL(baseURL!).origin)) outside.push(request.url());
    });
    await page.route('https://player.bilibili.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>player</p>' }),
    );
    await page.goto(GUIDE);
    const video = article(page).locator('figure.embed');
    const link = video.getByRole('link', { name: '观看视频（bilibili）' });
    await expect(link).toHaveAttribute('href', 'https://www.bilibili.com/video/BV1xx411c7mD/');
    const box = (await video.boundingBox())!;
    expect(Math.abs(box.height - (box.width * 9) / 16)).toBeLessThan(2);
    await link.scrollIntoViewIfNeeded();
    expect(outside.filter((url) => !url.startsWith('data:'))).toEqual([]);
    await link.click();
    const player = video.locator('iframe.embed__player');
    await expect(player).toHaveAttribute(
      'src',
      'https://player.bilibili.com/player.html?bvid=BV1xx411c7mD&p=1&autoplay=1',
    );
    await expect(player).toHaveAttribute('title', '观看视频（bilibili）');
    await expect(player).toHaveAttribute('allowfullscreen', '');
    await expect(player).toBeFocused();
    expect(Math.abs((await player.boundingBox())!.height - box.height)).toBeLessThan(2);
    await expect(page.frameLocator('iframe.embed__player').locator('p')).toHaveText('player');
    // On paper, before it is played: the link and where it goes, dark on white.
    const printed = await browser.newPage();
    await printed.goto(GUIDE);
    await printed.emulateMedia({ media: 'print' });
    const paper = article(printed).locator('figure.embed > a');
    await expect(paper).toHaveCSS('color', 'rgb(0, 0, 0)');
    expect(await paper.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('bilibili.com/video/');
    await printed.close();
    // Without JavaScript, the link to the video's page.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(GUIDE);
    await expect(article(plain).locator('figure.embed > a')).toHaveAttribute('href', /bilibili\.com\/video\//u);
    await context.close();
  });

  test('draws Mermaid diagrams once they come near, in both themes, and prints the light one', async ({
    page,
    browser,
  }) => {
    const mermaid: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/_inkstone/mermaid-')) mermaid.push(request.url());
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(GUIDE);
    const diagrams = article(page).locator('figure.diagram');
    await expect(diagrams).toHaveCount(2);
    // Far below the first screen: nothing of Mermaid is loaded yet.
    await expect(diagrams.first().locator('.diagram__source')).toContainText('flowchart LR');
    expect(mermaid).toEqual([]);
    await diagrams.first().scrollIntoViewIfNeeded();
    for (const diagram of await diagrams.all()) {
      await expect(diagram).toHaveAttribute('data-drawn', '');
      await expect(diagram.locator('.diagram__source')).toBeHidden();
    }
    expect(mermaid.length).toBeGreaterThan(0);
    // As drawn, in the theme shown.
    const axe = () => axeViolations(page, 'figure.diagram');
    expect(await axe()).toEqual([]);
    const flowchart = diagrams.first();
    const light = flowchart.locator('.diagram__canvas[data-theme="light"]');
    const dark = flowchart.locator('.diagram__canvas[data-theme="dark"]');
    await expect(light).toBeVisible();
    await expect(dark).toBeHidden();
    await expect(light.locator('svg')).toContainText('内容检查');
    await expect(diagrams.nth(1).locator('.diagram__canvas[data-theme="light"] svg')).toContainText('文件、行号和改法');
    // On a phone, the wide flowchart is shrunk no more than to three quarters of its size, and scrolls sideways.
    await page.setViewportSize({ width: 390, height: 800 });
    const sizes = await light.locator('svg').evaluate((svg: SVGSVGElement) => ({
      drawn: svg.getBoundingClientRect().width,
      own: svg.viewBox.baseVal.width,
      figure: svg.closest('figure')!.clientWidth,
      scrolls: svg.closest('figure')!.scrollWidth,
    }));
    expect(sizes.drawn).toBeGreaterThanOrEqual(sizes.own * 0.75 - 1);
    expect(sizes.scrolls).toBeGreaterThan(sizes.figure);
    await expect(flowchart).toHaveAttribute('tabindex', '0');
    expect(await axe()).toEqual([]);
    // And the sequence diagram, narrower than the phone, is not stretched.
    const narrow = diagrams.nth(1).locator('.diagram__canvas[data-theme="light"] svg');
    expect((await narrow.boundingBox())!.width).toBeLessThanOrEqual(
      await narrow.evaluate((svg: SVGSVGElement) => svg.viewBox.baseVal.width + 1),
    );
    // The dark theme shows the other drawing at once; paper gets the light one.
    await page
      .getByRole('banner')
      .getByRole('button', { name: /颜色主题/u })
      .click();
    await page
      .getByRole('banner')
      .getByRole('button', { name: /颜色主题/u })
      .click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(dark).toBeVisible();
    await expect(light).toBeHidden();
    expect(await axe()).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(light).toBeVisible();
    await expect(dark).toBeHidden();
    // Paper does not scroll: the flowchart fits the page.
    expect(await flowchart.evaluate((figure) => figure.scrollWidth <= figure.clientWidth)).toBe(true);
    // Without JavaScript, the source.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(GUIDE);
    await expect(article(plain).locator('figure.diagram .diagram__source').first()).toBeVisible();
    await context.close();
  });

  test('shows the source of a diagram Mermaid cannot draw, with the reason above it', async ({ page }) => {
    await page.route(`**${GUIDE}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('sequenceDiagram\n', 'sequenceDiagramm\n');
      await route.fulfill({ response, body: html });
    });
    page.on('console', () => undefined);
    await page.goto(GUIDE);
    const broken = article(page).locator('figure.diagram').nth(1);
    await broken.scrollIntoViewIfNeeded();
    await expect(broken).toHaveAttribute('data-drawn', 'error');
    await expect(broken.locator('.diagram__error')).toHaveText(/^图表无法绘制：.+/u);
    await expect(broken.locator('.diagram__source')).toBeVisible();
    await expect(broken.locator('svg')).toHaveCount(0);
    // The other one is drawn all the same.
    await expect(article(page).locator('figure.diagram').first()).toHaveAttribute('data-drawn', '');
  });

  test('leaves as much space after a table as after a paragraph', async ({ page }) => {
    await page.goto(GUIDE);
    // The guide's table is followed by the task list; a paragraph by another somewhere in the post.
    const gaps = await article(page).evaluate((prose) => {
      const gapAfter = (element: Element) =>
        element.nextElementSibling!.getBoundingClientRect().top - element.getBoundingClientRect().bottom;
      const children = [...prose.children];
      const table = children.find((element) => element.tagName === 'TABLE')!;
      const paragraph = children.find((element) => element.matches('p') && element.nextElementSibling?.matches('p'))!;
      return { table: gapAfter(table), paragraph: gapAfter(paragraph) };
    });
    expect(gaps.paragraph).toBeGreaterThan(10);
    expect(gaps.table).toBeCloseTo(gaps.paragraph, 0);
  });

  test("leaves Obsidian's comments out of the page", async ({ page }) => {
    await page.goto(GUIDE);
    await expect(article(page)).toContainText('Obsidian 的注释 %%…%% 不会发布：');
    await expect(article(page)).not.toContainText('这句只有作者看得到');
  });

  test('marks links to other sites only', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(page.getByRole('link', { name: '站外链接' })).toHaveAttribute('rel', 'noopener noreferrer');
    const internal = page.getByRole('link', { name: '站内链接' });
    await expect(internal).not.toHaveAttribute('rel', /.+/u);
    await expect(internal).not.toHaveClass(/external-link/u);
  });
});

test('the copy buttons stay hidden without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(GUIDE);
  await expect(page.locator('.code__copy').first()).toBeHidden();
  await expect(page.locator('.code pre').first()).toBeVisible();
  await context.close();
});

test('the seed post loads no KaTeX, keeps its notes as blockquotes and optimizes its three images', async ({
  page,
}) => {
  await page.goto(SEED);
  await expect(page.locator('link[href*="katex"]')).toHaveCount(0);
  await expect(article(page).locator('blockquote')).toHaveCount(6);
  await expect(article(page).locator('.callout')).toHaveCount(0);
  const pictures = article(page).locator('picture');
  await expect(pictures).toHaveCount(3);
  for (const picture of await pictures.all()) {
    await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\.avif 1600w$/u);
    await expect(picture.locator('img')).toHaveAttribute('width', '1600');
  }
  await expect(pictures.first().locator('img')).toHaveAttribute('loading', 'eager');
  await expect(pictures.nth(1).locator('img')).toHaveAttribute('loading', 'lazy');
});

for (const theme of ['light', 'dark'] as const) {
  test(`every Markdown feature of the guide passes axe in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(GUIDE);
    await page.locator('details.callout summary').click();
    expect(await axeViolations(page)).toEqual([]);
  });
}

/** A CSS colour (`#D73A49`) as the browser reports computed colours (`rgb(215, 58, 73)`). */
function cssColour(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}
