import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeContentFile } from '../../src/lib/content-check/decode.ts';
import { HashCache } from '../../src/lib/content-check/hash-cache.ts';
import { suggestField } from '../../src/lib/content-check/fields.ts';
import { checkFrontmatter, KNOWN_FIELDS } from '../../src/lib/content-check/frontmatter-check.ts';
import { readFrontmatter, type Frontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { checkRef, type SiteIndex } from '../../src/lib/content-check/links.ts';
import { readMarkdown, type MarkdownFacts } from '../../src/lib/content-check/markdown.ts';
import { mdxSyntaxError } from '../../src/lib/content-check/mdx.ts';
import { findHiddenPosts, findMisnamedPosts } from '../../src/lib/content-check/misnamed-posts.ts';
import { problemsOverlay } from '../../src/lib/content-check/overlay.ts';
import { formatProblem, type Problem } from '../../src/lib/content-check/problems.ts';
import { readTimeWarning } from '../../src/lib/content-check/read-time.ts';
import { reportAfterSave } from '../../src/lib/content-check/save-report.ts';
import { findSeriesOrderProblems } from '../../src/lib/content-check/series-order.ts';
import { templateTagWarnings } from '../../src/lib/content-check/template-tags.ts';
import { findCategoryCollisions, findCategorySlips, findSlugCollisions } from '../../src/lib/content-check/slugs.ts';
import { isMarkdownLike } from '../../src/lib/slugs.ts';
import { publishingFromEnv } from '../../src/lib/publishing.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part)] : part)));

function frontmatterOf(text: string): Frontmatter {
  const result = readFrontmatter(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.frontmatter;
}

describe('decodeContentFile', () => {
  it('drops a byte-order mark and turns CRLF and CR into LF', () => {
    expect(decodeContentFile(bytes([0xef, 0xbb, 0xbf], 'a\r\nb\rc\n'))).toEqual({ ok: true, text: 'a\nb\nc\n' });
  });

  it('names the line, column and byte where a GBK file stops being UTF-8', () => {
    expect(decodeContentFile(bytes('---\ntitle: 标题\n---\n\n开头', [0xc4, 0xe3, 0xba, 0xc3]))).toEqual({
      ok: false,
      line: 5,
      column: 3,
      byte: 0xc4,
    });
  });

  it('keeps a real U+FFFD written in the file, and still finds the bad byte after it', () => {
    expect(decodeContentFile(bytes('a\uFFFDb'))).toEqual({ ok: true, text: 'a\uFFFDb' });
    expect(decodeContentFile(bytes('\uFFFD\nx', [0xff]))).toMatchObject({ ok: false, line: 2, column: 2 });
  });
});

describe('readFrontmatter', () => {
  it('keeps the body on the lines it has in the file', () => {
    const result = readFrontmatter('---\ntitle: A\n---\n\nText\n');
    expect(result.ok && result.body).toBe('   \n        \n   \n\nText\n');
  });

  it('gives the line of every field and of list items', () => {
    const frontmatter = frontmatterOf('---\ntitle: A\ntags:\n  - a\n  - b\n---\n');
    expect(frontmatter.lines).toEqual(
      new Map([
        ['title', 2],
        ['tags', 3],
      ]),
    );
    expect(frontmatter.lineOf(['tags', 1])).toBe(5);
    expect(frontmatter.lineOf(['missing'])).toBe(1);
  });

  it('keeps dates as written, so the schema sees 2025-13-45 instead of a rolled-over date', () => {
    expect(frontmatterOf('---\ndate: 2025-13-45\n---\n').data).toEqual({ date: '2025-13-45' });
  });

  it.each([
    ['---\ntitle: A\n', 1, 'the --- block is never closed — add a line with --- after the last field'],
    ['# No frontmatter\n', 1, 'no frontmatter — start the file with a --- block holding title, date and category'],
    [
      '---\ntitle: A\ndate: "2025\ncategory: c\n---\n',
      3,
      'invalid YAML: the value quoted with " on this line is never closed — add the closing "',
    ],
    ['---\ntitle: A\ntitle: B\n---\n', 3, 'invalid YAML: "title" appears twice — keep one of them'],
    ['---\njust text\n---\n', 1, 'expected fields such as "title: …", one per line, found a single value'],
  ])('refuses %j at line %i', (text, line, message) => {
    expect(readFrontmatter(text)).toEqual({ ok: false, error: { line, message } });
  });
});

describe('suggestField', () => {
  it.each([
    ['titel', 'title'],
    ['categroy', 'category'],
    ['Title', 'title'],
    ['read_time', 'readTime'],
    ['drafts', 'draft'],
    ['tgas', 'tags'],
  ])('takes %s for a typo of %s', (name, field) => {
    expect(suggestField(name, KNOWN_FIELDS)).toBe(field);
  });

  it.each(['tag', 'categories', 'math', 'type', 'authorLink', 'katex', 'toc', 'lastmod'])(
    'lets %s through: other tools use it',
    (name) => {
      expect(suggestField(name, KNOWN_FIELDS)).toBeUndefined();
    },
  );
});

describe('checkFrontmatter', () => {
  const check = (yaml: string) =>
    checkFrontmatter('content/blogs/a.md', frontmatterOf(`---\n${yaml}\n---\n`), 'Asia/Shanghai').problems.map(
      formatProblem,
    );

  it('accepts a valid post and ignores unknown fields', () => {
    expect(check('title: A\ndate: 2025-02-08\ncategory: c\nweight: 2')).toEqual([
      'content/blogs/a.md:5  weight: not an Inkstone field, ignored',
    ]);
  });

  it('reports a typo once, not also as the missing field it stands for', () => {
    expect(check('title: A\ndate: 2025-02-08\ncategroy: c')).toEqual([
      'content/blogs/a.md:4  categroy: unknown field — did you mean "category"?',
    ]);
  });

  it('refuses a post another tool keeps unpublished, which Inkstone would publish, naming the field it reads', () => {
    expect(check('title: A\ndate: 2025-02-08\ncategory: c\npublished: false\npublish: false')).toEqual([
      'content/blogs/a.md:5  published: false keeps a post unpublished in Hexo and Jekyll, but Inkstone does not read "published" and would publish it — write draft: true instead',
      'content/blogs/a.md:6  publish: false keeps a post unpublished in Obsidian Publish, but Inkstone does not read "publish" and would publish it — write draft: true instead',
    ]);
    // Published as they are meant to be: ignored as before; an Astro theme's date under that name too.
    expect(check('title: A\ndate: 2025-02-08\ncategory: c\npublished: true\npublish: true')).toEqual([
      'content/blogs/a.md:5  published: not an Inkstone field, ignored (Inkstone reads "date")',
      'content/blogs/a.md:6  publish: not an Inkstone field, ignored',
    ]);
    expect(check('title: A\ndate: 2025-02-08\ncategory: c\npublished: 2025-02-08')).toEqual([
      'content/blogs/a.md:5  published: not an Inkstone field, ignored (Inkstone reads "date")',
    ]);
  });

  it('refuses an unlisted part of a series, and a post another tool keeps out of its lists, which Inkstone would list', () => {
    expect(check('title: A\ndate: 2025-02-08\ncategory: c\nseries: s\nunlisted: true')).toEqual([
      'content/blogs/a.md:6  unlisted: an unlisted post is in no list, but its series lists its parts — remove series, or unlisted',
    ]);
    expect(check('title: A\ndate: 2025-02-08\ncategory: c\nhidden: true')).toEqual([
      'content/blogs/a.md:5  hidden: true keeps a post out of the lists in Hexo\'s hide-posts plugin and Jekyll themes, but Inkstone does not read "hidden" and would list it — write unlisted: true instead',
    ]);
    expect(check('title: A\ndate: 2025-02-08\ncategory: c\nhidden: false')).toEqual([
      'content/blogs/a.md:5  hidden: not an Inkstone field, ignored (Inkstone reads "unlisted")',
    ]);
  });

  it("names the fields Hexo's themes pin a post with", () => {
    expect(check('title: A\ndate: 2025-02-08\ncategory: c\nsticky: 100\ntop: true')).toEqual([
      'content/blogs/a.md:5  sticky: not an Inkstone field, ignored (Inkstone reads "pinned")',
      'content/blogs/a.md:6  top: not an Inkstone field, ignored (Inkstone reads "pinned")',
    ]);
  });

  it("names the fields of a post's own terms that other tools write", () => {
    expect(check('title: A\ndate: 2025-02-08\ncategory: c\ncopyright: false\ncopyright_url: https://e.com/a')).toEqual([
      'content/blogs/a.md:5  copyright: not an Inkstone field, ignored (Inkstone reads "license")',
      'content/blogs/a.md:6  copyright_url: not an Inkstone field, ignored (Inkstone reads "source")',
    ]);
    expect(check('title: A\ndate: 2025-02-08\ncategory: c\nlicense: {name: x, href: y}\nsource: e.com/a')).toEqual([
      'content/blogs/a.md:5  license: expected name and url, found "href" — a license has a name and a url only',
      'content/blogs/a.md:6  source.url: expected the address of the original starting with https://, found "e.com/a" — write the original\'s full address',
    ]);
  });

  it('names the field of a wrong list item', () => {
    expect(check('title: A\ndate: 2025-02-08\ncategory: c\ntags:\n  - a\n  - 3')).toEqual([
      'content/blogs/a.md:7  tags.1: expected text, found the number 3 — put the tag in quotes',
    ]);
  });
});

describe('slug and category collisions', () => {
  it('names every file sharing a URL', () => {
    const problems = findSlugCollisions([
      { file: 'content/blogs/a.md', slug: 'x', line: 3, fromField: true },
      { file: 'content/blogs/x.md', slug: 'x', line: 1, fromField: false },
      { file: 'content/blogs/y.md', slug: 'y', line: 1, fromField: false },
    ]).map(formatProblem);
    expect(problems).toEqual([
      'content/blogs/a.md:3  slug: "x" gives the same URL /blogs/x/ as content/blogs/x.md — give one of them another slug or file name',
      'content/blogs/x.md:1  slug: "x" (from the file name) gives the same URL /blogs/x/ as content/blogs/a.md — give one of them another slug or file name',
    ]);
  });

  it('refuses two spellings of one category URL, but not one category used twice', () => {
    const problems = findCategoryCollisions([
      { file: 'content/blogs/a.md', category: 'C/C++', line: 4 },
      { file: 'content/blogs/b.md', category: 'C-C++', line: 4 },
      { file: 'content/blogs/c.md', category: 'C-C++', line: 4 },
    ]).map(formatProblem);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe(
      'content/blogs/a.md:4  category: "C/C++" gives the same URL /categories/C-C%2B%2B/ as "C-C++" in content/blogs/b.md — write the category the same way in both',
    );
  });
});

describe('pages that differ only in case, one file on macOS and Windows', () => {
  it('refuses two post URLs that differ only in case', () => {
    const problems = findSlugCollisions([
      { file: 'content/blogs/a.md', slug: 'Hello', line: 3, fromField: true },
      { file: 'content/blogs/hello.md', slug: 'hello', line: 1, fromField: false },
    ]).map(formatProblem);
    expect(problems).toEqual([
      'content/blogs/a.md:3  slug: "Hello" gives the URL /blogs/Hello/, which differs only in case from /blogs/hello/ of content/blogs/hello.md: macOS and Windows would write both pages to one file — give one of them another slug or file name',
      'content/blogs/hello.md:1  slug: "hello" (from the file name) gives the URL /blogs/hello/, which differs only in case from /blogs/Hello/ of content/blogs/a.md: macOS and Windows would write both pages to one file — give one of them another slug or file name',
    ]);
  });

  it('refuses a category that differs only in case from the spelling more posts use, naming that one', () => {
    const at = (file: string, category: string) => ({ file: `content/blogs/${file}.md`, category, line: 4 });
    const problems = findCategoryCollisions([
      at('a', 'Markdown'),
      at('b', 'Markdown'),
      at('c', 'markdown'),
      at('d', 'MarkDown'),
    ]).map(formatProblem);
    expect(problems).toEqual([
      'content/blogs/c.md:4  category: "markdown" differs only in case from "Markdown" of 2 posts (content/blogs/a.md and others): their pages /categories/markdown/ and /categories/Markdown/ would be one file on macOS and Windows — write category: Markdown',
      'content/blogs/d.md:4  category: "MarkDown" differs only in case from "Markdown" of 2 posts (content/blogs/a.md and others): their pages /categories/MarkDown/ and /categories/Markdown/ would be one file on macOS and Windows — write category: Markdown',
    ]);
    // One post each: both are named, each with the other.
    expect(findCategoryCollisions([at('a', 'AI'), at('b', 'ai')]).map(formatProblem)).toEqual([
      'content/blogs/a.md:4  category: "AI" differs only in case from "ai" of 1 post (content/blogs/b.md): their pages /categories/AI/ and /categories/ai/ would be one file on macOS and Windows — write category: ai',
      'content/blogs/b.md:4  category: "ai" differs only in case from "AI" of 1 post (content/blogs/a.md): their pages /categories/ai/ and /categories/AI/ would be one file on macOS and Windows — write category: AI',
    ]);
  });
});

describe('findCategorySlips', () => {
  const at = (file: string, category: string) => ({ file: `content/blogs/${file}.md`, category, line: 4 });

  it("warns of a post's lone category one character from one that more posts have", () => {
    const problems = findCategorySlips([
      at('a', '人工智能'),
      at('b', '人工智能'),
      at('slip', '人工只能'),
      at('c', '数据库'),
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'content/blogs/slip.md:4  category: "人工只能" is this post\'s alone, one character from "人工智能" of 2 posts — write category: 人工智能 if that is meant',
    ]);
    expect(problems[0]?.severity).toBe('warning');
  });

  it('says nothing when both have one post, when both have several, or for spellings of one URL', () => {
    expect(findCategorySlips([at('a', '人工智能'), at('b', '人工只能')])).toEqual([]);
    expect(findCategorySlips([at('a', 'Rust'), at('b', 'Rust'), at('c', 'Rast'), at('d', 'Rast')])).toEqual([]);
    expect(findCategorySlips([at('a', 'C/C++'), at('b', 'C/C++'), at('c', 'C-C++')])).toEqual([]);
  });

  it('warns of a series name too, one character from one that more posts have: it would start a series of its own', () => {
    const problems = findCategorySlips(
      [at('a', 'LLM Apps'), at('b', 'LLM Apps'), at('case', 'llm apps'), at('slip', 'LLM Appz'), at('c', '数据库')],
      'series',
    );
    // Differing only in case, "llm apps" would share the page of "LLM Apps" on macOS and Windows: an error, below.
    expect(problems.map(formatProblem)).toEqual([
      'content/blogs/slip.md:4  series: "LLM Appz" is this post\'s alone, one character from "LLM Apps" of 2 posts — write series: LLM Apps if that is meant',
    ]);
  });
});

describe('findCategoryCollisions of series, whose pages are /series/<name>/', () => {
  const at = (file: string, series: string) => ({ file: `content/blogs/${file}.md`, category: series, line: 5 });

  it('refuses two spellings of one series URL and names that differ only in case, naming the fix', () => {
    const problems = findCategoryCollisions(
      [at('a', 'LLM Apps'), at('b', 'LLM Apps'), at('case', 'llm apps'), at('c', 'C/C++ 入门'), at('d', 'C-C++ 入门')],
      'series',
    ).map(formatProblem);
    expect(problems).toEqual([
      'content/blogs/case.md:5  series: "llm apps" differs only in case from "LLM Apps" of 2 posts (content/blogs/a.md and others): their pages /series/llm%20apps/ and /series/LLM%20Apps/ would be one file on macOS and Windows — write series: LLM Apps',
      'content/blogs/c.md:5  series: "C/C++ 入门" gives the same URL /series/C-C%2B%2B%20%E5%85%A5%E9%97%A8/ as "C-C++ 入门" in content/blogs/d.md — write the series the same way in both',
      'content/blogs/d.md:5  series: "C-C++ 入门" gives the same URL /series/C-C%2B%2B%20%E5%85%A5%E9%97%A8/ as "C/C++ 入门" in content/blogs/c.md — write the series the same way in both',
    ]);
  });
});

describe('findSeriesOrderProblems', () => {
  const part = (file: string, series: string | undefined, seriesOrder?: number) => ({
    file: `content/blogs/${file}.md`,
    series,
    seriesOrder,
    seriesLine: 5,
    seriesOrderLine: 6,
  });
  const messages = (...parts: ReturnType<typeof part>[]) =>
    findSeriesOrderProblems(parts).map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`);

  it('has nothing to say of series ordered by date, or with a place for every part', () => {
    expect(messages(part('a', '实战'), part('b', '实战'), part('c', undefined))).toEqual([]);
    expect(messages(part('a', '实战', 2), part('b', '实战', 1.5), part('c', 'Go', 0), part('d', 'Go'))).toEqual([
      'content/blogs/d.md:5 seriesOrder: missing, while the other part of the series "Go" has one — add a line such as seriesOrder: 1 (after the last, content/blogs/c.md: 0), or remove seriesOrder from every part to order them by date',
    ]);
  });

  it('proposes the place after the highest, whatever the order of the files', () => {
    expect(messages(part('z', '实战', 7.5), part('a', '实战'), part('m', '实战', -1))).toEqual([
      'content/blogs/a.md:5 seriesOrder: missing, while 2 other parts of the series "实战" have one — add a line such as seriesOrder: 8 (after the last, content/blogs/z.md: 7.5), or remove seriesOrder from every part to order them by date',
    ]);
  });

  it('names every other part that has the same place, on each of them', () => {
    expect(messages(part('a', '实战', 1), part('b', '实战', 1), part('c', '实战', 1), part('d', '实战', 2))).toEqual([
      'content/blogs/a.md:6 seriesOrder: 1 is also the place of content/blogs/b.md and content/blogs/c.md in the series "实战" — give each part its own number (1.5 goes between 1 and 2)',
      'content/blogs/b.md:6 seriesOrder: 1 is also the place of content/blogs/a.md and content/blogs/c.md in the series "实战" — give each part its own number (1.5 goes between 1 and 2)',
      'content/blogs/c.md:6 seriesOrder: 1 is also the place of content/blogs/a.md and content/blogs/b.md in the series "实战" — give each part its own number (1.5 goes between 1 and 2)',
    ]);
    // One number in two series is no clash.
    expect(messages(part('a', '实战', 1), part('b', 'Go', 1))).toEqual([]);
  });

  it('refuses a place on a post in no series', () => {
    expect(messages(part('a', undefined, 3))).toEqual([
      'content/blogs/a.md:6 seriesOrder: 3 places the post in a series, but it is in none — add a line such as series: 大模型应用工程, or remove this one',
    ]);
  });
});

describe('checkRef', () => {
  const site: SiteIndex = {
    exists: (path) => ['/', '/blogs/a/', '/blogs/中文/', '/favicon.svg'].includes(path),
    idsOf: (path) => (path.endsWith('/') ? new Set(['intro', 'deepseek', 'user-content-fn-%E6%B3%A8']) : undefined),
  };
  const reason = (url: string, kind = 'link') => checkRef(url, kind, '/blogs/a/', site)?.reason;

  it('accepts pages, files, anchors, #top and other sites', () => {
    for (const url of [
      '/',
      '../中文/',
      '/blogs/%E4%B8%AD%E6%96%87/#intro',
      '#top',
      '/favicon.svg',
      'https://x.org/y',
      'mailto:a@b.c',
    ]) {
      expect(reason(url), url).toBeUndefined();
    }
  });

  it('accepts a fragment matching an id as written or decoded, as browsers do', () => {
    expect(reason('#user-content-fn-%E6%B3%A8')).toBeUndefined();
  });

  it('resolves a relative URL against the page before saying it is missing', () => {
    expect(reason('./other.md')).toBe(
      './other.md: expected a page of this site at /blogs/a/other.md, found none — fix the URL or remove the link',
    );
    expect(reason('/blogs/gone/')).toBe(
      'expected a page of this site at /blogs/gone/, found none — fix the URL or remove the link',
    );
    expect(reason('/img/x.png', 'image')).toBe(
      'expected a file of this site at /img/x.png, found none — fix the path or add the file',
    );
  });

  it("names where a post's relative link was looked for as a file too", () => {
    const files = ['content/blogs/files/x.pdf', 'content/blogs/a/files/x.pdf'];
    expect(checkRef('files/x.pdf', 'link', '/blogs/a/', site, files)?.reason).toBe(
      'files/x.pdf: expected a page of this site at /blogs/a/files/x.pdf or a file at content/blogs/files/x.pdf or ' +
        'content/blogs/a/files/x.pdf, found neither — fix the URL or add the file',
    );
  });

  it('shows a percent-encoded URL of the built page decoded, as the post has it', () => {
    expect(reason('%E8%AE%B2%E4%B9%89.pdf')).toBe(
      '讲义.pdf: expected a page of this site at /blogs/a/讲义.pdf, found none — fix the URL or remove the link',
    );
    expect(reason('/blogs/%E6%97%A7%E6%96%87/')).toBe(
      'expected a page of this site at /blogs/旧文/, found none — fix the URL or remove the link',
    );
    expect(reason('/blogs/%E4%B8%AD%E6%96%87/#%E7%A7%AF')).toBe(
      '/blogs/中文/#积: expected a heading or element with id "积" on /blogs/中文/, found none — fix the anchor or remove it',
    );
  });

  it('suggests a close anchor, and only a close one', () => {
    expect(reason('#deepsek')).toMatch(/— did you mean "#deepseek"\?$/u);
    expect(reason('#nope')).toMatch(/— fix the anchor or remove it$/u);
  });
});

describe('readMarkdown', () => {
  it('finds images, links and headings with their lines, outside code', () => {
    const facts = readMarkdown(
      [
        '# 标题 One',
        '',
        '![a](./a.png) [b](/blogs/b/)',
        '',
        '![c][ref]',
        '',
        '<img src="/d.gif" alt="d">',
        '',
        '```',
        '![not](./code.png)',
        '```',
        '',
        '[ref]: ./c.svg',
      ].join('\n'),
    );
    expect(facts.images).toEqual([
      { url: './a.png', line: 3 },
      { url: './c.svg', line: 5 },
      { url: '/d.gif', line: 7 },
    ]);
    expect(facts.links).toEqual([{ url: '/blogs/b/', line: 3 }]);
    expect(facts.headingIds).toEqual(['标题-one']);
    expect(facts.topHeadings).toEqual([{ text: '标题 One', line: 1 }]);
    expect(facts.imagesWithoutAlt).toEqual([]);
  });

  it('finds the raw HTML images without an alt attribute, but not those marked decorative with alt=""', () => {
    const facts = readMarkdown(
      '<img src="/a.png">\n\n<p><img alt="" src="/b.png"> <img title="x > y" src=\'/c.png\'></p>',
    );
    expect(facts.imagesWithoutAlt).toEqual([
      { url: '/a.png', line: 1, html: true },
      { url: '/c.png', line: 3, html: true },
    ]);
  });

  it('finds the Markdown images without alt text, references included', () => {
    const facts = readMarkdown('![](./a.png) ![ ](./b.png) ![有描述](./c.png)\n\n![][ref]\n\n[ref]: ./d.png');
    expect(facts.imagesWithoutAlt).toEqual([
      { url: './a.png', line: 1 },
      { url: './b.png', line: 1 },
      { url: './d.png', line: 3 },
    ]);
  });

  it("marks Obsidian's embedded images without alt text, whose fix is written after a bar", () => {
    const facts = readMarkdown('![[a.png]] ![[b.png|300]] ![[c.png|有描述]]');
    expect(facts.imagesWithoutAlt).toEqual([
      { url: 'a.png', line: 1, embed: true },
      { url: 'b.png', line: 1, embed: true },
    ]);
  });
});

describe('Hexo tags and Hugo shortcodes', () => {
  const post = [
    '{% note info %}',
    '提示 {% asset_path a.pdf %}。',
    '{% endnote %}',
    '',
    '{% note warning %}没有结尾的提示',
    '',
    '{{< admonition tip "标题" >}}内容 {{% notice %}}x{{% /notice %}}',
    '',
    '{{< version 0.2.0 >}} 与 {{< version 0.3.0 >}}',
    '',
    '`{% youtube abc %}` 和代码块里的不算：',
    '',
    '```',
    '{{< highlight go >}}',
    '```',
  ].join('\n');

  it('finds those written in the text, not in code nor read as callouts, with their lines', () => {
    expect(readMarkdown(post).templateTags).toEqual([
      { syntax: 'hexo', name: 'asset_path', line: 2 },
      { syntax: 'hexo', name: 'note', line: 5 },
      { syntax: 'hugo', name: 'admonition', line: 7 },
      { syntax: 'hugo', name: 'notice', line: 7 },
      { syntax: 'hugo', name: 'version', line: 9 },
      { syntax: 'hugo', name: 'version', line: 9 },
    ]);
  });

  it("reads Hugo's figures as images, which the check finds as any other", () => {
    const facts = readMarkdown('正文。\n\n{{< figure src="./images/a.png" caption="图 1" >}}\n');
    expect(facts.images).toEqual([{ url: './images/a.png', line: 3 }]);
    expect(facts.imagesWithoutAlt).toEqual([{ url: './images/a.png', line: 3 }]);
    expect(facts.templateTags).toEqual([]);
  });

  it("reads Hexo's asset images as images beside the post, which the check finds as any other", () => {
    const facts = readMarkdown(
      '正文。\n\n{% asset_img diagram.png "流程" "描述" %}\n\n{% asset_img b.png %}\n\n句中的 {% asset_img c.png 行内 %}。\n',
    );
    expect(facts.images).toEqual([
      { url: './diagram.png', line: 3 },
      { url: './b.png', line: 5 },
      { url: './c.png', line: 7 },
    ]);
    expect(facts.imagesWithoutAlt).toEqual([
      { url: './b.png', line: 5 },
      { url: './c.png', line: 7 },
    ]);
    expect(facts.templateTags).toEqual([]);
  });

  it('warns of each once, at its first use, with what to write instead', () => {
    const warnings = templateTagWarnings('content/blogs/a.md', readMarkdown(post).templateTags).map(formatProblem);
    expect(warnings).toEqual([
      'content/blogs/a.md:2  template: {% asset_path %} is a Hexo tag, which Inkstone does not run, so it shows as written — write a link to the file by its path from the post: [text](file.pdf)',
      'content/blogs/a.md:5  template: {% note %} is a Hexo tag, which Inkstone does not run, so it shows as written — write a callout: > [!NOTE] (or TIP, WARNING…) on its first line',
      'content/blogs/a.md:7  template: {{< admonition >}} is a Hugo shortcode, which Inkstone does not run, so it shows as written — write a callout: > [!NOTE] (or TIP, WARNING…) on its first line',
      'content/blogs/a.md:7  template: {{< notice >}} is a Hugo shortcode, which Inkstone does not run, so it shows as written — write a callout: > [!NOTE] (or TIP, WARNING…) on its first line',
      'content/blogs/a.md:9  template: {{< version >}} is a Hugo shortcode, which Inkstone does not run, so it shows as written (2 times in this post, first here) — write the Markdown or HTML it stands for',
    ]);
  });
});

describe('readTimeWarning', () => {
  const frontmatter = frontmatterOf('---\nreadTime: x\n---\n');
  const warn = (readTime: string, computed: number) =>
    readTimeWarning('a.md', frontmatter, { readTime } as never, computed).map(formatProblem);

  it('warns when the authored read time is off by more than half', () => {
    expect(warn('3 min read', 10)).toEqual([
      'a.md:2  readTime: "3 min read" is far from the computed 10 min — update it, or remove the line to have it computed',
    ]);
  });

  it('stays quiet for rounding-sized differences', () => {
    expect(warn('2 分钟', 1)).toEqual([]);
    expect(warn('12 min read', 9)).toEqual([]);
  });
});

describe('publishingFromEnv', () => {
  const now = new Date('2025-01-01T00:00:00Z');

  it('follows the Astro command the content guard records over import.meta.env.DEV', () => {
    expect(publishingFromEnv({ INKSTONE_COMMAND: 'build' }, true, now)).toMatchObject({ drafts: false, future: false });
    expect(publishingFromEnv({ INKSTONE_COMMAND: 'dev' }, false, now)).toMatchObject({ drafts: true, future: true });
  });
});

describe('HashCache', () => {
  it('parses a post again only when its text changed since the last run', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'inkstone-cache-'));
    const file = path.join(dir, 'facts.json');
    const parsed: string[] = [];
    const read = (body: string) => (parsed.push(body), readMarkdown(body));
    const first = new HashCache<MarkdownFacts>(file, '1');
    first.get('![a](./a.png)', read);
    first.get('old', read);
    first.save();
    const second = new HashCache<MarkdownFacts>(file, '1');
    expect(second.get('![a](./a.png)', read).images).toEqual([{ url: './a.png', line: 1 }]);
    second.get('new', read);
    expect(parsed).toEqual(['![a](./a.png)', 'old', 'new']);
    new HashCache<MarkdownFacts>(file, '2').get('![a](./a.png)', read);
    expect(parsed).toHaveLength(4);
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes a text as UTF-8 bytes under the same key, and decodes them only to compute', () => {
    const cache = new HashCache<string>(undefined, '1');
    const seen: string[] = [];
    const compute = (text: string) => (seen.push(text), text.toUpperCase());
    expect(cache.get(Buffer.from('中文 text'), compute)).toBe('中文 TEXT');
    expect(seen).toEqual(['中文 text']);
    const dir = mkdtempSync(path.join(tmpdir(), 'inkstone-cache-'));
    const file = path.join(dir, 'pages.json');
    const first = new HashCache<string>(file, '1');
    first.get('<p>中文</p>', compute);
    first.save();
    // Stored from a string, found from the same text's bytes: nothing computed, nothing decoded.
    expect(new HashCache<string>(file, '1').get(Buffer.from('<p>中文</p>'), compute)).toBe('<P>中文</P>');
    expect(seen).toHaveLength(2);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('problemsOverlay', () => {
  const problem = (file: string, line: number, severity: Problem['severity']): Problem => ({
    file,
    line,
    field: 'title',
    message: `expected text, found nothing — add a line such as title: "My first post"`,
    severity,
  });

  it('shows the errors as the terminal prints them, sorted, pointing at the first one', () => {
    expect(
      problemsOverlay(
        [
          problem('content/blogs/b.md', 2, 'error'),
          problem('content/blogs/a.md', 3, 'warning'),
          problem('content/blogs/a.md', 1, 'error'),
        ],
        '/site',
      ),
    ).toEqual({
      name: 'ContentError',
      title: '2 problems in the content',
      message:
        'content/blogs/a.md:1  title: expected text, found nothing — add a line such as title: "My first post"\n' +
        'content/blogs/b.md:2  title: expected text, found nothing — add a line such as title: "My first post"',
      hint: 'A build would stop on this. Fix the file and save it.',
      loc: { file: '/site/content/blogs/a.md', line: 1, column: 1 },
      stack: '',
    });
  });

  it('shows nothing for warnings alone', () => {
    expect(problemsOverlay([problem('content/blogs/a.md', 3, 'warning')], '/site')).toBeUndefined();
  });
});

describe('reportAfterSave', () => {
  const problem = (file: string, message: string, severity: Problem['severity'] = 'warning'): Problem => ({
    file: `content/blogs/${file}`,
    line: 3,
    field: 'readTime',
    message,
    severity,
  });
  const before = [
    problem('a.md', 'old'),
    problem('b.md', 'stale'),
    problem('c.md', 'stale'),
    problem('d.md', 'x', 'ignored'),
  ];

  it('prints every problem of the saved post, and of the others only what is new', () => {
    const after = [
      problem('a.md', 'old'),
      problem('b.md', 'stale'),
      problem('b.md', 'broken link'),
      problem('c.md', 'stale'),
    ];
    expect(reportAfterSave(before, after, new Set(['content/blogs/a.md']))).toEqual({
      print: [problem('a.md', 'old'), problem('b.md', 'broken link')],
      cleared: [],
      unchanged: 2,
    });
  });

  it('names the files whose problems are gone, saved or not, and never prints ignored fields', () => {
    const after = [problem('b.md', 'stale'), problem('d.md', 'x', 'ignored'), problem('e.md', 'y', 'ignored')];
    expect(reportAfterSave(before, after, new Set(['content/blogs/a.md']))).toEqual({
      print: [],
      cleared: ['content/blogs/a.md', 'content/blogs/c.md'],
      unchanged: 1,
    });
  });

  it('prints a problem again when only its severity changed', () => {
    const after = [problem('b.md', 'stale', 'error'), problem('c.md', 'stale')];
    expect(reportAfterSave(before, after, new Set())).toEqual({
      print: [problem('b.md', 'stale', 'error')],
      cleared: ['content/blogs/a.md'],
      unchanged: 1,
    });
  });
});

describe('mdxSyntaxError', () => {
  it('names the line and the mistake of an MDX body that would not compile', () => {
    expect(mdxSyntaxError('\n\n<div>\n  内容\n</section>\n')).toEqual({
      line: 5,
      reason: 'Unexpected closing tag `</section>`, expected corresponding closing tag for `<div>` (3:1-3:6)',
    });
    expect(mdxSyntaxError('价格 {未闭合\n')?.line).toBe(1);
    expect(mdxSyntaxError('text\n\n{1 +}\n')).toEqual({ line: 3, reason: 'Could not parse expression with acorn' });
  });

  it('accepts JSX, expressions, comments and < in code', () => {
    expect(mdxSyntaxError('<img src="a.png" />\n\n{/* 注释 */}\n\n`a < b` 与 <b>粗体</b>\n')).toBeUndefined();
  });

  it("reads braces in math and directives as @astrojs/mdx does, with the pipeline's syntax: as text", () => {
    expect(mdxSyntaxError('化学式 $\\ce{2H2 + O2 -> 2H2O}$，矩阵 $\\mathbb{R}^{n \\times m}$。\n')).toBeUndefined();
    expect(mdxSyntaxError('$$\n\\frac{n(n+1)}{2} \\quad \\text{共 n 项}\n$$\n')).toBeUndefined();
    expect(mdxSyntaxError(':::tip{title="a > b"}\n提示\n:::\n')).toBeUndefined();
    expect(mdxSyntaxError('$x$ 之后 {1 +}\n')).toEqual({ line: 1, reason: 'Could not parse expression with acorn' });
  });
});

describe('findHiddenPosts', () => {
  it("warns of each post in a hidden file or folder, with the fix, and leaves editors' hidden files alone", () => {
    const root = mkdtempSync(path.join(tmpdir(), 'inkstone-hidden-'));
    try {
      const blogs = path.join(root, 'content/blogs');
      const post = '---\ntitle: A\n---\n\nText.\n';
      const files: Record<string, string> = {
        'ok.md': post,
        '_under.md': post,
        '.hello.md': post,
        '.draft.MDX': post,
        '.old.markdown': '\uFEFF---\r\ntitle: A\r\n---\r\n',
        '..md': post,
        '.drafts/a.md': post,
        'deep/.x/.y.md': post,
        '._hello.md': '\u0000\u0005\u0016\u0007 binary',
        '.notes.md': 'Just notes.\n',
      };
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(blogs, name)), { recursive: true });
        writeFileSync(path.join(blogs, name), text);
      }
      symlinkSync('someone@host.1234:1700000000', path.join(blogs, '.#ok.md'));
      const found = findHiddenPosts(root, blogs);
      expect(found.map((problem) => problem.severity)).toEqual(Array(6).fill('warning'));
      expect(found.map(formatProblem)).toEqual([
        'content/blogs/..md:1  file: expected a post name not starting with ".", found "..md", which the build skips as a hidden file — give it a name starting with a letter or digit (with draft: true to keep it unpublished)',
        'content/blogs/.draft.MDX:1  file: expected a post name not starting with ".", found ".draft.MDX", which the build skips as a hidden file — rename it to draft.mdx (with draft: true to keep it unpublished)',
        'content/blogs/.drafts/a.md:1  file: expected posts outside hidden folders, found this one in ".drafts/", which the build skips as its name starts with "." — move it out of .drafts/ (with draft: true to keep it unpublished)',
        'content/blogs/.hello.md:1  file: expected a post name not starting with ".", found ".hello.md", which the build skips as a hidden file — rename it to hello.md (with draft: true to keep it unpublished)',
        'content/blogs/.old.markdown:1  file: expected a post name not starting with ".", found ".old.markdown", which the build skips as a hidden file — rename it to old.md (with draft: true to keep it unpublished)',
        'content/blogs/deep/.x/.y.md:1  file: expected posts outside hidden folders, found this one in ".x/", which the build skips as its name starts with "." — move it out of .x/ (with draft: true to keep it unpublished)',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('findMisnamedPosts', () => {
  it('names every Markdown file the build would skip, with the name to give it, and nothing else', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'inkstone-misnamed-'));
    try {
      const blogs = path.join(root, 'content/blogs');
      for (const name of ['ok.md', 'ok.mdx', 'A.MD', 'deep/B.MDX', 'c.markdown', 'images/d.png', 'notes.txt']) {
        mkdirSync(path.dirname(path.join(blogs, name)), { recursive: true });
        writeFileSync(path.join(blogs, name), '');
      }
      expect(findMisnamedPosts(root, blogs).map(({ file, message }) => `${file}: ${message.split(' — ')[1]}`)).toEqual([
        'content/blogs/A.MD: rename it to A.md',
        'content/blogs/c.markdown: rename it to c.md',
        'content/blogs/deep/B.MDX: rename it to B.mdx',
      ]);
      expect(['a.md', 'A.MD', 'b.markdown', 'c.mdx'].every(isMarkdownLike)).toBe(true);
      expect(['a.png', 'a.txt', 'a.md.bak'].some(isMarkdownLike)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
