import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, projectRoot, type BuildResult, type FixtureSite } from '../../scripts/lib/fixture-site.ts';
import { runNode } from './run-node.ts';
import { post, reportedProblems } from './helpers.ts';

/** `你好` saved as GBK, the way Windows editors in China often save it. */
const GBK_NIHAO = Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3]);
const fm = (lines: string) => `---\n${lines}\n---\n\nBody.\n`;

/** Every author mistake at once: one build must report them all. */
const files: Record<string, string | Uint8Array> = {
  'content/blogs/valid.md': post('Valid', '## 小节\n\nText.', 'readTime: 3 分钟\n'),
  'content/blogs/no-title.md': fm('date: 2025-01-15\ncategory: 测试'),
  'content/blogs/empty-title.md': fm('title: ""\ndate: 2025-01-15\ncategory: 测试'),
  'content/blogs/no-category.md': fm('title: No category\ndate: 2025-01-15'),
  'content/blogs/impossible-date.md': fm('title: Impossible date\ndate: 2025-13-45\ncategory: 测试'),
  'content/blogs/yesterday.md': fm('title: Yesterday\ndate: yesterday\ncategory: 测试'),
  'content/blogs/read-time.md': fm('title: Read time\ndate: 2025-01-15\ncategory: 测试\nreadTime: about three minutes'),
  'content/blogs/wrong-types.md': fm('title: 2024\ndate: 2025-01-15\ncategory: 测试\ntags: ai\ndraft: yes'),
  'content/blogs/typos.md': fm('titel: Typos\ndate: 2025-01-15\ncategroy: 测试\nweight: 2\ntag: [a]'),
  'content/blogs/renamed.md': fm('title: From Astro\npubDate: 2025-01-15\ncategory: 测试'),
  'content/blogs/hexo-unpublished.md': fm('title: Hexo\ndate: 2025-01-15\ncategory: 测试\npublished: false'),
  'content/blogs/bad-lang.md': fm('title: Bad lang\ndate: 2025-01-15\ncategory: 测试\nlang: english'),
  'content/blogs/Upper.MD': post('Upper-case extension'),
  'content/blogs/jekyll.markdown': post('Jekyll extension'),
  'content/blogs/.hidden.md': post('Hidden'),
  'content/blogs/broken.mdx': post('Broken MDX', '<div>\n  没有闭合\n</section>'),
  'content/blogs/bad-yaml.md': fm('title: "Unclosed\ndate: 2025-01-15\ncategory: 测试'),
  'content/blogs/twice.md': fm('title: One\ntitle: Two\ndate: 2025-01-15\ncategory: 测试'),
  'content/blogs/no-frontmatter.md': '# Just a heading\n\nNo frontmatter here.\n',
  'content/blogs/gbk.md': new Uint8Array([...Buffer.from(post('GBK', 'Line one.')), ...GBK_NIHAO, 0x0a]),
  'content/blogs/Hello World.md': post('Hello World'),
  'content/blogs/hello-world.md': post('hello-world'),
  'content/blogs/shared-a.md': post('Shared A', '', 'slug: shared\n'),
  'content/blogs/shared-b.md': post('Shared B', '', 'slug: shared\n'),
  'content/blogs/missing-image.md': post('Missing image', 'Text.\n\n![示意图](./images/nope.png)'),
  'content/blogs/no-alt.md': post('No alt', '![](/favicon.svg)\n\n<img src="/favicon.svg">\n\n![[pasted.png]]'),
  'content/blogs/images/pasted.png': '',
  'content/blogs/two-titles.md': post('Two titles', '# Two titles\n\nText.\n\n## 小节'),
  'content/blogs/dead-link.md': post('Dead link', 'See [nothing](/blogs/no-such-post/).'),
  'content/blogs/dead-md-link.md': post('Dead Markdown link', 'See [its file](./no-such-post.md#用法).'),
  'content/blogs/two-series.md': fm('title: Two series\ndate: 2025-01-15\ncategory: 测试\nseries: [甲, 乙]'),
  // Two series pages that macOS and Windows would write to one file.
  'content/blogs/rust-a.md': fm('title: Rust a\ndate: 2025-01-15\ncategory: 测试\nseries: Rust 入门'),
  'content/blogs/rust-b.md': fm('title: Rust b\ndate: 2025-01-16\ncategory: 测试\nseries: rust 入门'),
  // A place in a series without one; one place given twice; a part without a place where the others have one.
  'content/blogs/order-alone.md': fm('title: Order alone\ndate: 2025-01-15\ncategory: 测试\nseriesOrder: 2'),
  'content/blogs/go-1.md': fm('title: Go 1\ndate: 2025-01-15\ncategory: 测试\nseries: Go 入门\nseriesOrder: 1'),
  'content/blogs/go-2.md': fm('title: Go 2\ndate: 2025-01-16\ncategory: 测试\nseries: Go 入门\nseriesOrder: 1'),
  'content/blogs/go-3.md': fm(
    'title: Go 3\ndate: 2025-01-17\ncategory: 测试\nseries: Go 入门\ntags: [code review, 向量数据库]',
  ),
  // The series file: a description written after the name; a series no post is in (a warning). The categories file:
  // a field a category does not have.
  'content/series.yaml':
    '甲: 一句话\n大模型:\n  description: 没有文章在这个系列里。\nGo 入门:\n  description: 有文章。\n',
  'content/categories.yaml': '测试:\n  description: 有文章。\n  title: 多余的字段\n',
  // The tags file: one tag in two spellings; a tag no post has, a character from one they have (a warning).
  'content/tags.yaml':
    'Code Review:\n  description: 评审。\ncode review:\n  description: 又一次。\n向量数据苦:\n  description: 错字。\n',
  // A diagram Mermaid cannot read: its page would show the source instead of the drawing.
  'content/blogs/bad-diagram.md': post('Bad diagram', 'Text.\n\n```mermaid\ngraph TD\nA-->B\nB-->C[x\n```'),
  'content/blogs/bad-alias.md': fm(
    'title: Bad alias\ndate: 2025-01-15\ncategory: 测试\naliases: [/tags/ai/, /authors/me/]',
  ),
  // Pages of their own: one at an address of the site's own, one without a title, one with a typo, and one whose
  // address a post's alias takes (its `date`, a post's field, is ignored).
  'content/pages/tags.md': fm('title: Tags page'),
  'content/pages/no-title.md': fm('description: 没有标题'),
  'content/pages/typo.md': fm('titel: Typo\ntitle: Typo'),
  'content/pages/about.md': fm('title: About\ndate: 2025-01-15'),
  'content/pages/Upper.MD': fm('title: Upper-case extension'),
  'content/pages/index.md': fm('title: Home'),
  'content/blogs/about-alias.md': fm('title: About alias\ndate: 2025-01-15\ncategory: 测试\naliases: [/about/]'),
  'content/blogs/taken-alias.md': fm('title: Taken alias\ndate: 2025-01-15\ncategory: 测试\naliases: Valid'),
  'content/blogs/unpublished.md': post('Unpublished', 'Text.', 'draft: true\naliases: [草稿旧名]\n'),
  'content/blogs/to-draft.md': post(
    'To a draft',
    'See [its file](./unpublished#用法).\n\nAnd [[unpublished]].\n\nAnd by its other name, [[草稿旧名]].',
  ),
  'content/blogs/ai-a.md': post('AI a').replace('category: 测试', 'category: 人工智能'),
  'content/blogs/ai-b.md': post('AI b').replace('category: 测试', 'category: 人工智能'),
  'content/blogs/ai-slip.md': post('AI slip').replace('category: 测试', 'category: 人工只能'),
  'content/blogs/vue-a.md': post('Vue a').replace('category: 测试', 'category: Vue'),
  'content/blogs/vue-b.md': post('Vue b').replace('category: 测试', 'category: vue'),
};

const DATE = 'expected a date such as 2025-02-08 or 2025-02-08T09:30:00+08:00';
/** In code-unit order, as the report sorts them (capitals first). */
const expected = [
  `content/blogs/Hello World.md:1  slug: "hello-world" (from the file name) gives the same URL /blogs/hello-world/ as content/blogs/hello-world.md — give one of them another slug or file name`,
  `content/blogs/Upper.MD:1  file: expected a post ending in .md or .mdx, found ".MD", which the build would skip — rename it to Upper.md`,
  `content/blogs/about-alias.md:5  aliases: "/about/" leads to /about/, the page of content/pages/about.md — remove the alias`,
  `content/blogs/bad-alias.md:5  aliases.0: expected an old address such as /posts/old-title/ or another name of the post, found "/tags/ai/", an address of the site's own pages — remove it`,
  `content/blogs/bad-alias.md:5  aliases.1: expected an old address such as /posts/old-title/ or another name of the post, found "/authors/me/", an address of the site's own pages — remove it`,
  `content/blogs/bad-diagram.md:12  diagram: Mermaid cannot read this diagram: Expecting 'SQE', 'DOUBLECIRCLEEND', 'PE', '-)', …, got the end of the diagram (line 3 of the diagram) — fix it, or its page shows the source and this reason instead of the drawing`,
  `content/blogs/bad-lang.md:5  lang: expected a language tag such as en or zh-CN, found "english" — write a BCP 47 language tag, e.g. lang: en`,
  `content/blogs/bad-yaml.md:2  frontmatter: invalid YAML: the value quoted with " on this line is never closed — add the closing "`,
  `content/blogs/broken.mdx:9  mdx: expected MDX that compiles, found: Unexpected closing tag \`</section>\`, expected corresponding closing tag for \`<div>\` (7:1-7:6) — close each JSX tag in the order it was opened, and write a < or { meant as text as \\< or \\{`,
  `content/blogs/dead-link.md:7  link: expected a page of this site at /blogs/no-such-post/, found none — fix the URL or remove the link`,
  `content/blogs/dead-md-link.md:7  link: expected a page of this site at /blogs/no-such-post/, found none — fix the URL or remove the link`,
  `content/blogs/empty-title.md:2  title: expected text, found an empty value — write the title after "title:"`,
  `content/blogs/gbk.md:8  encoding: expected UTF-8 text, found byte 0xC4 at column 1, which is not UTF-8 — the file was probably saved as GBK or another legacy encoding; save it again as UTF-8`,
  `content/blogs/go-1.md:6  seriesOrder: 1 is also the place of content/blogs/go-2.md in the series "Go 入门" — give each part its own number (1.5 goes between 1 and 2)`,
  `content/blogs/go-2.md:6  seriesOrder: 1 is also the place of content/blogs/go-1.md in the series "Go 入门" — give each part its own number (1.5 goes between 1 and 2)`,
  `content/blogs/go-3.md:5  seriesOrder: missing, while 2 other parts of the series "Go 入门" have one — add a line such as seriesOrder: 2 (after the last, content/blogs/go-1.md: 1), or remove seriesOrder from every part to order them by date`,
  `content/blogs/hello-world.md:1  slug: "hello-world" (from the file name) gives the same URL /blogs/hello-world/ as content/blogs/Hello World.md — give one of them another slug or file name`,
  `content/blogs/hexo-unpublished.md:5  published: false keeps a post unpublished in Hexo and Jekyll, but Inkstone does not read "published" and would publish it — write draft: true instead`,
  `content/blogs/impossible-date.md:3  date: ${DATE}, found "2025-13-45" — write a real calendar date as YYYY-MM-DD, optionally with a time`,
  `content/blogs/jekyll.markdown:1  file: expected a post ending in .md or .mdx, found ".markdown", which the build would skip — rename it to jekyll.md`,
  `content/blogs/missing-image.md:9  image: ./images/nope.png not found (looked for content/blogs/images/nope.png) — fix the path or add the file`,
  `content/blogs/no-category.md:1  category: expected text, found nothing — add a line such as category: 人工智能`,
  `content/blogs/no-frontmatter.md:1  frontmatter: no frontmatter — start the file with a --- block holding title, date and category`,
  `content/blogs/no-title.md:1  title: expected text, found nothing — add a line such as title: "My first post"`,
  `content/blogs/order-alone.md:5  seriesOrder: 2 places the post in a series, but it is in none — add a line such as series: 大模型应用工程, or remove this one`,
  `content/blogs/read-time.md:5  readTime: expected "N min read" or "N 分钟", found "about three minutes" — write e.g. readTime: 3 min read, or remove the line to have it computed`,
  `content/blogs/renamed.md:1  date: ${DATE}, found nothing — add a line such as date: 2025-02-08 (Inkstone does not read "pubDate": rename it to "date")`,
  `content/blogs/rust-a.md:5  series: "Rust 入门" differs only in case from "rust 入门" of 1 post (content/blogs/rust-b.md): their pages /series/Rust%20%E5%85%A5%E9%97%A8/ and /series/rust%20%E5%85%A5%E9%97%A8/ would be one file on macOS and Windows — write series: rust 入门`,
  `content/blogs/rust-b.md:5  series: "rust 入门" differs only in case from "Rust 入门" of 1 post (content/blogs/rust-a.md): their pages /series/rust%20%E5%85%A5%E9%97%A8/ and /series/Rust%20%E5%85%A5%E9%97%A8/ would be one file on macOS and Windows — write series: Rust 入门`,
  `content/blogs/shared-a.md:5  slug: "shared" gives the same URL /blogs/shared/ as content/blogs/shared-b.md — give one of them another slug or file name`,
  `content/blogs/shared-b.md:5  slug: "shared" gives the same URL /blogs/shared/ as content/blogs/shared-a.md — give one of them another slug or file name`,
  `content/blogs/taken-alias.md:5  aliases: "Valid" leads to /blogs/valid/, the page of content/blogs/valid.md — remove the alias`,
  `content/blogs/to-draft.md:7  link: expected a page of this site at /blogs/unpublished/, found none — fix the URL or remove the link (content/blogs/unpublished.md is a draft or scheduled for later, so this build leaves it out)`,
  `content/blogs/to-draft.md:9  link: expected a page of this site at /blogs/unpublished/, found none — fix the URL or remove the link (content/blogs/unpublished.md is a draft or scheduled for later, so this build leaves it out)`,
  `content/blogs/to-draft.md:11  link: expected a page of this site at /blogs/草稿旧名/, found none — fix the URL or remove the link (another name of content/blogs/unpublished.md, which is a draft or scheduled for later, so this build leaves it out)`,
  `content/blogs/twice.md:3  frontmatter: invalid YAML: "title" appears twice — keep one of them`,
  `content/blogs/two-series.md:5  series: expected the name of one series, found a list — write series: 大模型应用工程 (a post is a part of one series at most)`,
  `content/blogs/typos.md:2  titel: unknown field — did you mean "title"?`,
  `content/blogs/typos.md:4  categroy: unknown field — did you mean "category"?`,
  `content/blogs/vue-a.md:4  category: "Vue" differs only in case from "vue" of 1 post (content/blogs/vue-b.md): their pages /categories/Vue/ and /categories/vue/ would be one file on macOS and Windows — write category: vue`,
  `content/blogs/vue-b.md:4  category: "vue" differs only in case from "Vue" of 1 post (content/blogs/vue-a.md): their pages /categories/vue/ and /categories/Vue/ would be one file on macOS and Windows — write category: Vue`,
  `content/blogs/wrong-types.md:2  title: expected text, found the number 2024 — put it in quotes`,
  `content/blogs/wrong-types.md:5  tags: expected a list such as [ai, llm], found "ai" — write tags: [a, b]`,
  `content/blogs/wrong-types.md:6  draft: expected true or false, found "yes" — write draft: true or draft: false`,
  `content/blogs/yesterday.md:3  date: ${DATE}, found "yesterday" — write a real calendar date as YYYY-MM-DD, optionally with a time`,
  'content/categories.yaml:3  测试.title: unknown field — a category has only a description',
  `content/pages/Upper.MD:1  file: expected a page ending in .md or .mdx, found ".MD", which the build would skip — rename it to Upper.md`,
  `content/pages/index.md:1  slug: "index" (from the file name) gives the URL /index/, which the site's own pages or files take — give it another file name, or a slug`,
  `content/pages/no-title.md:1  title: expected text, found nothing — add a line such as title: "My first post"`,
  `content/pages/tags.md:1  slug: "tags" (from the file name) gives the URL /tags/, which the site's own pages or files take — give it another file name, or a slug`,
  `content/pages/typo.md:2  titel: unknown field — did you mean "title"?`,
  `content/series.yaml:1  甲: expected a description below the name, found "一句话" — write it indented below the name: "  description: 从检索到评测，一步步搭起一个大模型应用"`,
  'content/tags.yaml:3  code review: the tag "Code Review" (line 1) again, in another spelling — keep one description for both and remove the other',
];

let site: FixtureSite;
let build: BuildResult;

beforeAll(async () => {
  site = await createFixtureSite({ files });
  build = await site.run(['build']);
});

afterAll(() => site?.remove());

describe('a build with author mistakes', () => {
  it('fails without writing a site', () => {
    expect(build.code).not.toBe(0);
    expect(existsSync(path.join(site.outDir, 'index.html'))).toBe(false);
  });

  it('reports every mistake of every file together, each with file, line, field, what was found and the fix', () => {
    expect(build.output).toContain(`${expected.length} problems in the content; nothing was built:`);
    expect(reportedProblems(build.output)).toEqual(expected);
  });

  it('warns of an image without alt text, naming its line and the fix', () => {
    expect(build.output).toContain(
      'content/blogs/no-alt.md:7  image: /favicon.svg has no alt text, so screen readers skip it — describe the image between the brackets: ![…](/favicon.svg)',
    );
    expect(build.output).toContain(
      'content/blogs/no-alt.md:9  image: /favicon.svg has no alt text, so screen readers skip it — describe the image in its alt attribute: <img alt="…">, or write alt="" if it is decoration',
    );
    expect(build.output).toContain(
      'content/blogs/no-alt.md:11  image: pasted.png has no alt text, so screen readers skip it — describe the image after a bar: ![[pasted.png|…]]',
    );
  });

  it('warns of a series the series file describes that no post is in', () => {
    expect(build.output).toContain(
      'content/series.yaml:2  大模型: no post is in the series "大模型", so no page shows this description — write the name as the posts\' series: field does, or remove it',
    );
  });

  it('warns of a tag the tags file describes that no post has, naming the one a character away', () => {
    expect(build.output).toContain(
      'content/tags.yaml:5  向量数据苦: no post has the tag "向量数据苦", so no page shows this description — write the name as the posts do: 向量数据库',
    );
    expect(build.output).not.toContain('no post has the tag "Code Review"');
  });

  it("warns of a post's lone category one character from another's", () => {
    expect(build.output).toContain(
      'content/blogs/ai-slip.md:4  category: "人工只能" is this post\'s alone, one character from "人工智能" of 2 posts — write category: 人工智能 if that is meant',
    );
  });

  it('warns of a post the build skips as a hidden file', () => {
    expect(build.output).toContain(
      'content/blogs/.hidden.md:1  file: expected a post name not starting with ".", found ".hidden.md", which the build skips as a hidden file — rename it to hidden.md (with draft: true to keep it unpublished)',
    );
  });

  it('warns of a level-1 heading in the body, a second one after the title', () => {
    expect(build.output).toContain(
      'content/blogs/two-titles.md:7  heading: "Two titles" is a level-1 heading (#), a second one after the post\'s title — write it as ## Two titles, or remove it if it repeats the title',
    );
  });

  it('lets through unknown fields that are no typo, such as author and tag', () => {
    expect(build.output).not.toMatch(/typos\.md:\d+ {2}(author|tag):/u);
  });
});

describe('npm run check on the same content', () => {
  it('reports the same problems without building, and lists the ignored fields', async () => {
    const check = await runNode(path.join(projectRoot, 'scripts/check-content.ts'), { INKSTONE_ROOT: site.root });
    expect(check.code).toBe(1);
    expect(reportedProblems(check.output)).toEqual(expected);
    expect(check.output).toContain('ignored  content/blogs/typos.md:5  weight: not an Inkstone field, ignored');
    expect(check.output).toContain(
      'ignored  content/blogs/typos.md:6  tag: not an Inkstone field, ignored (Inkstone reads "tags")',
    );
    expect(check.output).toContain(
      "ignored  content/pages/about.md:3  date: a post's field, which a page has not: ignored",
    );
  });
});

describe('a mistake in the site config', () => {
  let bad: FixtureSite;
  let badBuild: BuildResult;

  beforeAll(async () => {
    // An address without its last `/`, under which the site's pages would link out of its path; and no navigation.
    const config = readFileSync(path.join(projectRoot, 'src/site.config.ts'), 'utf8')
      .replace("url: 'https://inkstone.example.com/'", "url: 'https://me.github.io/blog'")
      .replace(/nav: \[[^\]]*\]/u, 'nav: []');
    bad = await createFixtureSite({ files: { 'content/blogs/a.md': post('一篇'), 'src/site.config.ts': config } });
    badBuild = await bad.run(['build']);
  });

  afterAll(() => bad?.remove());

  it('stops the build, naming the file, each field, what was found and the fix', () => {
    expect(badBuild.code).not.toBe(0);
    expect(existsSync(bad.outDir)).toBe(false);
    expect(badBuild.output).toContain(
      [
        '2 problems in src/site.config.ts; nothing was built:',
        '  url: expected the site\'s address ending in /, without ? or #, found "https://me.github.io/blog" — write https://me.github.io/blog/',
        "  nav: expected at least one link, found none — add { label: 'nav.home', href: '/' }",
      ].join('\n'),
    );
  });
});
