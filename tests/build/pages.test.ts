/**
 * Pages of their own (`content/pages/`): each built at `/<slug>/` through the posts' Markdown pipeline, in the posts'
 * styles, in the sitemap, the search index and the header where the site config links it, and in no list or feed.
 * And a site without any, which builds without a word about them.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type BuildResult, type FixtureSite } from '../../scripts/lib/fixture-site.ts';
import { post, publishedPosts } from './helpers.ts';
import { checkInvariants } from './invariants.ts';

const NOW = '2026-01-01T00:00:00Z';

const files = {
  // The sample's `content/pages/about.md` comes with the copy. A page in a folder of its own, with its image beside it,
  // code and math; one in English, in MDX, at an address of its own choosing; a draft.
  'content/pages/projects/index.md': [
    '---',
    'title: 我的项目',
    'updated: 2025-12-01',
    '---',
    '',
    '做过的几个项目。',
    '',
    '## 墨砚',
    '',
    '![墨砚的截图](./shot.png)',
    '',
    '```ts',
    'const ink = 1;',
    '```',
    '',
    '$$',
    'E = mc^2',
    '$$',
  ].join('\n'),
  'content/pages/english.mdx':
    "---\ntitle: In English\nlang: en\nslug: en\n---\n\nexport const who = 'everyone';\n\nHello, {who}.\n",
  'content/pages/draft.md': '---\ntitle: 草稿页\ndraft: true\n---\n\n还没写完。\n',
  'content/blogs/a-post.md': post('一篇文章', '摘要。\n\n<!-- more -->\n\n见[项目](/projects/)和[英文页](/en/)。'),
};

let site: FixtureSite;
let build: BuildResult;
const page = (urlPath: string) => readFileSync(path.join(site.outDir, urlPath, 'index.html'), 'utf8');
const read = (file: string) => readFileSync(path.join(site.outDir, file), 'utf8');

beforeAll(async () => {
  const shot = await sharp({ create: { width: 1200, height: 700, channels: 3, background: '#446688' } })
    .png()
    .toBuffer();
  site = await createFixtureSite({ files: { ...files, 'content/pages/projects/shot.png': shot } });
  build = await site.run(['build'], { INKSTONE_NOW: NOW });
});

afterAll(() => site?.remove());

describe('pages of their own', () => {
  it('build, keeping every invariant of the posts', async () => {
    expect(build.output).not.toMatch(/error|warn/iu);
    expect(build.code).toBe(0);
    const report = await checkInvariants(site.outDir, publishedPosts(site.root, NOW));
    expect(report.failures).toEqual([]);
  });

  it('are at /<slug>/, titled, described, and in the header where the site config links them', () => {
    const about = page('about');
    expect(about).toContain('<title>关于本站 | Inkstone</title>');
    expect(about).toContain(
      '<meta name="description" content="Inkstone 的示例站点：写给技术写作者的博客，也是 Inkstone 自己的演示。">',
    );
    expect(about).toContain('<h1>关于本站</h1>');
    expect(about).toContain('<a href="/about/" aria-current="page">关于</a>');
    // Its first paragraph describes a page without a description.
    expect(page('projects')).toContain('<meta name="description" content="做过的几个项目。">');
  });

  it('render through the posts’ pipeline: images beside them optimized, code, math, a table of contents, MDX', () => {
    const projects = page('projects');
    // In AVIF and WebP, opening larger from its original, served beside the page's other files.
    expect(projects).toMatch(
      /<a class="image-link" href="\/pages\/projects\/shot\.png"><picture><source type="image\/avif"/u,
    );
    expect(projects).toMatch(/<img alt="墨砚的截图"[^>]* src="\/_astro\/shot\.[\w-]+\.webp">/u);
    expect(globSync('pages/projects/shot.png', { cwd: site.outDir })).toHaveLength(1);
    expect(projects).toContain('<span class="line"><span style=');
    expect(projects).toContain('<annotation encoding="application/x-tex">E = mc^2</annotation>');
    expect(projects).toMatch(/<link rel="stylesheet" href="\/_astro\/katex\.min\.[\w-]+\.css">/u);
    expect(page('about')).toContain('<nav aria-label="目录"><ol><li><a href="#写了什么">写了什么</a></li>');
    expect(projects).toContain('<p class="post-meta">更新于 <time datetime="2025-12-01">2025年12月1日</time></p>');
    expect(page('en')).toContain('<h1 lang="en" data-pagefind-meta="lang:en">In English</h1>');
    expect(page('en')).toContain('<p>Hello, everyone.</p>');
  });

  it('leave a draft out, and are in the sitemap and the search index but no list or feed', () => {
    expect(globSync('draft/**', { cwd: site.outDir })).toEqual([]);
    const sitemap = read('sitemap-0.xml');
    for (const address of ['/about/', '/projects/', '/en/']) {
      expect(sitemap).toContain(`<loc>https://inkstone.example.com${address}</loc>`);
    }
    expect(sitemap).not.toContain('/draft/');
    // The day a page says it was updated, as posts have theirs.
    expect(sitemap).toContain(
      '<url><loc>https://inkstone.example.com/projects/</loc><lastmod>2025-12-01T00:00:00.000Z</lastmod></url>',
    );
    expect(sitemap).toContain('<url><loc>https://inkstone.example.com/about/</loc></url>');
    for (const list of ['index.html', 'timeline/index.html', 'categories/测试/index.html', 'rss.xml', 'atom.xml']) {
      expect(read(list)).not.toContain('我的项目');
    }
    const indexed = globSync('pagefind/fragment/*.pf_fragment', { cwd: site.outDir }).map((file) => {
      const text = gunzipSync(readFileSync(path.join(site.outDir, file))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    });
    expect(indexed.toSorted()).toEqual(['/about/', '/blogs/a-post/', '/en/', '/projects/']);
  });
});

describe('a site without pages of its own', () => {
  let bare: FixtureSite;
  let bareBuild: BuildResult;

  beforeAll(async () => {
    // No `content/pages/`, and no link to one.
    const config = readFileSync(path.join(import.meta.dirname, '../../src/site.config.ts'), 'utf8').replace(
      /\n *\{ label: 'nav\.about', href: '\/about\/' \},/u,
      '',
    );
    bare = await createFixtureSite({
      files: { 'content/blogs/a-post.md': post('一篇文章'), 'src/site.config.ts': config },
    });
    rmSync(path.join(bare.root, 'content/pages'), { recursive: true });
    bareBuild = await bare.run(['build'], { INKSTONE_NOW: NOW });
  });

  afterAll(() => bare?.remove());

  it('builds without a word about them', () => {
    expect(bareBuild.output).not.toMatch(/error|warn/iu);
    expect(bareBuild.code).toBe(0);
    expect(globSync('*/index.html', { cwd: bare.outDir }).toSorted()).toEqual([
      'categories/index.html',
      'search/index.html',
      'series/index.html',
      'tags/index.html',
      'timeline/index.html',
    ]);
  });
});
