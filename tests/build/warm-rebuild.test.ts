/**
 * Rebuilds that reuse the last build (Astro's content store, `experimental.incrementalBuild`, the content check's and
 * the feeds' caches) must give the very site a clean build gives, and must still reuse what they can: after an edit,
 * each rebuild of one copy is compared file by file with a clean build of a second copy with the same sources.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type BuildResult, type FixtureSite } from '../../scripts/lib/fixture-site.ts';
import { post } from './helpers.ts';

const files = {
  'content/blogs/first.md': post(
    '第一篇',
    '第一篇的正文。\n\n> [!NOTE]\n> 一条提示。\n\n![一张动图](./images/b.gif)',
    '',
    '2025-01-01',
  ),
  'content/blogs/second.md': post(
    '第二篇',
    '第二篇的正文，有公式 $a^2$。\n\n![一张图](./images/a.png)',
    'tags: [第二]\n',
    '2025-01-02',
  ),
  // Tag pages list their posts as the category page does.
  'content/blogs/third.md': post('第三篇', '第三篇的正文。', 'tags: [共同]\n', '2025-01-03'),
  'content/blogs/fourth.md': post('第四篇', '第四篇的正文。', 'tags: [共同]\n', '2025-01-04'),
};

/** A 64×64 PNG of one colour. */
const png = (background: string) =>
  sharp({ create: { width: 64, height: 64, channels: 3, background } })
    .png()
    .toBuffer();

/** A GIF, which the site serves as it is, of one colour and size. */
const gif = (background: string, width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background } })
    .gif()
    .toBuffer();

/** Every file of a build, as bytes. */
function snapshot(dir: string): Map<string, string> {
  const names = globSync('**/*', { cwd: dir, dot: true, expandDirectories: false }).sort();
  return new Map(names.map((name) => [name, readFileSync(path.join(dir, name)).toString('base64')]));
}

/** The files that differ between two builds, or are in one only. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((name) => a.get(name) !== b.get(name));
}

/** The pages a build copied from the last one instead of rendering them. */
const restored = (build: BuildResult) =>
  [...build.output.matchAll(/(\/\S+\.html) \((?:restored|cached)\)/gu)].map((m) => m[1]!).sort();

let warm: FixtureSite;
let clean: FixtureSite;

/** Builds `clean` from nothing: no output, no caches. */
async function cleanBuild(): Promise<BuildResult> {
  await Promise.all(
    ['dist', '.cache', '.astro'].map((dir) => rm(path.join(clean.root, dir), { recursive: true, force: true })),
  );
  return clean.run(['build']);
}

type Changes = Record<string, string | Uint8Array | null>;

/** Writes `changes` into both copies (`null` deletes a file). */
async function write(changes: Changes) {
  for (const [file, text] of Object.entries(changes)) {
    for (const site of [warm, clean]) {
      if (text === null) await rm(path.join(site.root, file));
      else await site.write({ [file]: text });
    }
  }
}

/**
 * Writes `changes` into both copies and rebuilds the warm one only: where a test starts from, which the clean copy is
 * built from by the test's `change`.
 */
async function prepare(changes: Changes) {
  await write(changes);
  const built = await warm.run(['build']);
  expect(built.code, built.output.slice(-3000)).toBe(0);
}

/**
 * Writes `changes` into both copies, rebuilds one warm and the other clean, at once: on two cores, in four fifths of the
 * time one after the other takes (a build's start keeps one core busy only).
 */
async function change(changes: Changes) {
  await write(changes);
  const [rebuilt, fresh] = await Promise.all([warm.run(['build']), cleanBuild()]);
  expect(rebuilt.code, rebuilt.output.slice(-3000)).toBe(0);
  expect(fresh.code, fresh.output.slice(-3000)).toBe(0);
  return { rebuilt, same: differences(snapshot(warm.outDir), snapshot(clean.outDir)) };
}

const source = (site: FixtureSite, file: string) => readFileSync(path.join(site.root, file), 'utf8');

let first: BuildResult;

beforeAll(async () => {
  const withImage = {
    ...files,
    'content/blogs/images/a.png': await png('#336699'),
    'content/blogs/images/b.gif': await gif('#336699', 8, 8),
  };
  [warm, clean] = await Promise.all([createFixtureSite({ files: withImage }), createFixtureSite({ files: withImage })]);
  first = await warm.run(['build']);
});

afterAll(async () => {
  await Promise.all([warm?.remove(), clean?.remove()]);
});

// Each test builds twice or more (a warm rebuild and a clean one to compare with): 20 s is too little on a busy machine.
describe('a warm rebuild', { timeout: 120_000 }, () => {
  it('copies every page with a cache key when nothing changed', async () => {
    expect(first.code, first.output.slice(-3000)).toBe(0);
    expect(restored(first)).toEqual([]);
    // Rendered once, by the content check's workers while it read them itself (a few posts), for the loader to take.
    expect(first.output).toMatch(/checked 4 posts in \d+ ms, rendering 4 new or changed meanwhile/u);
    expect(first.output).toContain('took 4 post(s) rendered by the content check');
    const again = await warm.run(['build']);
    expect(again.code).toBe(0);
    expect(again.output).toMatch(/ checked 4 posts in \d+ ms\n/u);
    expect(again.output).not.toContain('rendered by the content check');
    // Linked, not copied: one file under two names.
    expect(again.output).toContain('no post page changed: linked the index of the last build to pagefind/');
    const entry = 'pagefind/pagefind-entry.json';
    expect(statSync(path.join(warm.outDir, entry)).nlink).toBe(2);
    expect(restored(again)).toEqual([
      '/blogs/first/index.html',
      '/blogs/fourth/index.html',
      '/blogs/second/index.html',
      '/blogs/third/index.html',
      '/categories/测试/index.html',
      '/tags/共同/index.html',
      '/tags/第二/index.html',
    ]);
  });

  it('builds the search index again when a file of the last one was changed through its link in the output', async () => {
    const entry = path.join(warm.outDir, 'pagefind/pagefind-entry.json');
    const written = readFileSync(entry, 'utf8');
    // In place, as an editor or a careless deploy step would: the file kept in the cache is the same file.
    writeFileSync(entry, '{}');
    const again = await warm.run(['build']);
    expect(again.code, again.output.slice(-3000)).toBe(0);
    // The four posts and the sample's about page.
    expect(again.output).toContain('read 5 pages, wrote the index to pagefind/');
    expect(readFileSync(entry, 'utf8')).toBe(written);
  });

  it('after an edit below the summary, matches a clean build and renders only that post again', async () => {
    const fourth = source(warm, 'content/blogs/fourth.md');
    const { rebuilt, same } = await change({ 'content/blogs/fourth.md': `${fourth}\n后来补充的一段话。\n` });
    expect(same).toEqual([]);
    expect(readFileSync(path.join(warm.outDir, 'blogs/fourth/index.html'), 'utf8')).toContain('后来补充的一段话。');
    expect(rebuilt.output).toContain('read 5 pages, wrote the index to pagefind/');
    expect(rebuilt.output).toContain('took 1 post(s) rendered by the content check');
    expect(restored(rebuilt)).toEqual([
      '/blogs/first/index.html',
      '/blogs/second/index.html',
      '/blogs/third/index.html',
      '/categories/测试/index.html',
      '/tags/共同/index.html',
      '/tags/第二/index.html',
    ]);
  });

  it('after a new title, matches a clean build and renders the pages that show the title again', async () => {
    const second = source(warm, 'content/blogs/second.md');
    const { rebuilt, same } = await change({
      'content/blogs/second.md': second.replace('title: "第二篇"', 'title: "第二篇（新标题）"'),
    });
    expect(same).toEqual([]);
    // Its neighbours and the posts it is related to link to it by title (the fourth, as related); the category page and
    // its tag's page list it. The other tag's page does not.
    expect(restored(rebuilt)).toEqual(['/tags/共同/index.html']);
  });

  it('after a post is deleted, matches a clean build and renders its neighbours again', async () => {
    const { rebuilt, same } = await change({ 'content/blogs/third.md': null });
    expect(same).toEqual([]);
    expect(existsSync(path.join(warm.outDir, 'blogs/third/index.html'))).toBe(false);
    // The second and the fourth linked to the third, and its tag's page listed it; the first listed it as related.
    expect(restored(rebuilt)).toEqual(['/tags/第二/index.html']);
  });

  it('after an image is replaced, matches a clean build and renders the posts that show it again', async () => {
    const before = readFileSync(path.join(warm.outDir, 'blogs/second/index.html'), 'utf8');
    expect(readFileSync(path.join(warm.outDir, 'blogs/first/index.html'), 'utf8')).toContain('width="8" height="8"');
    // And a GIF, served as it is, by one of another size: nothing of it may stay behind in the rendered post.
    const { rebuilt, same } = await change({
      'content/blogs/images/a.png': await png('#993366'),
      'content/blogs/images/b.gif': await gif('#993366', 16, 4),
    });
    expect(same).toEqual([]);
    // Astro names optimized images by their content: the page must point at the new ones.
    expect(readFileSync(path.join(warm.outDir, 'blogs/second/index.html'), 'utf8')).not.toBe(before);
    // The GIF's `<img>` has its size: the post that shows it is rendered again, with the new one.
    expect(readFileSync(path.join(warm.outDir, 'blogs/first/index.html'), 'utf8')).toContain('width="16" height="4"');
    expect(restored(rebuilt)).toEqual([
      '/blogs/fourth/index.html',
      '/categories/测试/index.html',
      '/tags/共同/index.html',
      '/tags/第二/index.html',
    ]);
  });

  it('after a change to a Markdown plugin, renders the posts again and matches a clean build', async () => {
    // A change Astro's own config digest does not see: code inside a plugin.
    const plugin = source(warm, 'src/markdown/remark-callouts.ts');
    expect(plugin).toContain("className: ['callout__body']");
    const { same } = await change({
      'src/markdown/remark-callouts.ts': plugin.replace("className: ['callout__body']", "className: ['callout__text']"),
    });
    expect(same).toEqual([]);
    expect(readFileSync(path.join(warm.outDir, 'blogs/first/index.html'), 'utf8')).toContain('class="callout__text"');
  });

  it('takes the posts rendered under the same pipeline when its content store is gone, as the dev server does', async () => {
    // The dev server keeps a content store of its own (`.astro/data-store.json`): after a change to the pipeline, the
    // second of it and a build to start finds its store out of date, and the first's renders in the cache folder.
    await rm(path.join(warm.root, '.cache/data-store.json'));
    const rebuilt = await warm.run(['build']);
    expect(rebuilt.code, rebuilt.output.slice(-3000)).toBe(0);
    // Of the three posts left, the second shows an image: its HTML stays in the store, for Astro to fill the image in.
    expect(rebuilt.output).toContain('took 2 post(s) rendered before under this pipeline');
    expect(differences(snapshot(warm.outDir), snapshot(clean.outDir))).toEqual([]);
  });

  it("after a new title of a post another links to by Hexo's {% post_link %}, shows it there too", async () => {
    // The fifth is alone in its category, with no tags, and not the first's neighbour: only its link shows the title.
    const fifth = '---\ntitle: "第五篇"\ndate: 2025-06-01\ncategory: 其他\n---\n\n参见 {% post_link first %}。\n';
    const page = () => readFileSync(path.join(warm.outDir, 'blogs/fifth/index.html'), 'utf8');
    await prepare({ 'content/blogs/fifth.md': fifth });
    expect(page()).toContain('参见 <a href="/blogs/first/">第一篇</a>。');
    const first = source(warm, 'content/blogs/first.md');
    const { rebuilt, same } = await change({
      'content/blogs/first.md': first.replace('title: "第一篇"', 'title: "第一篇（新标题）"'),
    });
    expect(same).toEqual([]);
    expect(page()).toContain('参见 <a href="/blogs/first/">第一篇（新标题）</a>。');
    expect(restored(rebuilt)).not.toContain('/blogs/fifth/index.html');
  });

  it('renders posts again whose stored HTML was deleted from the cache folder', async () => {
    await rm(path.join(warm.root, '.cache/inkstone-html'), { recursive: true });
    const rebuilt = await warm.run(['build']);
    expect(rebuilt.code, rebuilt.output.slice(-3000)).toBe(0);
    // The clean copy was last built from the same sources.
    expect(differences(snapshot(warm.outDir), snapshot(clean.outDir))).toEqual([]);
  });

  it("after an image moves into the folder named after its post (Hexo's asset folder), matches a clean build", async () => {
    const moved = readFileSync(path.join(warm.root, 'content/blogs/images/a.png'));
    const { same } = await change({ 'content/blogs/images/a.png': null, 'content/blogs/second/images/a.png': moved });
    expect(same).toEqual([]);
    expect(readFileSync(path.join(warm.outDir, 'blogs/second/index.html'), 'utf8')).toContain(
      '<a class="image-link" href="/blogs/second/images/a.png">',
    );
  });

  it('after a build refused links to missing files, links to the files once they are added, as a clean build does', async () => {
    const linking = post('第五篇', '第五篇的[附件](files/notes.txt)。', '', '2025-01-05');
    // A bare name, as Obsidian links an attachment it finds anywhere in the vault.
    const byName = post('第六篇', '第六篇的[讲义](讲义.pdf)。', '', '2025-01-06');
    await warm.write({ 'content/blogs/fifth.md': linking, 'content/blogs/sixth.md': byName });
    const refused = await warm.run(['build']);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(
      'content/blogs/fifth.md:7  link: files/notes.txt: expected a page of this site at /blogs/fifth/files/notes.txt or a file at content/blogs/files/notes.txt, found neither — fix the URL or add the file',
    );
    expect(refused.output).toContain(
      'content/blogs/sixth.md:7  link: 讲义.pdf: expected a page of this site at /blogs/sixth/讲义.pdf or a file at content/blogs/讲义.pdf, found neither — fix the URL or add the file',
    );
    // The posts are unchanged: only the files they link to are new, one of them found by its name.
    const { same } = await change({
      'content/blogs/fifth.md': linking,
      'content/blogs/sixth.md': byName,
      'content/blogs/files/notes.txt': '笔记\n',
      'content/attachments/讲义.pdf': '%PDF-1.4\n',
    });
    expect(same).toEqual([]);
    expect(readFileSync(path.join(warm.outDir, 'blogs/fifth/index.html'), 'utf8')).toContain(
      '<a href="/blogs/files/notes.txt">附件</a>',
    );
    expect(readFileSync(path.join(warm.outDir, 'blogs/sixth/index.html'), 'utf8')).toContain(
      '<a href="/attachments/%E8%AE%B2%E4%B9%89.pdf">讲义</a>',
    );
  });

  describe('from starting points built together', () => {
    // Apart from everything else (a category each, no tags, long ago), so that only the series shows one on another.
    const part = (title: string, category: string, date: string) =>
      post(title, `${title}的正文。`, 'series: 旧事\n', date).replace('category: 测试', `category: ${category}`);
    const parts = {
      'content/blogs/part-one.md': part('旧事一', '甲', '2020-01-01'),
      'content/blogs/part-two.md': part('旧事二', '乙', '2020-06-01'),
      'content/blogs/part-three.md': part('旧事三', '丙', '2020-12-01'),
    };
    const described = (words: string) => ({
      'content/series.yaml': `旧事:\n  description: ${words}\n`,
      'content/categories.yaml': `甲:\n  description: ${words}\n`,
      'content/tags.yaml': `共同:\n  description: ${words}\n`,
    });
    const profile = (picture: string) => `张三:\n  avatar: https://example.com/${picture}\n`;
    const hidden = post('未列出的', '正文。', 'unlisted: true\n', '2025-01-06').replace(
      'category: 测试',
      'category: 独有',
    );

    // Where the tests below start from, in one warm build rather than one each: a series, descriptions, an author's
    // picture and an unlisted post, apart from one another, each changed by its own test.
    beforeAll(() =>
      prepare({
        ...parts,
        ...described('第一版说明。'),
        'content/blogs/by-zhang.md': post('张三的文章', '正文。', 'author: 张三\n', '2025-01-05'),
        'content/authors.yaml': profile('one.png'),
        'content/blogs/hidden.md': hidden,
      }),
    );

    it("after a new title of a part of a series, renders the series' other parts again, which list it", async () => {
      // The first part's page shows the third only in its series: its neighbour is the second.
      const renamed = parts['content/blogs/part-three.md'].replace('title: "旧事三"', 'title: "旧事三（新标题）"');
      const { rebuilt, same } = await change({ 'content/blogs/part-three.md': renamed });
      expect(same).toEqual([]);
      expect(restored(rebuilt)).not.toContain('/blogs/part-one/index.html');
      expect(readFileSync(path.join(warm.outDir, 'blogs/part-one/index.html'), 'utf8')).toContain('旧事三（新标题）');
    });

    it('after the parts of a series are given places (seriesOrder), renders its pages again in the new order', async () => {
      // Part three first, then one, then two: the date order no longer holds.
      const placed = (file: string, place: number) => ({
        [file]: source(warm, file).replace('series: 旧事\n', `series: 旧事\nseriesOrder: ${place}\n`),
      });
      const { rebuilt, same } = await change({
        ...placed('content/blogs/part-three.md', 1),
        ...placed('content/blogs/part-one.md', 2),
        ...placed('content/blogs/part-two.md', 3),
      });
      expect(same).toEqual([]);
      expect(restored(rebuilt)).not.toContain('/blogs/part-two/index.html');
      expect(restored(rebuilt)).not.toContain('/series/旧事/index.html');
      // Where the titles are in the list of parts: the post page's series box, the series page's list.
      const order = (html: string) => ['旧事三', '旧事一', '旧事二'].map((title) => html.indexOf(title));
      const lists = {
        'blogs/part-two/index.html': (html: string) => html.slice(html.indexOf('<nav class="post-series"')),
        'series/旧事/index.html': (html: string) => html.slice(html.indexOf('<h1')),
      };
      for (const [page, list] of Object.entries(lists)) {
        const positions = order(list(readFileSync(path.join(warm.outDir, page), 'utf8')));
        expect(positions, page).toEqual([...positions].sort((a, b) => a - b));
        expect(positions[0], page).toBeGreaterThan(-1);
      }
    });

    it('after the series, categories and tags files describe a series, a category and a tag anew, shows the new words on their pages', async () => {
      const { rebuilt, same } = await change(described('第二版说明。'));
      expect(same).toEqual([]);
      expect(restored(rebuilt)).not.toContain('/series/旧事/index.html');
      expect(restored(rebuilt)).not.toContain('/categories/甲/index.html');
      expect(restored(rebuilt)).not.toContain('/tags/共同/index.html');
      const pages = [
        'series/旧事/index.html',
        'series/index.html',
        'categories/甲/index.html',
        'categories/index.html',
      ];
      pages.push('tags/共同/index.html', 'tags/index.html');
      for (const page of pages) {
        const html = readFileSync(path.join(warm.outDir, page), 'utf8');
        expect(html, page).toContain('第二版说明。');
        expect(html, page).not.toContain('第一版说明。');
      }
    });

    it('after content/authors.yaml gives an author another picture, shows it in the JSON-LD of their posts', async () => {
      const { rebuilt, same } = await change({ 'content/authors.yaml': profile('two.png') });
      expect(same).toEqual([]);
      expect(restored(rebuilt)).not.toContain('/blogs/by-zhang/index.html');
      expect(restored(rebuilt)).toContain('/blogs/first/index.html');
      expect(readFileSync(path.join(warm.outDir, 'blogs/by-zhang/index.html'), 'utf8')).toContain(
        '"image":"https://example.com/two.png"',
      );
    });

    it("after a listed post joins an unlisted post's category, links the unlisted post to the category's new page", async () => {
      const listed = post('列出的', '正文。', '', '2025-01-07').replace('category: 测试', 'category: 独有');
      const { rebuilt, same } = await change({ 'content/blogs/listed.md': listed });
      expect(same).toEqual([]);
      expect(restored(rebuilt)).not.toContain('/blogs/hidden/index.html');
      expect(readFileSync(path.join(warm.outDir, 'blogs/hidden/index.html'), 'utf8')).toContain(
        '<a href="/categories/%E7%8B%AC%E6%9C%89/">独有</a>',
      );
    });
  });
});
