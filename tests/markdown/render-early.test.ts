/**
 * A build renders its new and changed posts before the content check (`renderEarly`): the check's facts come from the
 * rendering, the same as it reads them itself, and the posts loader takes each rendered post once, for its own body.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { HashCache } from '../../src/lib/content-check/hash-cache.ts';
import { markdownFactsVersion, readMarkdown, type MarkdownFacts } from '../../src/lib/content-check/markdown.ts';
import { postHtmlPath } from '../../src/lib/post-html.ts';
import { dropEarlyRenders, takeEarlyRender } from '../../src/markdown/early-renders.ts';
import { renderEarly } from '../../src/markdown/render-early.ts';
import type { Rendered } from '../../src/markdown/render-pool.ts';
import { post } from '../build/helpers.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'inkstone-early-'));
const contentDir = path.join(root, 'content/blogs');
const cacheFile = path.join(root, '.cache/inkstone-posts.json');
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Every kind of fact with a line: links, images, an image without alt text, a level-1 heading, a template tag, a diagram.
const body =
  '## 第一节\n\n正文见[另一篇](/blogs/b/)。\n\n![图](./images/nope.png)\n\n## 第一节\n\n$x^2$\n\n# 又一个标题\n\n![](/favicon.svg)\n\n{% note %}\n\n```mermaid\ngraph TD\n```';
const files: Record<string, string> = {
  'a.md': post('一', body),
  // CRLF lines: the check reads the text with LF lines, so it reads the facts itself.
  'b.md': post('二', body).replaceAll('\n', '\r\n'),
  'c.mdx': post('三', body),
  // YAML that cannot be read: left to the check, which reports it.
  'd.md': '---\ntitle: [\n---\n\nText.\n',
};
mkdirSync(contentDir, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(path.join(contentDir, name), text);
mkdirSync(path.join(root, 'public'));
writeFileSync(path.join(root, 'public/favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

const cacheDir = path.join(root, 'node_modules/.astro');
/** A 1×1 PNG. */
const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const config = {
  root: pathToFileURL(`${root}/`),
  cacheDir: pathToFileURL(`${cacheDir}/`),
  markdown: { syntaxHighlight: false, shikiConfig: {}, gfm: false, smartypants: false },
  image: { domains: [], remotePatterns: [] },
} as unknown as AstroConfig;

/**
 * The HTML of a post rendered without images, which the worker wrote to the posts loader's folder, in a file named by
 * its hash, sending back the file's name instead.
 */
function htmlOf(result: Rendered | undefined): string {
  expect(result?.html).toBe('');
  const html = readFileSync(postHtmlPath(cacheDir, result?.metadata.htmlFile), 'utf8');
  expect(result?.metadata.htmlFile).toBe(`${createHash('sha256').update(html).digest('base64url')}.html`);
  return html;
}

/** The body the content check reads, and the one Astro's glob loader renders. */
function bodies(name: string) {
  const text = readFileSync(path.join(contentDir, name), 'utf8');
  const read = readFrontmatter(text.replaceAll('\r\n', '\n'));
  if (!read.ok) throw new Error(name);
  return { checked: read.body, rendered: parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content.trim() };
}

describe('rendering posts before the content check', () => {
  it('renders the .md posts whose facts are not cached, and caches the facts the check reads itself', async () => {
    expect(await renderEarly({ config, contentDir, cacheFile, pipeline: 'p1', background: 0 })).toEqual({
      posts: 2,
      // A few posts: one worker. A second one's start would cost more than it saves.
      workers: 1,
      inBackground: false,
    });
    const cache = new HashCache<MarkdownFacts>(cacheFile, markdownFactsVersion('p1'));
    for (const name of ['a.md', 'b.md', 'c.mdx']) {
      const { checked } = bodies(name);
      const cached = cache.get(checked, () => {
        throw new Error(`${name} is not cached`);
      });
      expect(cached).toEqual(readMarkdown(checked));
    }
    // Lines of the file, not of the trimmed body that was rendered.
    const facts = readMarkdown(bodies('a.md').checked);
    expect(facts.images).toEqual([
      { url: './images/nope.png', line: 11 },
      { url: '/favicon.svg', line: 19 },
    ]);
    expect(facts.imagesWithoutAlt).toEqual([{ url: '/favicon.svg', line: 19 }]);
    expect(facts.topHeadings).toEqual([{ text: '又一个标题', line: 17 }]);
    expect(facts.templateTags).toEqual([{ syntax: 'hexo', name: 'note', line: 21 }]);
    expect(facts.diagrams).toEqual([{ source: 'graph TD', line: 23 }]);
  });

  it('hands each rendered post to the loader once, for the body it was rendered from', async () => {
    const a = path.join(contentDir, 'a.md');
    expect(await takeEarlyRender(a, `${bodies('a.md').rendered}\n\nEdited.`)).toBeUndefined();
    const early = await takeEarlyRender(a, bodies('a.md').rendered);
    expect(htmlOf(early?.result)).toContain('<h2 id="第一节-1">');
    // The missing image is the check's to report; rendering only says so.
    expect(early?.lines).toEqual([expect.stringMatching(/^error \S*content\/blogs\/a\.md:11:1 Image not found/u)]);
    expect(early?.result.metadata.frontmatter).toMatchObject({ hasMath: true, readingMinutes: 1 });
    expect(await takeEarlyRender(a, bodies('a.md').rendered)).toBeUndefined();
    expect(await takeEarlyRender(path.join(contentDir, 'b.md'), bodies('b.md').rendered)).toBeDefined();
    expect(await takeEarlyRender(path.join(contentDir, 'c.mdx'), bodies('c.mdx').rendered)).toBeUndefined();
  });

  it('renders nothing when every post is cached, and everything again for another pipeline', async () => {
    const options = { config, contentDir, cacheFile, background: 0 };
    expect(await renderEarly({ ...options, pipeline: 'p1' })).toEqual({ posts: 0, workers: 0, inBackground: false });
    expect(await renderEarly({ ...options, pipeline: 'p2' })).toEqual({ posts: 2, workers: 1, inBackground: false });
  });

  it('renders a few posts in the background, leaving their facts to the check, and the loader waits for them', async () => {
    writeFileSync(path.join(contentDir, 'e.md'), post('五', '## 新的一篇\n\n正文。'));
    const early = await renderEarly({ config, contentDir, cacheFile, pipeline: 'p2', background: 1 });
    expect(early).toEqual({ posts: 1, workers: 1, inBackground: true });
    const cache = new HashCache<MarkdownFacts>(cacheFile, markdownFactsVersion('p2'));
    expect(cache.has(bodies('e.md').checked)).toBe(false);
    const taken = await takeEarlyRender(path.join(contentDir, 'e.md'), bodies('e.md').rendered);
    expect(htmlOf(taken?.result)).toContain('<h2 id="新的一篇">');
  });

  it('forgets the rendered posts the loader did not take, once told to', async () => {
    const early = await renderEarly({ config, contentDir, cacheFile, pipeline: 'p3', background: 0 });
    expect(early).toEqual({ posts: 3, workers: 1, inBackground: false });
    expect(dropEarlyRenders()).toBe(3);
    expect(await takeEarlyRender(path.join(contentDir, 'a.md'), bodies('a.md').rendered)).toBeUndefined();
    expect(dropEarlyRenders()).toBe(0);
  });

  it('sends back the HTML of a post with images, which Astro fills in', async () => {
    mkdirSync(path.join(contentDir, 'images'), { recursive: true });
    writeFileSync(path.join(contentDir, 'images/dot.png'), Buffer.from(ONE_PIXEL_PNG, 'base64'));
    writeFileSync(path.join(contentDir, 'g.md'), post('七', '![点](./images/dot.png)'));
    const early = await renderEarly({ config, contentDir, cacheFile, pipeline: 'p4', background: 0 });
    expect(early).toEqual({ posts: 4, workers: 1, inBackground: false });
    const taken = await takeEarlyRender(path.join(contentDir, 'g.md'), bodies('g.md').rendered);
    expect(taken?.result.html).toContain('<img');
    expect(taken?.result.metadata.htmlFile).toBeUndefined();
    expect(dropEarlyRenders()).toBe(3);
  });
});
