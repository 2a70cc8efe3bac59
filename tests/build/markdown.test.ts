/**
 * The Markdown pipeline inside a real build: MDX goes through the same plugins
 * as Markdown, the plugins' warnings reach the build output with the author's
 * line numbers, and image formats sharp cannot transform are served as they are.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type BuildResult, type FixtureSite } from '../../scripts/lib/fixture-site.ts';
import { post } from './helpers.ts';

const MDX = [
  '## 小节一',
  '',
  '> [!TIP]',
  '> MDX 里的提示。',
  '',
  ':::warning 容器标题',
  '容器正文，时间:10点。',
  ':::',
  '',
  '公式 $a^2 + b^2 = c^2$，化学式 $\\ce{2H2 + O2 -> 2H2O}$。',
  '',
  '```ts title="app.ts"',
  'const a = 1;',
  '```',
  '',
  '![MDX 里的图](/blogs/images/dot.png "图注")',
  '',
  '<img src="./images/dot.png" width="20" alt="MDX 原始" />',
  '',
  '段落里的 <img src="images/logo.svg" alt="行内" /> 图。',
  '',
  '[MDX 的附件](./files/slides.pdf)',
  '',
  '## 根号 $\\sqrt{2}$',
  '',
  '```mermaid',
  'graph LR; 甲-->乙',
  '```',
].join('\n');

// The body starts on line 7 of the file, after five lines of frontmatter and a blank line.
const WARNINGS = [
  '第一段。',
  '',
  '公式 $\\nosuchmacro$ 写错了。',
  '',
  '```nosuchlang',
  'plain',
  '```',
  '',
  '> [!mystery]',
  '> 未知类型。',
].join('\n');

const FORMATS = [
  '![动图](./images/anim.gif)',
  '',
  '![矢量图](/blogs/images/logo.svg)',
  '',
  '![APNG](./images/anim.apng)',
  '',
  '![图标](./images/site.ico)',
  '',
  '![远程图](https://example.com/remote.png)',
].join('\n');

/** Images where other tools' posts keep them: elsewhere in `content/`, or elsewhere in the project. */
const ELSEWHERE = [
  '![别处的矢量图](../img/fit.svg#dark)',
  '',
  '![站点根的图标](/favicon.ico)',
  '',
  '![项目里的照片](../../assets/photo.png)',
].join('\n');
/** Headings with math and code, for the table of contents. */
const MATH_HEADINGS = [
  '## 公式 $x^2$ 的含义',
  '',
  '正文，化学式 $\\ce{2H2 + O2 -> 2H2O}$。',
  '',
  '## 代码 `a<b` 与 $O(n \\log n)$',
  '',
  '正文。',
].join('\n');

/**
 * A Hexo post whose images are in the folder named after it (`post_asset_folder`), by tag and by Markdown, and one of
 * them embedded as Obsidian does; and a file of that folder linked by Hexo's tags.
 */
const HEXO_ASSETS = [
  '{% asset_img diagram.png "流程图" "一张流程图" %}',
  '',
  '![截图](shot.png)',
  '',
  'Obsidian 的嵌入：![[diagram.png|又一张流程图]]',
  '',
  '附件：{% asset_link notes.pdf 讲义 %}，Obsidian 嵌入的附件：![[notes.pdf]]',
  '',
  '由地址：[下载讲义]({% asset_path notes.pdf %})，<img src="{% asset_path shot.png %}" width="32" alt="小截图">',
].join('\n');

/**
 * Files a post links to by their path from the post, beside it, in its Hexo asset folder, and from the content root;
 * and a post by its file's path without the extension.
 */
const ATTACHMENTS = [
  '讲座的[幻灯片](./files/slides.pdf#page=2)，[笔记](notes.txt)，[指南][guide]，VitePress 式的[文章链接](./math-headings)。',
  '',
  '[guide]: /files/guide.pdf',
  '',
  '<p>原始 HTML：<a href="./files/slides.pdf" download>下载幻灯片</a></p>',
].join('\n');

/** Raw HTML images, as posts imported from other tools give them a size or a centred paragraph. */
const RAW_HTML = [
  '<img src="./images/dot.png" width="20" alt="原始">',
  '',
  '<p align="center"><img alt="居中" src=\'images/logo.svg\'></p>',
].join('\n');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>\n';

let site: FixtureSite;
let build: BuildResult;
const page = (slug: string) => readFileSync(path.join(site.outDir, 'blogs', slug, 'index.html'), 'utf8');
/** Each built file (by its path in the output) has the bytes of its source (by its path in the project). */
function expectServedAsIs(files: Record<string, string>) {
  for (const [file, source] of Object.entries(files)) {
    expect(existsSync(path.join(site.outDir, file)), file).toBe(true);
    expect(readFileSync(path.join(site.outDir, file)).equals(readFileSync(path.join(site.root, source))), file).toBe(
      true,
    );
  }
}
/** The entries of each table of contents of a page (folded and side), as `[href, content]`. */
const tocs = (html: string) =>
  [...html.matchAll(/<nav aria-label="目录">(.*?)<\/nav>/gsu)].map((nav) =>
    [...(nav[1] ?? '').matchAll(/<a href="([^"]*)">(.*?)<\/a>/gsu)].map((m) => [m[1], m[2]]),
  );

beforeAll(async () => {
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3366cc' } })
    .png()
    .toBuffer();
  site = await createFixtureSite({
    files: {
      'content/blogs/mdx-post.mdx': post('MDX 文章', MDX),
      'content/blogs/warnings.md': post('Warnings', WARNINGS),
      'content/blogs/formats.md': post('Formats', FORMATS),
      'content/blogs/elsewhere.md': post('Elsewhere', ELSEWHERE),
      'content/blogs/raw-html.md': post('Raw HTML', RAW_HTML),
      'content/blogs/hexo-assets.md': post('Hexo assets', HEXO_ASSETS),
      'content/blogs/hexo-assets/diagram.png': png,
      'content/blogs/hexo-assets/shot.png': png,
      'content/blogs/hexo-assets/notes.pdf': '%PDF-1.4\n',
      // Hugo's page bundles: a folder's index, its images beside it.
      'content/blogs/bundle-a/index.md': post('Bundle A', '![打包的图](./photo.png)'),
      'content/blogs/bundle-a/photo.png': png,
      'content/blogs/bundle-b/index.md': post('Bundle B', '[[bundle-a/index|另一个包]]'),
      'content/blogs/math-headings.md': post('Math headings', MATH_HEADINGS),
      // An Obsidian vault's note in a folder, its pasted image at the vault's root and an attachment elsewhere.
      'content/blogs/vault/obsidian-note.md': post(
        'Obsidian note',
        '![[Pasted image 2.png|粘贴的图]]\n\n附件：![[讲义.pdf]]',
      ),
      'content/blogs/Pasted image 2.png': png,
      'content/attachments/讲义.pdf': '%PDF-1.4\n',
      'content/blogs/attachments.md': post('Attachments', ATTACHMENTS),
      'content/blogs/attachments/notes.txt': '笔记\n',
      'content/blogs/files/slides.pdf': '%PDF-1.4\n',
      'content/files/guide.pdf': '%PDF-1.7\n',
      'content/blogs/images/dot.png': png,
      'content/blogs/images/anim.apng': png,
      'content/blogs/images/anim.gif': await sharp(png).gif().toBuffer(),
      'content/blogs/images/logo.svg': SVG,
      'content/blogs/images/site.ico': new Uint8Array([0, 0, 1, 0, 0, 0]),
      'content/img/fit.svg': SVG,
      'content/favicon.ico': new Uint8Array([0, 0, 1, 0, 0, 0]),
      'assets/photo.png': png,
    },
  });
  build = await site.run();
});

afterAll(() => site?.remove());

describe('a build with Markdown and MDX posts', () => {
  it('succeeds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('prints each plugin warning with the file, the line in the file and the rule', () => {
    const warnings = build.output.split('\n').filter((line) => line.startsWith('warning content/'));
    expect(warnings).toEqual([
      'warning content/blogs/warnings.md:9:4 Could not render math with KaTeX: Undefined control sequence: \\nosuchmacro [parseerror]',
      'warning content/blogs/warnings.md:11:1 Unknown code language "nosuchlang": the block is shown as plain text. [unknown-language]',
      'warning content/blogs/warnings.md:15:1 Unknown callout type "mystery": its content is kept as a plain block. Use one of note, tip, important, warning, caution. [unknown-callout]',
    ]);
  });

  it('prints no warning of its own tools (the MDX post made Rolldown warn before)', () => {
    expect(build.output.split('\n').filter((line) => line.includes('[WARN]'))).toEqual([]);
  });

  it('renders MDX with the same plugins as Markdown', () => {
    const html = page('mdx-post');
    expect(html).toContain('<aside class="callout callout--tip" role="note"');
    expect(html).toContain('<aside class="callout callout--warning" role="note"');
    expect(html).toContain('容器正文，时间:10点。');
    expect(html).toContain('<h2 id="小节一">');
    expect(html).toContain('class="heading__anchor" href="#小节一"');
    expect(html).toContain('<span class="code__title">app.ts</span>');
    expect(html).toMatch(/<pre class="shiki /u);
    expect(html).toContain('class="katex"');
    expect(html).toMatch(/<link rel="stylesheet" href="\/_astro\/katex[^"]*\.css"/u);
    expect(html).toContain(
      '<figure class="diagram" data-diagram="mermaid" data-error-text="图表无法绘制：{reason}"><pre class="diagram__source">graph LR; 甲--&gt;乙</pre></figure>',
    );
  });

  it('renders chemistry with mhchem in Markdown and MDX alike', () => {
    for (const slug of ['math-headings', 'mdx-post']) {
      const html = page(slug);
      expect(html, slug).toMatch(
        /<annotation encoding="application\/x-tex">\\ce\{2H2 \+ O2 -(?:>|&#x3E;|&gt;) 2H2O\}/u,
      );
      // mhchem's reaction arrow. KaTeX without mhchem draws `\ce` in red, as an unknown command.
      expect(html, slug).toContain('<mo stretchy="true" minsize="3.0em">→</mo>');
      expect(html, slug).not.toContain('mathcolor="#cc0000"');
    }
  });

  it('serves MDX images as AVIF and WebP pictures too, with the link and caption', () => {
    const figure = /<figure class="figure">(.*?)<\/figure>/su.exec(page('mdx-post'))?.[1] ?? '';
    expect(figure).toContain('<a class="image-link" href="/blogs/images/dot.png"><picture>');
    expect(figure).toMatch(/<source srcset="\/_astro\/dot\.[^"]+\.avif 40w" type="image\/avif"/u);
    expect(figure).toMatch(/<source srcset="\/_astro\/dot\.[^"]+\.webp 40w" type="image\/webp"/u);
    expect(figure).toMatch(/<img [^>]*src="\/_astro\/dot\.[^"]+\.webp"[^>]* width="40" height="30"/u);
    expect(figure).toContain('<figcaption>图注</figcaption>');
    expect(existsSync(path.join(site.outDir, 'blogs/images/dot.png'))).toBe(true);
  });

  it('serves GIF, SVG, APNG and ICO images as they are and leaves remote ones remote', () => {
    const html = page('formats');
    for (const name of ['anim.gif', 'logo.svg', 'anim.apng', 'site.ico']) {
      expect(html).toContain(`src="/blogs/images/${name}"`);
      expect(existsSync(path.join(site.outDir, 'blogs/images', name)), name).toBe(true);
    }
    expect(html).toMatch(
      /<img src="https:\/\/example\.com\/remote\.png" alt="远程图" loading="lazy" decoding="async">/u,
    );
  });

  it('serves images from elsewhere in content/ and the project at their clean URL, fragment kept', () => {
    const html = page('elsewhere');
    expect(html).toContain('src="/img/fit.svg#dark"');
    expect(html).toContain('src="/favicon.ico"');
    expect(html).toContain('<a class="image-link" href="/assets/photo.png"><picture>');
    expectServedAsIs({
      'img/fit.svg': 'content/img/fit.svg',
      'favicon.ico': 'content/favicon.ico',
      'assets/photo.png': 'assets/photo.png',
    });
  });

  it("finds a Hexo post's images and files in the folder named after it, and serves them beside its page", () => {
    const html = page('hexo-assets');
    for (const name of ['diagram', 'shot']) {
      // Optimized (Astro names the files by their content, here dot.png's).
      expect(html).toMatch(
        new RegExp(
          `<a class="image-link" href="/blogs/hexo-assets/${name}.png"><picture><source [^>]*\\.avif 40w"`,
          'u',
        ),
      );
      expect(existsSync(path.join(site.outDir, `blogs/hexo-assets/${name}.png`)), name).toBe(true);
    }
    expect(html).toContain('<figcaption>流程图</figcaption>');
    expect(html).toMatch(
      /Obsidian 的嵌入：<a class="image-link" href="\/blogs\/hexo-assets\/diagram\.png"><picture>.*? alt="又一张流程图"/u,
    );
    expect(html).toContain(
      '附件：<a href="/blogs/hexo-assets/notes.pdf">讲义</a>，Obsidian 嵌入的附件：<a href="/blogs/hexo-assets/notes.pdf">notes.pdf</a>',
    );
    expect(existsSync(path.join(site.outDir, 'blogs/hexo-assets/notes.pdf'))).toBe(true);
    expect(html).toContain(
      '由地址：<a href="/blogs/hexo-assets/notes.pdf">下载讲义</a>，<img src="/blogs/hexo-assets/shot.png" width="32" alt="小截图"',
    );
  });

  it("names a folder's index post by its folder, as Hugo's page bundles, its images beside its page", () => {
    expect(page('bundle-a')).toMatch(/<a class="image-link" href="\/blogs\/bundle-a\/photo\.png"><picture>/u);
    expect(existsSync(path.join(site.outDir, 'blogs/bundle-a/photo.png'))).toBe(true);
    expect(page('bundle-b')).toContain('<a href="/blogs/bundle-a/">另一个包</a>');
  });

  it('serves the files posts link to by their path from the post, byte for byte', () => {
    const html = page('attachments');
    expect(html).toContain('<a href="/blogs/files/slides.pdf#page=2">幻灯片</a>');
    expect(html).toContain('<a href="/blogs/attachments/notes.txt">笔记</a>');
    expect(html).toContain('<a href="/files/guide.pdf">指南</a>');
    expect(html).toContain('<a href="/blogs/math-headings/">文章链接</a>');
    expect(html).toContain('<a href="/blogs/files/slides.pdf" download>下载幻灯片</a>');
    expect(page('mdx-post')).toContain('<a href="/blogs/files/slides.pdf">MDX 的附件</a>');
    expectServedAsIs({
      'blogs/files/slides.pdf': 'content/blogs/files/slides.pdf',
      'blogs/attachments/notes.txt': 'content/blogs/attachments/notes.txt',
      'files/guide.pdf': 'content/files/guide.pdf',
    });
  });

  it("finds an Obsidian note's embedded image and file by their names anywhere in content/, as Obsidian does", () => {
    const html = page('obsidian-note');
    expect(html).toMatch(/<a class="image-link" href="\/blogs\/Pasted%20image%202\.png"><picture>/u);
    expect(html).toContain('附件：<a href="/attachments/%E8%AE%B2%E4%B9%89.pdf">讲义.pdf</a>');
    expectServedAsIs({
      'blogs/Pasted image 2.png': 'content/blogs/Pasted image 2.png',
      'attachments/讲义.pdf': 'content/attachments/讲义.pdf',
    });
  });

  it('serves images of raw HTML at their clean URL, the path relative to the post as in Markdown', () => {
    const html = page('raw-html');
    expect(html).toMatch(/<img src="\/blogs\/images\/dot\.png" width="20" alt="原始"/u);
    expect(html).toMatch(/<p align="center"><img alt="居中" src="\/blogs\/images\/logo\.svg"/u);
  });

  it("serves MDX's own <img> at the clean URL too", () => {
    const html = page('mdx-post');
    expect(html).toMatch(/<img src="\/blogs\/images\/dot\.png" width="20" alt="MDX 原始"/u);
    expect(html).toMatch(/段落里的 <img src="\/blogs\/images\/logo\.svg" alt="行内"/u);
  });

  it('shows the math of a heading in the table of contents as the heading shows it: KaTeX, with its MathML', () => {
    const html = page('math-headings');
    // The post's own headings, not those the page adds after it (related posts).
    const post = html.slice(0, html.indexOf('</article>'));
    const headings = [...post.matchAll(/<h2 id="([^"]*)">(.*?)<\/h2>/gsu)].map((m) => [`#${m[1]}`, m[2]]);
    expect(headings.map(([href]) => href)).toEqual(['#公式-x2-的含义', '#代码-ab-与-on-log-n']);
    expect(tocs(html)).toEqual([headings, headings]);
    expect(headings[0]?.[1]).toMatch(/^公式 <span class="katex"><span class="katex-mathml"><math [^>]*>/u);
    expect(headings[0]?.[1]).toContain('<annotation encoding="application/x-tex">x^2</annotation>');
    expect(headings[1]?.[1]).toContain('<code>a&#x3C;b</code> 与 <span class="katex">');
    expect(html).toMatch(/<link rel="stylesheet" href="\/_astro\/katex[^"]*\.css"/u);
  });

  it('shows the math of a heading of an MDX post in its table of contents too', () => {
    const [toc] = tocs(page('mdx-post'));
    expect(toc?.map(([href]) => href)).toEqual(['#小节一', '#根号-sqrt2']);
    expect(toc?.[1]?.[1]).toMatch(
      /^根号 <span class="katex">.*<annotation encoding="application\/x-tex">\\sqrt\{2\}</su,
    );
  });

  it("keeps each heading's own link and its hidden name out of the table of contents", () => {
    for (const slug of ['math-headings', 'mdx-post']) {
      const toc = /<nav aria-label="目录">(.*?)<\/nav>/su.exec(page(slug))?.[1] ?? '';
      expect(toc, slug).not.toContain('链接到本节');
      expect(toc, slug).not.toContain('heading__anchor');
      expect(toc.match(/<a /gu)?.length, slug).toBe(2);
    }
  });

  it('names the link of a heading with math by the heading as written, math as its TeX', () => {
    const labels = [...page('math-headings').matchAll(/<span class="visually-hidden">([^<]*)<\/span><\/a>/gu)];
    expect(labels.map((m) => m[1])).toEqual([
      '链接到本节：公式 x^2 的含义',
      '链接到本节：代码 a&#x3C;b 与 O(n \\log n)',
    ]);
  });

  it('loads no KaTeX stylesheet on a post without math', () => {
    expect(page('formats')).not.toContain('katex');
  });
});
