import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';
import { checkFrontmatter } from '../../src/lib/content-check/frontmatter-check.ts';
import { readFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { createPageSchema } from '../../src/schema/page.ts';
import { runNode } from '../build/run-node.ts';

const script = path.join(projectRoot, 'scripts/new-post.ts');
let root: string;
// 18:30 UTC is already the next day in Shanghai, the site's time zone.
const run = (...args: string[]) => runNode(script, { INKSTONE_ROOT: root, INKSTONE_NOW: '2025-03-01T18:30:00Z' }, args);

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'inkstone-new-'));
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('npm run new', () => {
  it('writes a post with valid frontmatter, dated today in the site time zone, without readTime', async () => {
    const result = await run('我的 First: Post', '--category', '人工智能', '--tags', 'ai, llm');
    expect(result.code, result.output).toBe(0);
    const text = await readFile(path.join(root, 'content/blogs/我的-first-post.md'), 'utf8');
    expect(text).toBe(
      '---\ntitle: "我的 First: Post"\ndate: 2025-03-02\ncategory: 人工智能\ntags:\n  - ai\n  - llm\n---\n\n',
    );
    const frontmatter = readFrontmatter(text);
    expect(frontmatter.ok && checkFrontmatter('a.md', frontmatter.frontmatter, 'Asia/Shanghai').problems).toEqual([]);
  });

  it('uses --slug for the file name', async () => {
    expect((await run('标题', '--category', '写作', '--slug', 'my-post')).code).toBe(0);
    expect(await readFile(path.join(root, 'content/blogs/my-post.md'), 'utf8')).toContain('title: 标题\n');
  });

  it("refuses a slug that the post schema would refuse, with the schema's message", async () => {
    const result = await run('Dots', '--category', '写作', '--slug', '..');
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      'new: slug: expected a URL segment with a letter or digit, found ".." — a slug of dots alone would lead to another address; use letters, digits and "-"',
    );
  });

  it('never writes a hidden file, which the build would skip', async () => {
    expect((await run('.NET 9 性能改进', '--category', '写作')).code).toBe(0);
    expect(await readFile(path.join(root, 'content/blogs/net-9-性能改进.md'), 'utf8')).toContain(
      'title: .NET 9 性能改进\n',
    );
    const result = await run('Hidden', '--category', '写作', '--slug', '.hidden');
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      'new: slug: expected a file name not starting with ".", found ".hidden", which the build would skip as a hidden file — write --slug hidden',
    );
  });

  it('refuses to overwrite an existing post', async () => {
    const result = await run('Other title', '--category', '写作', '--slug', 'my-post');
    expect(result.code).toBe(1);
    expect(result.output).toContain('new: content/blogs/my-post.md already exists — choose another --slug');
    expect(await readFile(path.join(root, 'content/blogs/my-post.md'), 'utf8')).toContain('title: 标题\n');
  });

  it("writes the post's authors with --author, one as a name, several as a list, unless it is the site's", async () => {
    expect((await run('独著', '--category', '写作', '--author', ' 张三 ')).code).toBe(0);
    expect(await readFile(path.join(root, 'content/blogs/独著.md'), 'utf8')).toContain('\nauthor: 张三\n');
    expect((await run('合著', '--category', '写作', '--author', '张三，李四')).code).toBe(0);
    expect(await readFile(path.join(root, 'content/blogs/合著.md'), 'utf8')).toContain(
      '\nauthor:\n  - 张三\n  - 李四\n',
    );
    expect((await run('本站', '--category', '写作', '--author', 'Inkstone')).code).toBe(0);
    expect(await readFile(path.join(root, 'content/blogs/本站.md'), 'utf8')).not.toContain('author');
    // The site's categories as the other tests count them.
    await Promise.all(['独著', '合著', '本站'].map((name) => rm(path.join(root, `content/blogs/${name}.md`))));
  });

  it("writes the post's language with --lang, in canonical form, unless it is the site's", async () => {
    expect((await run('English post', '--category', '写作', '--lang', 'EN')).code).toBe(0);
    expect(await readFile(path.join(root, 'content/blogs/english-post.md'), 'utf8')).toContain('\nlang: en\n');
    expect((await run('中文文章', '--category', '写作', '--lang', 'zh-cn')).code).toBe(0);
    expect(await readFile(path.join(root, 'content/blogs/中文文章.md'), 'utf8')).not.toContain('lang:');
    const result = await run('Bad', '--category', '写作', '--lang', 'english');
    expect(result.code).toBe(1);
    expect(result.output).toContain('new: expected a language tag such as en or zh-CN, found "english"');
  });

  it("refuses a post without a category, naming the site's categories", async () => {
    const result = await run('No category');
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      "new: expected --category <name>, found none — the site's categories: 写作 (4), 人工智能 (1)",
    );
  });

  it('refuses a new category one character from one of the site, unless --new-category says it is meant', async () => {
    const result = await run('Slip', '--category', '人工只能');
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      `new: expected one of the site's categories or a clearly new one, found "人工只能", close to "人工智能" — write --category 人工智能, or add --new-category to start "人工只能"`,
    );
    const meant = await run('Meant', '--category', '人工只能', '--new-category');
    expect(meant.code, meant.output).toBe(0);
    expect(meant.output).toContain(
      'new: wrote content/blogs/meant.md, the post at /blogs/meant/ (a new category: 人工只能)',
    );
  });

  it("refuses a category that would share a page with one of the site's, without --new-category as a way out", async () => {
    const folded = await run('Folded', '--category', 'AI写作', '--new-category');
    expect(folded.code, folded.output).toBe(0);
    const again = await run('Again', '--category', 'ai写作', '--new-category');
    expect(again.code).toBe(1);
    expect(again.output).toContain(
      'new: expected the site\'s category "AI写作", found "ai写作", which would share its page — write --category AI写作',
    );
  });

  it('says when a post starts a new category, and not for one of the site', async () => {
    const fresh = await run('Database post', '--category', '数据库');
    expect(fresh.output).toContain('the post at /blogs/database-post/ (a new category: 数据库)');
    const known = await run('Another', '--category', '数据库');
    expect(known.output).toContain('new: wrote content/blogs/another.md, the post at /blogs/another/\n');
  });

  it('starts a part of a series, says which, and refuses a slip of a series name unless --new-series', async () => {
    const first = await run('Part one', '--category', '数据库', '--series', '数据库实战');
    expect(first.output).toContain('the post at /blogs/part-one/ (part 1 of the series 数据库实战)');
    expect(await readFile(path.join(root, 'content/blogs/part-one.md'), 'utf8')).toContain('series: 数据库实战\n');
    const second = await run('Part two', '--category', '数据库', '--series', '数据库实战');
    expect(second.output).toContain('the post at /blogs/part-two/ (part 2 of the series 数据库实战)');
    expect(await readFile(path.join(root, 'content/blogs/part-two.md'), 'utf8')).not.toContain('seriesOrder');
    const slip = await run('Part three', '--category', '数据库', '--series', '数据库实践');
    expect(slip.code).toBe(1);
    expect(slip.output).toContain(
      `new: expected one of the site's series or a clearly new one, found "数据库实践", close to "数据库实战" — write --series 数据库实战, or add --new-series to start "数据库实践"`,
    );
    const meant = await run('Other series', '--category', '数据库', '--series', '数据库实践', '--new-series');
    expect(meant.output).toContain('(part 1 of the series 数据库实践)');
    // A series whose parts have their places: the new part takes the next after the highest.
    const ordered = (place: number) =>
      `---\ntitle: P\ndate: 2025-01-01\ncategory: 数据库\nseries: 有序\nseriesOrder: ${place}\n---\n`;
    await writeFile(path.join(root, 'content/blogs/ordered-b.md'), ordered(2.5));
    await writeFile(path.join(root, 'content/blogs/ordered-a.md'), ordered(1));
    const next = await run('Ordered next', '--category', '数据库', '--series', '有序');
    expect(next.output).toContain('(part 3 of the series 有序)');
    expect(await readFile(path.join(root, 'content/blogs/ordered-next.md'), 'utf8')).toContain(
      'series: 有序\nseriesOrder: 3\n---',
    );
    // Only case apart, it would share the series' page on macOS and Windows: no way out.
    const folded = await run('Folded part', '--category', '数据库', '--series', 'LLM Apps', '--new-series');
    expect(folded.code, folded.output).toBe(0);
    const again = await run('Again part', '--category', '数据库', '--series', 'llm apps', '--new-series');
    expect(again.code).toBe(1);
    expect(again.output).toContain(
      'new: expected the site\'s series "LLM Apps", found "llm apps", which would share its page — write --series LLM Apps',
    );
  });

  it('starts a page of its own with --page, at the address it says, and tells how to link it from the header', async () => {
    const result = await run("关于 Ada's 站", '--page', '--slug', 'about');
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(
      "new: wrote content/pages/about.md, the page at /about/ — to link it from the header, add { label: '关于 Ada\\'s 站', href: '/about/' } to nav in src/site.config.ts",
    );
    const text = await readFile(path.join(root, 'content/pages/about.md'), 'utf8');
    expect(text).toBe("---\ntitle: 关于 Ada's 站\n---\n\n");
    const frontmatter = readFrontmatter(text);
    expect(frontmatter.ok && createPageSchema('Asia/Shanghai').safeParse(frontmatter.frontmatter.data).success).toBe(
      true,
    );
    // In another language than the site's, and named by its title.
    expect((await run('Guestbook', '--page', '--lang', 'EN')).code).toBe(0);
    expect(await readFile(path.join(root, 'content/pages/guestbook.md'), 'utf8')).toBe(
      '---\ntitle: Guestbook\nlang: en\n---\n\n',
    );
  });

  it("refuses a page at an address of the site's own, one that exists, and a post's fields", async () => {
    const own = await run('标签', '--page', '--slug', 'tags');
    expect(own.code).toBe(1);
    expect(own.output).toContain(
      'new: slug: "tags" gives the URL /tags/, which the site\'s own pages or files take — write --slug with another name',
    );
    const again = await run('关于', '--page', '--slug', 'about');
    expect(again.code).toBe(1);
    expect(again.output).toContain('new: content/pages/about.md already exists — choose another --slug');
    const category = await run('项目', '--page', '--category', '写作');
    expect(category.code).toBe(1);
    expect(category.output).toContain('new: --page: a page has no category — leave --category out');
  });
});
