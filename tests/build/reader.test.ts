import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type BuildResult, type FixtureSite } from '../../scripts/lib/fixture-site.ts';
import { feedHtml } from '../../src/lib/feed-html.ts';
import { useBrowsedSite } from './helpers.ts';

const SITE = 'https://inkstone.example.com';

const post = (frontmatter: string, body: string) => `---\n${frontmatter.trim()}\n---\n\n${body}\n`;

const files = {
  'content/blogs/with-cover.md': post(
    'title: 有封面的文章\ndate: 2025-01-15\ncategory: 测试\ntags: [alpha, beta]\ncover: ./images/cover.png',
    [
      '正文里的可见词 visibletoken。',
      '',
      '## 第二节',
      '',
      '```haskell title="titletoken.hs"',
      'codeonlytoken = 1',
      '```',
      '',
      '<p><span class="katex">katexonlytoken</span><span class="visually-hidden">hiddentoken</span></p>',
      '',
      // Through the older post's aliases, anchor and all: the link check looks for the anchor where they lead.
      '见[[旧名#小节]]与[旧址](/posts/old/)。',
    ].join('\n'),
  ),
  // An old address (Hugo's) and another name (Obsidian's): pages that send readers on, in no sitemap or search index.
  'content/blogs/older.md': post(
    'title: 较早的文章\ndate: 2024-06-01\ncategory: 其他\naliases: [/posts/old/, /p/3a2b.html, 旧名]\ncomments: false\nreward: false',
    // A heading whose id the page's own parts must not take (the related posts' list once did).
    '## 小节\n\n较早的正文 oldertoken。\n\n## Post Related\n\n一节。',
  ),
  'content/blogs/component.mdx': post(
    'title: MDX 文章\ndate: 2024-09-01\ncategory: 其他',
    "export const word = 'mdxtoken';\n\nMDX 正文 {word}。",
  ),
  // Pagefind ranks words, not phrases: the short post with 上下文 and 学习 apart, many times, outscores the
  // long one that has 上下文学习 once.
  'content/blogs/words-apart.md': post(
    'title: 词分开\ndate: 2024-05-01\ncategory: 其他',
    '上下文很重要。学习需要时间。上下文与学习。先看上下文，再学习。上下文！学习！',
  ),
  'content/blogs/phrase.md': post(
    'title: 完整短语\ndate: 2024-05-02\ncategory: 其他',
    `${'这一段是与主题无关的填充文字，讲天气、讲城市、讲旅行。'.repeat(30)}\n\nGPT-3 具备上下文学习能力。`,
  ),
  'content/blogs/draft.md': post(
    'title: 草稿\ndate: 2024-08-01\ncategory: 测试\ndraft: true\naliases: /drafts/old/',
    'drafttoken',
  ),
  'content/blogs/future.md': post('title: 未来的文章\ndate: 2099-01-01\ncategory: 测试', 'futuretoken'),
};
const published = ['/blogs/component/', '/blogs/older/', '/blogs/phrase/', '/blogs/with-cover/', '/blogs/words-apart/'];

// Fewer feed items than published posts, so the limit shows.
/** A stand-in for a payment code's picture. */
const QR = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><rect width="1" height="1"/></svg>';

const siteConfig = readFileSync(path.join(import.meta.dirname, '../../src/site.config.ts'), 'utf8')
  .replace(/feedLimit: \d+/u, 'feedLimit: 3')
  // And a link to edit each post, as documentation sites have.
  .replace(/\n {2}nav: \[/u, "\n  editLink: { baseUrl: 'https://github.com/me/blog/edit/main/' },\n  nav: [")
  // Codes readers may tip the author by, with words of the site's own.
  .replace(
    /\n {2}nav: \[/u,
    "\n  reward: { text: '请作者喝杯茶。', codes: [{ name: '微信', image: '/reward/wechat.svg' }, { name: '支付宝', image: '/reward/alipay.svg' }] },\n  nav: [",
  )
  // A link to another site in the header.
  .replace(
    "{ label: 'nav.about', href: '/about/' },",
    "{ label: 'nav.about', href: '/about/' },\n    { label: 'GitHub', href: 'https://github.com/me/blog' },",
  )
  // The filings of a site hosted in mainland China.
  .replace(
    /\n {2}nav: \[/u,
    "\n  beian: { icp: '京ICP备2023012345号-1', police: '京公网安备11010502030143号' },\n  nav: [",
  )
  // A license named without an address.
  .replace(/\n {2}license: \{[^\n]*\},\n/u, "\n  license: { name: '保留所有权利' },\n")
  // And comments by giscus.
  .replace(
    /\n {2}nav: \[/u,
    "\n  comments: { giscus: { repo: 'me/blog', repoId: 'R_1', category: 'Comments', categoryId: 'DIC_1' } },\n  nav: [",
  );

let site: FixtureSite;
let build: BuildResult;
const read = (file: string) => readFileSync(path.join(site.outDir, file), 'utf8');
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => new URL(m[1]!).pathname);

/** Pagefind's stored records: gzip, a signature, then JSON. */
function searchRecords(): {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}[] {
  return globSync('pagefind/fragment/*.pf_fragment', { cwd: site.outDir }).map((file) => {
    const text = gunzipSync(readFileSync(path.join(site.outDir, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{')));
  });
}

beforeAll(async () => {
  const cover = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#336699' } })
    .png()
    .toBuffer();
  site = await createFixtureSite({
    files: {
      ...files,
      'content/blogs/images/cover.png': cover,
      'src/site.config.ts': siteConfig,
      'public/reward/wechat.svg': QR,
      'public/reward/alipay.svg': QR,
      // Described in another spelling than the post's `alpha`: one tag.
      'content/tags.yaml': 'Alpha:\n  description: 第一个标签。\n',
    },
  });
  build = await site.run(['build']);
});

afterAll(() => site?.remove());

describe('what readers and machines get from a build with drafts and scheduled posts', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/error/iu);
    expect(build.code).toBe(0);
  });

  it('puts the newest published posts in both feeds, up to the limit, with their full rendered content', () => {
    expect(siteConfig).toContain('feedLimit: 3,');
    for (const feed of ['rss.xml', 'atom.xml']) {
      const xml = read(feed);
      const links = [...xml.matchAll(/<link>([^<]+)<\/link>|<link href="([^"]+)"\/>/gu)]
        .map((m) => m[1] ?? m[2]!)
        .filter((url) => url.includes('/blogs/'));
      expect(
        links.map((url) => new URL(url).pathname),
        feed,
      ).toEqual(['/blogs/with-cover/', '/blogs/component/', '/blogs/older/']);
      expect(xml, feed).toContain('visibletoken');
      expect(xml, feed).toContain('MDX 正文 mdxtoken');
      expect(xml, feed).not.toMatch(/drafttoken|futuretoken|上下文学习/u);
    }
    expect(read('rss.xml')).toContain('<category>alpha</category>');
    expect(read('atom.xml')).toContain('<category label="beta" term="beta"/>');
  });

  it("gives each post's content in the feeds exactly as its page shows it (Markdown and MDX)", () => {
    const entries = [...read('atom.xml').matchAll(/<entry>[\s\S]*?<\/entry>/gu)].map(([entry]) => entry);
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      const url = /<link href="([^"]+)"\/>/u.exec(entry)![1]!;
      const content = /<content type="html"><!\[CDATA\[([\s\S]*)\]\]><\/content>/u.exec(entry)![1]!;
      const page = read(path.join(new URL(url).pathname, 'index.html'));
      const start = page.indexOf('<div class="prose">') + '<div class="prose">'.length;
      const prose = page.slice(start, page.lastIndexOf('</div>', page.indexOf('</article>')));
      expect(content, url).toBe(feedHtml(prose, url));
    }
  });

  it('gives each category an RSS feed of its newest published posts, up to the limit, which its page offers', () => {
    const items = (xml: string) =>
      [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/gu)].map((m) => new URL(m[1]!).pathname);
    const other = read('categories/其他/rss.xml');
    expect(items(other)).toEqual(['/blogs/component/', '/blogs/older/', '/blogs/phrase/']);
    expect(other).toContain('<title>分类：其他 | Inkstone</title>');
    expect(other).toContain('<link>https://inkstone.example.com/categories/%E5%85%B6%E4%BB%96/</link>');
    expect(other).toContain(
      '<atom:link href="https://inkstone.example.com/categories/%E5%85%B6%E4%BB%96/rss.xml" rel="self" type="application/rss+xml"/>',
    );
    // The same full content as the site's feeds (the MDX post's too).
    const mdx = (xml: string) => /<item><title>MDX 文章[\s\S]*?<\/item>/u.exec(xml)![0];
    expect(mdx(other)).toBe(mdx(read('rss.xml')));
    expect(mdx(other)).toContain('MDX 正文 mdxtoken');
    // The draft and the scheduled post of the category are left out.
    const tests = read('categories/测试/rss.xml');
    expect(items(tests)).toEqual(['/blogs/with-cover/']);
    expect(tests).not.toMatch(/drafttoken|futuretoken/u);
    // A site without series has no series feeds.
    expect(globSync('series/*/rss.xml', { cwd: site.outDir })).toEqual([]);

    const page = read('categories/其他/index.html');
    const href = '/categories/%E5%85%B6%E4%BB%96/rss.xml';
    expect(page).toContain(
      `<link rel="alternate" type="application/rss+xml" title="分类：其他 | Inkstone · RSS 订阅" href="${href}">`,
    );
    // Before the site's feed, which feed readers would otherwise take.
    expect(page.indexOf(href)).toBeLessThan(page.indexOf('href="/rss.xml"'));
    expect(page).toContain(`<p class="page-lead">4 篇 · <a href="${href}">RSS 订阅</a></p>`);
  });

  it("gives each tag an RSS feed of its posts' summaries, described as its page is, which its page offers", () => {
    const xml = read('tags/alpha/rss.xml');
    expect(xml).toContain('<title>标签：alpha | Inkstone</title><description>第一个标签。</description>');
    const items = [...xml.matchAll(/<item>[\s\S]*?<\/item>/gu)].map(([item]) => item);
    expect(items).toHaveLength(1);
    expect(items[0]).toContain('<link>https://inkstone.example.com/blogs/with-cover/</link>');
    expect(items[0]).toContain('<description>正文里的可见词 visibletoken。</description>');
    // The summary only: the post in full is in the site's and its category's feeds.
    expect(items[0]).not.toContain('content:encoded');
    const page = read('tags/alpha/index.html');
    expect(page).toContain(
      '<link rel="alternate" type="application/rss+xml" title="标签：alpha | Inkstone · RSS 订阅" href="/tags/alpha/rss.xml">',
    );
    expect(page).toContain('<a href="/tags/">全部标签</a> · <a href="/tags/alpha/rss.xml">RSS 订阅</a>');
  });

  it("shows a tag's description, from content/tags.yaml, whichever spelling of the tag the file uses", () => {
    const page = read('tags/alpha/index.html');
    expect(page).toContain('<h1 class="page-title">标签：alpha</h1><p class="page-description">第一个标签。</p>');
    expect(page).toContain('<meta name="description" content="第一个标签。">');
    expect(read('tags/index.html')).toContain('<p class="category-list__description">第一个标签。</p>');
    expect(read('tags/beta/index.html')).not.toContain('page-description');
  });

  it('says a list page has nothing to list rather than showing an empty list: the series of a site without any', () => {
    const html = read('series/index.html');
    expect(html).toMatch(/<h1 class="page-title">系列<\/h1>\s*<p>还没有文章。<\/p>/u);
    expect(html).not.toContain('category-list');
  });

  it('lists the published posts in the sitemap and nothing of the draft or the scheduled post', () => {
    const sitemap = locs(read('sitemap-index.xml')).flatMap((file) => locs(read(file.slice(1))));
    expect(sitemap.filter((p) => p.startsWith('/blogs/')).sort()).toEqual(published);
    // Nor the pages of aliases, which only send readers on.
    expect(sitemap.filter((p) => p.startsWith('/posts/') || p.startsWith('/p/'))).toEqual([]);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('indexes the published posts and the page of its own only, with their prose and code titles but not their code, its language label, math or screen-reader-only text', () => {
    const records = searchRecords();
    expect(records.map((r) => r.url).sort()).toEqual(['/about/', ...published]);
    const withCover = records.find((r) => r.url === '/blogs/with-cover/')!;
    const text = withCover.content.replaceAll('\u200B', '');
    expect(text).toContain('visibletoken');
    expect(text).not.toContain('codeonlytoken');
    expect(text).toContain('titletoken.hs');
    expect(text).not.toContain('haskell');
    expect(text).not.toContain('katexonlytoken');
    expect(text).not.toContain('hiddentoken');
    expect(withCover.meta).toMatchObject({ title: '有封面的文章', date: '2025-01-15', category: '测试' });
    expect(withCover.filters).toEqual({ category: ['测试'] });
  });

  it("serves each alias of a published post a page that sends readers on to it, and none for a draft's", () => {
    for (const file of ['posts/old/index.html', 'p/3a2b.html', 'blogs/旧名/index.html']) {
      const html = read(file);
      expect(html, file).toContain('<html lang="zh-CN">');
      expect(html, file).toContain('<title>较早的文章 | Inkstone</title>');
      expect(html, file).toContain('<meta name="robots" content="noindex">');
      expect(html, file).toContain('<meta name="color-scheme" content="light dark">');
      expect(html, file).toContain(`<link rel="canonical" href="${SITE}/blogs/older/">`);
      expect(html, file).toContain('<meta http-equiv="refresh" content="0;url=/blogs/older/">');
      expect(html, file).toContain('<a href="/blogs/older/">较早的文章</a>');
    }
    expect(existsSync(path.join(site.outDir, 'drafts'))).toBe(false);
  });

  it('ends each post with a link to edit its source, where the site config says', () => {
    expect(siteConfig).toContain("editLink: { baseUrl: 'https://github.com/me/blog/edit/main/' },");
    expect(read('blogs/older/index.html')).toContain(
      '<p class="post-edit"><a href="https://github.com/me/blog/edit/main/content/blogs/older.md">编辑此页</a></p>',
    );
    expect(read('blogs/component/index.html')).toContain(
      'href="https://github.com/me/blog/edit/main/content/blogs/component.mdx"',
    );
  });

  it('ends each post with its license notice, naming a license without an address as text', () => {
    expect(siteConfig).toContain("license: { name: '保留所有权利' },");
    const html = read('blogs/older/index.html');
    expect(html).toMatch(
      /<aside class="post-license" aria-label="版权声明"[^>]*>.*?<a href="https:\/\/inkstone\.example\.com\/blogs\/older\/"[^>]*>https:\/\/inkstone\.example\.com\/blogs\/older\/<\/a>.*?<p[^>]*>本文采用 保留所有权利 许可协议，转载请注明作者和出处。<\/p><\/aside>/su,
    );
    expect(html).not.toContain('rel="license"');
    expect(html).toContain('"license":"保留所有权利"');
    expect(read('index.html')).toMatch(
      /<footer class="site-footer"><p>© Inkstone · 保留所有权利 · 由 Inkstone 构建<\/p>/u,
    );
  });

  it("carries no code of the comment services it does not use (giscus' is giscus.app's own)", () => {
    const scripts = globSync('_astro/*.js', { cwd: site.outDir });
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((file) => /waline|twikoo/iu.test(file) || /waline|twikoo/iu.test(read(file)))).toEqual([]);
  });

  it("links the header to another site where the config's nav says, never marked as the current page", () => {
    expect(read('index.html')).toContain('<li><a href="https://github.com/me/blog">GitHub</a></li>');
    expect(read('index.html')).toContain('<li><a href="/" aria-current="page">首页</a></li>');
  });

  it('shows the filings at the foot of every page, each linked to its register', () => {
    const beian =
      '<p class="site-footer__beian"><a href="https://beian.miit.gov.cn/" rel="noopener noreferrer">京ICP备2023012345号-1</a> · ' +
      '<a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143" rel="noopener noreferrer">京公网安备11010502030143号</a></p></footer>';
    for (const page of ['index.html', 'blogs/older/index.html', 'search/index.html', '404.html']) {
      expect(read(page), page).toContain(beian);
    }
  });

  it("leaves a post's headings their ids: the related posts are named by their title, not by an id", () => {
    const html = read('blogs/older/index.html');
    expect(html.match(/ id="post-related"/gu)).toHaveLength(1);
    expect(html).toContain('<h2 id="post-related">');
    expect(html).toContain('<nav class="post-related" aria-label="相关文章">');
  });

  it("uses a post's cover as its social image: an absolute URL to a file the build wrote", () => {
    const html = read('blogs/with-cover/index.html');
    const image = /<meta property="og:image" content="([^"]+)"/u.exec(html)?.[1] ?? '';
    expect(image.startsWith(`${SITE}/_astro/`)).toBe(true);
    expect(image).toMatch(/\.png$/u);
    expect(existsSync(path.join(site.outDir, new URL(image).pathname))).toBe(true);
    expect(html).toContain(`<meta name="twitter:image" content="${image}">`);
    expect(html).toContain('<meta property="og:image:width" content="1200">');
    expect(html).toContain(`"image":"${image}"`);
    expect(read('blogs/older/index.html')).toContain(`<meta property="og:image" content="${SITE}/social-card.png">`);
  });
});

describe('the search page of the built site', () => {
  const browsed = useBrowsedSite(() => site.outDir);

  it('puts the post containing the whole phrase first, where Pagefind alone ranks the words-apart post first', async () => {
    const page = await browsed.browser.newPage();
    await page.goto(`${browsed.origin}/search/?q=${encodeURIComponent('上下文学习')}`);
    await page.getByRole('status').getByText(/找到/u).waitFor();
    const shown = await page
      .locator('.search-hit__title a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    // A string, so Vitest does not rewrite the browser's import().
    const pagefindOrder = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const { results } = await pagefind.search('上下文学习');
      return Promise.all(results.map(async (result) => (await result.data()).url));
    })()`);
    expect(pagefindOrder).toEqual(['/blogs/words-apart/', '/blogs/phrase/']);
    expect(shown).toEqual(['/blogs/phrase/', '/blogs/words-apart/']);
  });

  it('shows the codes readers may tip the author by when they open them, and loads no picture of them before', async () => {
    const page = await browsed.browser.newPage();
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/reward/')) asked.push(new URL(request.url()).pathname);
    });
    await page.goto(`${browsed.origin}/blogs/with-cover/`);
    const reward = page.locator('details.post-reward');
    await page.locator('.post-license').scrollIntoViewIfNeeded();
    await expect.poll(() => reward.getByRole('img').first().isVisible()).toBe(false);
    expect(asked).toEqual([]);
    await reward.getByText('赞赏', { exact: true }).click();
    await expect.poll(() => reward.getByRole('img', { name: '微信收款码' }).isVisible()).toBe(true);
    await expect.poll(() => asked.sort()).toEqual(['/reward/alipay.svg', '/reward/wechat.svg']);
    expect(await reward.locator('p').textContent()).toBe('请作者喝杯茶。');
    expect(await reward.locator('figcaption').allTextContents()).toEqual(['微信', '支付宝']);
    // A post with `reward: false` has none.
    await page.goto(`${browsed.origin}/blogs/older/`);
    expect(await page.locator('details.post-reward').count()).toBe(0);
    await page.close();
  });

  it('loads the comments from giscus when the reader asks, not before, in the theme of the page, which they follow', async () => {
    const page = await browsed.browser.newPage();
    const asked: string[] = [];
    // giscus.app cannot be reached here: a stand-in records the attributes giscus would read from its script, and
    // puts in giscus' frame, which records the messages the page sends it.
    await page.route('https://giscus.app/**', async (route) => {
      asked.push(route.request().url());
      if (route.request().url().endsWith('/widget')) {
        await route.fulfill({
          contentType: 'text/html',
          body: '<script>window.received = []; addEventListener("message", (event) => received.push(JSON.stringify(event.data)));</script>',
        });
        return;
      }
      await route.fulfill({
        contentType: 'text/javascript',
        body: [
          'document.documentElement.dataset.giscus = [...document.currentScript.attributes].map((a) => `${a.name}=${a.value}`).join(" ");',
          'const frame = Object.assign(document.createElement("iframe"), { className: "giscus-frame", src: "https://giscus.app/widget" });',
          'document.currentScript.parentElement.append(frame);',
        ].join('\n'),
      });
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${browsed.origin}/blogs/with-cover/`);
    const comments = page.getByRole('region', { name: '评论' });
    await comments.getByRole('heading', { name: '评论' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(asked).toEqual([]);
    await comments.getByRole('button', { name: '加载评论' }).click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.giscus))
      .toBe(
        [
          'src=https://giscus.app/client.js',
          'async=',
          'crossorigin=anonymous',
          'data-repo=me/blog',
          'data-repo-id=R_1',
          'data-category=Comments',
          'data-category-id=DIC_1',
          'data-mapping=pathname',
          'data-strict=1',
          'data-reactions-enabled=1',
          'data-emit-metadata=0',
          'data-input-position=bottom',
          'data-lang=zh-CN',
          'data-loading=lazy',
          'data-theme=dark',
        ].join(' '),
      );
    expect(asked[0]).toBe('https://giscus.app/client.js');
    await comments.getByRole('button', { name: '加载评论' }).waitFor({ state: 'hidden' });
    // The reader switches to the light theme: giscus' frame is told.
    const widget = () => page.frames().find((frame) => frame.url() === 'https://giscus.app/widget');
    await expect.poll(() => widget()?.evaluate('document.readyState')).toBe('complete');
    await page.locator('[data-theme-toggle]').click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await expect
      .poll(() => widget()?.evaluate('window.received'))
      .toEqual([JSON.stringify({ giscus: { setConfig: { theme: 'light' } } })]);
    expect(asked).toEqual(['https://giscus.app/client.js', 'https://giscus.app/widget']);
    // Turned off for one post; and out of the search index.
    expect(read('blogs/older/index.html')).not.toContain('<section class="post-comments"');
    expect(read('blogs/with-cover/index.html')).toContain(
      '<section class="post-comments" id="post-comments" aria-label="评论" data-pagefind-ignore',
    );
    await page.close();
  });

  it("takes a reader of an alias's address to the post, at the anchor the address has", async () => {
    const page = await browsed.browser.newPage();
    await page.goto(`${browsed.origin}/blogs/${encodeURIComponent('旧名')}/#${encodeURIComponent('小节')}`);
    await page.waitForURL(`${browsed.origin}/blogs/older/#${encodeURIComponent('小节')}`);
    await page.goto(`${browsed.origin}/posts/old/`);
    await page.waitForURL(`${browsed.origin}/blogs/older/`);
    await page.goto(`${browsed.origin}/p/3a2b.html#${encodeURIComponent('小节')}`);
    await page.waitForURL(`${browsed.origin}/blogs/older/#${encodeURIComponent('小节')}`);
    expect(await page.locator('h1').textContent()).toContain('较早的文章');
  });
});
