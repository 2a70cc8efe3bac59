/**
 * What a post's frontmatter says of it besides its text, in a build of their own: who wrote it (`author`), on what
 * terms it may be shared (from elsewhere, a repost or a translation, with `source`; under a license of its own, or
 * with no notice, with `license`), beside one of the site's; and whether it heads the home page (`pinned`). The page,
 * the lists, the JSON-LD and the feeds must say the same, and what an author wrote there must stay text. And whether
 * readers may comment on it (`comments`), here by Waline, which a reader's browser runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type BuildResult, type FixtureSite } from '../../scripts/lib/fixture-site.ts';
import { publishedPosts, useBrowsedSite } from './helpers.ts';
import { checkInvariants } from './invariants.ts';

const NOW = '2026-01-01T00:00:00Z';

/**
 * Posts on terms other than the site's (from elsewhere, under a license of their own, none), by others, pinned, and
 * unlisted: in a category, with a tag and by an author no listed post has, so that none of them has a page.
 */
const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';
const HOSTILE_AUTHOR = '<b>原作者</b> & co';
const posts = {
  'content/blogs/reposted.md': [
    'title: 转载的文章',
    'date: 2025-12-01',
    'category: 测试',
    'source:',
    "  url: 'https://example.com/原文?a=1&b=2'",
    `  author: '${HOSTILE_AUTHOR}'`,
    "  title: '原文 <i>标题</i>'",
  ],
  'content/blogs/translated.md': [
    'title: 翻译的文章',
    'date: 2025-12-02',
    'category: 测试',
    'source: https://example.com/en/post',
    `license: { name: CC BY 4.0, url: '${CC_BY}' }`,
  ],
  'content/blogs/own-license.md': ['title: 另有许可的文章', 'date: 2025-12-03', 'category: 测试', 'license: MIT'],
  'content/blogs/plain.md': ['title: 本站的文章', 'date: 2025-11-30', 'category: 测试', 'tags: [featured]'],
  'content/blogs/pinned.md': ['title: 置顶的文章', 'date: 2025-01-01', 'category: 测试', 'pinned: true'],
  'content/blogs/co-written.md': [
    'title: 合写的文章',
    'date: 2025-11-29',
    'category: 测试',
    "author: [张三, '<i>李四</i>']",
  ],
  'content/blogs/unlisted.md': [
    'title: 未列出的文章',
    'date: 2025-12-05',
    'category: 只有未列出的',
    'tags: [独有标签]',
    'author: 王五',
    'unlisted: true',
  ],
  // One whose category, a tag and an author listed posts share: their pages exist, and it links to them.
  'content/blogs/unlisted-shared.md': [
    'title: 共用分类的未列出文章',
    'date: 2025-12-06',
    'category: 测试',
    'tags: [独有标签二, Featured]',
    'author: [张三, 赵六]',
    'unlisted: true',
  ],
  'content/blogs/no-notice.md': [
    'title: 没有声明的文章',
    'date: 2025-12-04',
    'category: 测试',
    'license: false',
    'comments: false',
  ],
};

/** The sample's site config, with comments kept by a Waline server (which a stand-in plays in the browser). */
const WALINE = 'https://comments.example.com';
const siteConfig = readFileSync(path.join(import.meta.dirname, '../../src/site.config.ts'), 'utf8').replace(
  /\n {2}nav: \[/u,
  `\n  comments: { waline: { serverURL: '${WALINE}', requiredMeta: ['nick'], emoji: ['/emojis/test/'], reaction: ['/emojis/test/t_ok.svg'], pageview: true, commentCount: true } },\n  nav: [`,
);

let site: FixtureSite;
let build: BuildResult;
const page = (urlPath: string) => readFileSync(path.join(site.outDir, urlPath, 'index.html'), 'utf8');
const tree = (html: string) => fromHtml(html) as Root;
/** The names, counts and pages of a list of categories, tags or authors: `张三 1 篇 /authors/%E5%BC%A0%E4%B8%89/`. */
const list = (urlPath: string) =>
  [
    ...page(urlPath).matchAll(
      /<li><a href="([^"]+)"[^>]*>(?:<img [^>]*>)?([^<]+)<\/a><span class="count">([^<]+)<\/span>/gu,
    ),
  ].map(([, href, name, count]) => `${name} ${count} ${href}`);

beforeAll(async () => {
  site = await createFixtureSite({
    files: {
      ...Object.fromEntries(
        Object.entries(posts).map(([file, lines]) => [file, `---\n${lines.join('\n')}\n---\n\n正文。\n`]),
      ),
      'src/site.config.ts': siteConfig,
      // A guestbook: a page of its own with comments (the sample's about page has none).
      'content/pages/guestbook.md': '---\ntitle: 留言板\ncomments: true\n---\n\n欢迎留言。\n',
      // Who two of the authors are: the site's own in another spelling, whom no post names (the build warns of neither).
      // 张三's own page and picture too, and a picture alone for 李四.
      'content/authors.yaml': [
        '张三:',
        '  description: 写前端的工程师。',
        '  url: https://zhangsan.dev/',
        '  avatar: /avatars/zhangsan.svg',
        'inkstone:',
        '  description: 本站的编辑部。',
        '<i>李四</i>:',
        '  avatar: https://github.com/lisi.png',
      ].join('\n'),
      'public/avatars/zhangsan.svg':
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
      // An emoji set of the site's own, as Waline's are laid out.
      'public/emojis/test/info.json': JSON.stringify({
        name: '测试',
        prefix: 't_',
        type: 'svg',
        icon: 'ok',
        items: ['ok'],
      }),
      'public/emojis/test/t_ok.svg':
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
      // A listed post that links to the unlisted one, by its file as Hexo's `post_link` does: its title is shown.
      'content/blogs/linking.md':
        '---\ntitle: 链接的文章\ndate: 2025-11-01\ncategory: 测试\n---\n\n见{% post_link unlisted %}。\n',
    },
  });
  build = await site.run(['build'], { INKSTONE_NOW: NOW });
});

afterAll(() => site?.remove());

it('builds, keeping every invariant', async () => {
  expect(build.output).not.toMatch(/error|warn/iu);
  expect(build.code).toBe(0);
  const report = await checkInvariants(site.outDir, publishedPosts(site.root, NOW));
  expect(report.failures).toEqual([]);
});

describe("posts on terms other than the site's", () => {
  /** The text of the notice under a post, its parts apart: `本文作者 Inkstone | 本文链接 https://…`. */
  const notice = (urlPath: string): string | undefined => {
    let text: string | undefined;
    visit(tree(page(urlPath)), 'element', (node: Element) => {
      if (node.tagName !== 'aside' || !String(node.properties.className).includes('post-license')) return;
      const parts: string[] = [];
      visit(node, 'element', (part: Element) => {
        if (['dt', 'dd', 'p'].includes(part.tagName)) parts.push(toString(part));
      });
      text = parts.join(' | ');
    });
    return text;
  };
  const jsonLd = (urlPath: string) =>
    JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/su.exec(page(urlPath))![1]!) as Record<
      string,
      unknown
    >;
  const atomEntry = (urlPath: string) =>
    [...readFileSync(path.join(site.outDir, 'atom.xml'), 'utf8').matchAll(/<entry>[\s\S]*?<\/entry>/gu)]
      .map(([entry]) => entry)
      .find((entry) => entry.includes(`<id>https://inkstone.example.com${encodeURI(urlPath)}</id>`))!;

  const rssItem = (urlPath: string) =>
    [...readFileSync(path.join(site.outDir, 'rss.xml'), 'utf8').matchAll(/<item>[\s\S]*?<\/item>/gu)]
      .map(([item]) => item)
      .find((item) => item.includes(`<link>https://inkstone.example.com${encodeURI(urlPath)}</link>`))!;

  it("name a post's original and its author, not the site's author or license, for a post from elsewhere", () => {
    expect(notice('/blogs/reposted/')).toBe(
      `原文作者 | ${HOSTILE_AUTHOR} | 原文链接 | 原文 <i>标题</i> | 本文链接 | https://inkstone.example.com/blogs/reposted/ | 版权归原作者所有，转载请先取得原作者的许可。`,
    );
    expect(page('/blogs/reposted/')).toMatch(
      /<a href="https:\/\/example\.com\/原文\?a=1&amp;b=2"[^>]*>原文 &lt;i&gt;标题&lt;\/i&gt;<\/a>/u,
    );
    // Said before the text too, out of the search index.
    expect(page('/blogs/reposted/')).toMatch(
      /<p class="post__source" data-pagefind-ignore>原文：<a href="https:\/\/example\.com\/原文\?a=1&amp;b=2">原文 &lt;i&gt;标题&lt;\/i&gt;<\/a><\/p>/u,
    );
    expect(jsonLd('/blogs/reposted/')).toMatchObject({
      author: { '@type': 'Person', name: HOSTILE_AUTHOR },
      isBasedOn: 'https://example.com/原文?a=1&b=2',
    });
    expect(jsonLd('/blogs/reposted/')).not.toHaveProperty('license');
    const entry = atomEntry('/blogs/reposted/');
    expect(entry).toContain('<rights>© &lt;b&gt;原作者&lt;/b&gt; &amp; co</rights>');
    // RSS has no rights of an item's own: Dublin Core's, beside the creator.
    expect(rssItem('/blogs/reposted/')).toContain(
      '<dc:creator>&lt;b&gt;原作者&lt;/b&gt; &amp; co</dc:creator><dc:rights>© &lt;b&gt;原作者&lt;/b&gt; &amp; co</dc:rights>',
    );
    expect(entry).toContain('<author>\n            <name>&lt;b&gt;原作者&lt;/b&gt; &amp; co</name>\n        </author>');
  });

  it('give a translation its own license, and the original as its address when it has no title', () => {
    expect(notice('/blogs/translated/')).toBe(
      '原文链接 | https://example.com/en/post | 本文链接 | https://inkstone.example.com/blogs/translated/ | 本文采用 CC BY 4.0 许可协议，转载请注明作者和出处。',
    );
    expect(page('/blogs/translated/')).toContain(`<a rel="license" href="${CC_BY}">CC BY 4.0</a>`);
    expect(page('/blogs/translated/')).toContain('原文：<a href="https://example.com/en/post">example.com</a></p>');
    expect(page('/blogs/own-license/')).not.toContain('post__source');
    expect(jsonLd('/blogs/translated/')).toMatchObject({ license: CC_BY, isBasedOn: 'https://example.com/en/post' });
    expect(jsonLd('/blogs/translated/')).not.toHaveProperty('author');
    expect(atomEntry('/blogs/translated/')).toContain(`<rights>CC BY 4.0 (${CC_BY})</rights>`);
    expect(rssItem('/blogs/translated/')).toContain(`<dc:rights>CC BY 4.0 (${CC_BY})</dc:rights>`);
  });

  it("put a post under a license of its own, or give it no notice, and leave the site's posts the site's", () => {
    expect(notice('/blogs/own-license/')).toBe(
      '本文作者 | Inkstone | 本文链接 | https://inkstone.example.com/blogs/own-license/ | 本文采用 MIT 许可协议，转载请注明作者和出处。',
    );
    expect(jsonLd('/blogs/own-license/')).toMatchObject({ license: 'MIT', author: { name: 'Inkstone' } });
    expect(atomEntry('/blogs/own-license/')).toContain('<rights>© Inkstone · MIT</rights>');
    expect(notice('/blogs/no-notice/')).toBeUndefined();
    expect(jsonLd('/blogs/no-notice/')).not.toHaveProperty('license');
    expect(atomEntry('/blogs/no-notice/')).toContain('<rights>© Inkstone</rights>');
    expect(notice('/blogs/plain/')).toBe(
      '本文作者 | Inkstone | 本文链接 | https://inkstone.example.com/blogs/plain/ | 本文采用 CC BY-NC-SA 4.0 许可协议，转载请注明作者和出处。',
    );
    expect(atomEntry('/blogs/plain/')).not.toContain('<rights>');
    expect(rssItem('/blogs/plain/')).toBeDefined();
    expect(rssItem('/blogs/plain/')).not.toContain('<dc:rights>');
  });

  it("name the authors of a post written by others than the site's author, everywhere it is named", () => {
    expect(page('/blogs/co-written/')).toContain(
      // Each with their picture before their name, where content/authors.yaml gives one.
      '<span class="visually-hidden">作者:</span><span class="post-meta__author"><img class="post-meta__avatar" src="/avatars/zhangsan.svg" alt="" width="20" height="20"><a href="/authors/%E5%BC%A0%E4%B8%89/" rel="author">张三</a>和<img class="post-meta__avatar" src="https://github.com/lisi.png" alt="" width="20" height="20"><a href="/authors/%3Ci%3E%E6%9D%8E%E5%9B%9B%3C-i%3E/" rel="author">&lt;i&gt;李四&lt;/i&gt;</a></span>',
    );
    expect(notice('/blogs/co-written/')).toBe(
      '本文作者 | 张三和<i>李四</i> | 本文链接 | https://inkstone.example.com/blogs/co-written/ | 本文采用 CC BY-NC-SA 4.0 许可协议，转载请注明作者和出处。',
    );
    expect(jsonLd('/blogs/co-written/')).toMatchObject({
      author: [
        { '@type': 'Person', name: '张三' },
        { '@type': 'Person', name: '<i>李四</i>' },
      ],
    });
    // In the lists too, and not for the site's own posts.
    expect(page('/')).toContain('rel="author">张三</a>和<a');
    expect(page('/blogs/plain/')).not.toContain('post-meta__author');
    const entry = atomEntry('/blogs/co-written/');
    expect(entry).toContain('<name>张三</name>');
    expect(entry).toContain('<name>&lt;i&gt;李四&lt;/i&gt;</name>');
    expect(entry).toContain(
      '<rights>© 张三和&lt;i&gt;李四&lt;/i&gt; · CC BY-NC-SA 4.0 (https://creativecommons.org/licenses/by-nc-sa/4.0/deed.zh-hans)</rights>',
    );
    const rss = readFileSync(path.join(site.outDir, 'rss.xml'), 'utf8');
    expect(rss).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    expect(rss).toContain('<dc:creator>张三</dc:creator><dc:creator>&lt;i&gt;李四&lt;/i&gt;</dc:creator>');
    expect(rss).toContain('<dc:creator>&lt;b&gt;原作者&lt;/b&gt; &amp; co</dc:creator>');
    expect(rss.match(/<dc:creator>/gu)).toHaveLength(3);
  });

  it("give the site's license as the feeds' rights", () => {
    const rights = '© Inkstone · CC BY-NC-SA 4.0 (https://creativecommons.org/licenses/by-nc-sa/4.0/deed.zh-hans)';
    expect(readFileSync(path.join(site.outDir, 'rss.xml'), 'utf8')).toContain(`<copyright>${rights}</copyright>`);
    expect(readFileSync(path.join(site.outDir, 'categories/测试/rss.xml'), 'utf8')).toContain(
      `<copyright>${rights}</copyright>`,
    );
    expect(readFileSync(path.join(site.outDir, 'atom.xml'), 'utf8')).toContain(`<rights>${rights}</rights>`);
  });
});

describe('the authors of a site where some post names its author', () => {
  it("have a page each, the site's author included, listed on /authors/, which the categories page offers", () => {
    expect(list('/authors/')).toEqual([
      'Inkstone 7 篇 /authors/inkstone/',
      '&lt;i&gt;李四&lt;/i&gt; 1 篇 /authors/%3Ci%3E%E6%9D%8E%E5%9B%9B%3C-i%3E/',
      '张三 1 篇 /authors/%E5%BC%A0%E4%B8%89/',
    ]);
    expect(page('/authors/张三/')).toContain('<h1 class="page-title">作者：张三</h1>');
    expect(page('/authors/张三/')).toContain('<a href="/blogs/co-written/">合写的文章</a>');
    expect(page('/authors/<i>李四<-i>/')).toContain('<h1 class="page-title">作者：&lt;i&gt;李四&lt;/i&gt;</h1>');
    expect(page('/authors/inkstone/').match(/class="post-card"/gu)).toHaveLength(7);
    expect(page('/categories/')).toContain('<a href="/authors/">也可以按作者浏览</a>');
    // Who they are, where content/authors.yaml says: on their page, in its description and feed, and on /authors/.
    expect(page('/authors/张三/')).toContain('<p class="page-description">写前端的工程师。</p>');
    expect(page('/authors/张三/')).toContain('<meta name="description" content="写前端的工程师。">');
    expect(page('/authors/inkstone/')).toContain('<p class="page-description">本站的编辑部。</p>');
    expect(page('/authors/')).toContain('<p class="category-list__description">写前端的工程师。</p>');
    expect(page('/authors/<i>李四<-i>/')).not.toContain('page-description');
    // Their own page and picture, beside their name, and in the JSON-LD of their posts.
    expect(page('/authors/张三/')).toContain(
      '<img class="author-intro__avatar" src="/avatars/zhangsan.svg" alt="" width="72" height="72"',
    );
    expect(page('/authors/张三/')).toMatch(
      /<p class="page-description"[^>]*><a href="https:\/\/zhangsan\.dev\/" rel="me"[^>]*>zhangsan\.dev<\/a><\/p>/u,
    );
    expect(page('/authors/<i>李四<-i>/')).toContain('src="https://github.com/lisi.png"');
    expect(page('/authors/inkstone/')).not.toContain('author-intro__avatar');
    // And on /authors/, before their names.
    expect(page('/authors/')).toContain(
      '<a href="/authors/%E5%BC%A0%E4%B8%89/"><img class="category-list__image" src="/avatars/zhangsan.svg" alt="" width="28" height="28" loading="lazy">张三</a>',
    );
    // Under a post's title only: not in the lists.
    expect(page('/blogs/plain/')).not.toContain('post-meta__avatar');
    expect(page('/')).not.toContain('post-meta__avatar');
    expect(page('/blogs/co-written/')).toContain(
      '"author":[{"@type":"Person","name":"张三","url":"https://zhangsan.dev/","image":"https://inkstone.example.com/avatars/zhangsan.svg"},{"@type":"Person","name":"\\u003ci>李四\\u003c/i>","image":"https://github.com/lisi.png"}]',
    );
    // Each with a feed of their posts, which their page offers.
    const feed = readFileSync(path.join(site.outDir, 'authors/张三/rss.xml'), 'utf8');
    expect(feed).toContain('<title>作者：张三 | Inkstone</title>');
    expect(feed).toContain('<description>写前端的工程师。</description>');
    expect([...feed.matchAll(/<item><title>([^<]+)<\/title>/gu)].map(([, title]) => title)).toEqual(['合写的文章']);
    expect(page('/authors/张三/')).toContain(
      '<link rel="alternate" type="application/rss+xml" title="作者：张三 | Inkstone · RSS 订阅" href="/authors/%E5%BC%A0%E4%B8%89/rss.xml">',
    );
  });
});

describe('an unlisted post', () => {
  it('is published at its address, marked, for people and not search engines, in no list (the invariants say)', () => {
    const html = page('/blogs/unlisted/');
    expect(html).toContain('<h1>未列出的文章</h1>');
    expect(html).toContain('<span class="badge">未列出</span>');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<article class="post">');
    expect(page('/blogs/plain/')).toContain('<article class="post" data-pagefind-body>');
  });

  it('names its category, tags and author, which have no pages, as text; and links to no other post', () => {
    const html = page('/blogs/unlisted/');
    expect(html).toContain('<span class="visually-hidden">分类:</span><span>只有未列出的</span>');
    expect(html).toContain('<span class="tag">#独有标签</span>');
    expect(html).toContain('<span class="post-meta__author"><span>王五</span></span>');
    expect(html).not.toMatch(/class="post-(related|siblings)"/u);
    expect(list('/authors/').join('\n')).not.toContain('王五');
  });

  it('links to those of its category, tags and authors that listed posts share, which have pages', () => {
    const html = page('/blogs/unlisted-shared/');
    expect(html).toContain(
      '<span class="visually-hidden">分类:</span><a href="/categories/%E6%B5%8B%E8%AF%95/">测试</a>',
    );
    expect(html).toContain('<span class="tag">#独有标签二</span>');
    expect(html).toContain('<a class="tag" href="/tags/featured/" rel="tag">#Featured</a>');
    expect(html).toContain(
      '<span class="post-meta__author"><img class="post-meta__avatar" src="/avatars/zhangsan.svg" alt="" width="20" height="20"><a href="/authors/%E5%BC%A0%E4%B8%89/" rel="author">张三</a>和<span>赵六</span></span>',
    );
  });

  it('is linked to by the posts that name it, under its title', () => {
    expect(page('/blogs/linking/')).toContain('<a href="/blogs/unlisted/">未列出的文章</a>');
  });
});

describe('a pinned post', () => {
  /** The titles of a list page's posts, each with its badges: `置顶的文章 [置顶]`. */
  const cards = (urlPath: string) => {
    const titles: string[] = [];
    visit(tree(page(urlPath)), 'element', (node: Element) => {
      if (String(node.properties.className) !== 'post-card') return;
      let title = '';
      const badges: string[] = [];
      visit(node, 'element', (part: Element) => {
        const className = String(part.properties.className);
        if (className.includes('post-card__title')) title = toString(part);
        if (className === 'badge') badges.push(`[${toString(part)}]`);
      });
      titles.push([title, ...badges].join(' '));
    });
    return titles;
  };

  it('heads the home page, marked 置顶, and nothing else', () => {
    expect(cards('/')).toEqual([
      '置顶的文章 [置顶]',
      '没有声明的文章',
      '另有许可的文章',
      '翻译的文章',
      '转载的文章',
      '本站的文章',
      '合写的文章',
      '链接的文章',
    ]);
    // Its category lists it by date, unmarked; its page and the feeds do not mark it either.
    expect(cards('/categories/测试/').at(-1)).toBe('置顶的文章');
    expect(page('/blogs/pinned/')).not.toContain('置顶</span>');
    const rss = readFileSync(path.join(site.outDir, 'rss.xml'), 'utf8');
    expect(rss.lastIndexOf('<item>')).toBe(rss.indexOf('<item><title>置顶的文章</title>'));
  });
});

describe('comments by Waline', () => {
  const browsed = useBrowsedSite(() => site.outDir);

  it("load from the site when the reader asks, not before, and show the post's thread from the site's server", async () => {
    const page = await browsed.browser.newPage();
    const asked: string[] = [];
    const emoji: string[] = [];
    const client: string[] = [];
    const counted: unknown[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') counted.push(request.postDataJSON());
      if (!request.url().startsWith(browsed.origin)) asked.push(`${request.method()} ${request.url()}`);
      else if (request.url().includes('/emojis/')) emoji.push(new URL(request.url()).pathname);
      else if (request.url().includes('waline')) client.push(request.resourceType());
    });
    // The server cannot be reached here: a stand-in answers Waline's requests: the count of reads (this one counted),
    // the reactions, and the thread, with one comment.
    const comment = { objectId: 1, time: Date.UTC(2025, 11, 2), orig: '写得好', like: 0, link: '', avatar: '' };
    await page.route(`${WALINE}/api/article?*`, (route) =>
      route.fulfill({
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' },
        body: JSON.stringify({
          errno: 0,
          errmsg: '',
          data: route.request().method() === 'POST' ? [{ time: 42 }] : [{ reaction0: 2 }],
        }),
      }),
    );
    await page.route(`${WALINE}/api/comment?*`, (route) =>
      route.fulfill({
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body: JSON.stringify({
          errno: 0,
          errmsg: '',
          data: {
            count: 1,
            page: 1,
            pageSize: 10,
            totalPages: 1,
            data: [{ ...comment, comment: '<p>写得好 walinetoken</p>', nick: '读者甲', sticky: false, children: [] }],
          },
        }),
      }),
    );
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${browsed.origin}/blogs/plain/`);
    const comments = page.getByRole('region', { name: '评论' });
    await comments
      .getByText('评论由 Waline 提供，保存在 comments.example.com。加载后，浏览器会连接 comments.example.com。')
      .waitFor();
    await page.waitForLoadState('networkidle');
    // Before the reader asks, only this read counted (`pageview`), and shown under the title; nothing of the comments,
    // from the server or the site (the client's script and stylesheet).
    expect(asked).toEqual([`POST ${WALINE}/api/article?lang=zh-CN`]);
    expect(counted).toEqual([{ path: '/blogs/plain/', type: 'time', action: 'inc' }]);
    expect(client).toEqual([]);
    await expect.poll(() => page.locator('.post-meta__views').textContent()).toBe('·阅读 42');
    await page.locator('.post-meta__views').waitFor();

    await comments.getByRole('button', { name: '加载评论' }).click();
    await comments.getByText('walinetoken').waitFor();
    await comments.getByText('读者甲').waitFor();
    expect(client.toSorted()).toEqual(['script', 'stylesheet']);
    // In the site's language; the name required, as the config says, the email and website not.
    const fields = await comments.locator('.wl-header label').allTextContents();
    expect(fields).toEqual(['昵称', '邮箱(可选)', '网址(可选)']);
    expect(await comments.getByRole('textbox', { name: '昵称' }).count()).toBe(1);
    expect(await comments.locator('textarea').getAttribute('placeholder')).toBe('欢迎评论');
    await comments.getByRole('button', { name: '加载评论' }).waitFor({ state: 'hidden' });
    // The reactions of the site's own, with their votes.
    const reaction = comments.locator('.wl-reaction-item');
    await reaction.locator('.wl-reaction-votes', { hasText: '2' }).waitFor();
    expect(await reaction.locator('img').getAttribute('src')).toBe('/emojis/test/t_ok.svg');
    // Nothing from a CDN or Giphy, no second count: this post's thread and its reactions, by its path, and nothing else.
    expect(asked.toSorted()).toEqual([
      `GET ${WALINE}/api/article?path=%2Fblogs%2Fplain%2F&type=reaction0&lang=zh-CN`,
      `GET ${WALINE}/api/comment?path=%2Fblogs%2Fplain%2F&pageSize=10&page=1&lang=zh-CN&sortBy=insertedAt_desc`,
      `POST ${WALINE}/api/article?lang=zh-CN`,
    ]);
    // In the page's dark colours: the comment box on the page's own background.
    const colours = await page.evaluate(() => {
      const panel = document.querySelector('.wl-panel');
      return [panel && getComputedStyle(panel).backgroundColor, getComputedStyle(document.body).backgroundColor];
    });
    expect(colours[0]).toBe(colours[1]);
    expect(colours[1]).not.toBe('rgb(255, 255, 255)');
    // The site's own emoji, from the site.
    expect(emoji).toContain('/emojis/test/info.json');
    await comments.getByRole('button', { name: '表情' }).click();
    await comments.locator('img[src="/emojis/test/t_ok.svg"]').first().waitFor();
    await page.close();
  });

  it('are counted beside each post of a list that takes them, asked of the server once for the list', async () => {
    const page = await browsed.browser.newPage();
    const asked: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(browsed.origin)) asked.push(`${request.method()} ${request.url()}`);
    });
    // Three comments under 本站的文章, none under the others.
    await page.route(`${WALINE}/api/comment?*`, (route) => {
      const paths = new URL(route.request().url()).searchParams.get('url')!.split(',');
      return route.fulfill({
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body: JSON.stringify({ errno: 0, errmsg: '', data: paths.map((path) => (path === '/blogs/plain/' ? 3 : 0)) }),
      });
    });
    await page.goto(`${browsed.origin}/`);
    const card = (title: string) => page.locator('.post-card', { has: page.getByRole('link', { name: title }) });
    const count = card('本站的文章').getByRole('link', { name: '评论 3' });
    await count.waitFor();
    expect(await count.getAttribute('href')).toBe('/blogs/plain/#post-comments');
    await card('合写的文章').getByRole('link', { name: '评论 0' }).waitFor();
    // None beside a post with `comments: false`, which has none to count.
    expect(await card('没有声明的文章').locator('.post-meta__comments').count()).toBe(0);
    expect(asked).toEqual([expect.stringMatching(new RegExp(`^GET ${WALINE}/api/comment\\?type=count&url=`, 'u'))]);
    const paths = new URL(asked[0]!.slice(4)).searchParams.get('url')!.split(',');
    expect(paths).toContain('/blogs/plain/');
    expect(paths).not.toContain('/blogs/no-notice/');
    // The link leads to the comments of the post.
    await count.click();
    await page.waitForURL(`${browsed.origin}/blogs/plain/#post-comments`);
    await page.getByRole('button', { name: '加载评论' }).waitFor();
    await page.close();
  });

  it('are not offered under a post with comments: false, nor a page of its own without comments: true', () => {
    expect(page('blogs/no-notice')).not.toContain('<section class="post-comments"');
    expect(page('blogs/plain')).toContain('data-comments="waline"');
    expect(page('about')).not.toContain('<section class="post-comments"');
    // A guestbook's thread is kept by its address.
    expect(page('guestbook')).toContain('&quot;path&quot;:&quot;/guestbook/&quot;');
  });
});
