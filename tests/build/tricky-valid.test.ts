/**
 * Valid but tricky posts, built twice from clean copies in two far-apart time
 * zones, one rendering every post before the content check and one in the
 * background: the outputs must be byte-identical (deterministic, date-only
 * values never shift a day, either way of rendering), every invariant must
 * hold, and each tricky post must render right.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { globSync } from 'tinyglobby';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type BuildResult, type FixtureSite } from '../../scripts/lib/fixture-site.ts';
import { publishedPosts } from './helpers.ts';
import { checkInvariants } from './invariants.ts';

const NOW = '2026-01-01T00:00:00Z';
const TWIN = [
  '# A heading',
  '',
  'A paragraph',
  'with a soft break, “中文引号” and `code`.',
  '',
  '```js',
  'const a = 1;',
  '',
  'const b = 2;',
  '```',
  '',
  '- item',
  '- item two',
  '',
  '> a quote',
  '> on two lines',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  'Hard break  ',
  'here.',
  '',
  'Inline $a +',
  'b$ math on two lines.',
  '',
  '$$',
  'E = mc^2',
  '+ 1',
  '$$',
].join('\n');
const twin = (title: string) => `---\ntitle: ${title}\ndate: 2025-01-15\ncategory: 测试\n---\n\n${TWIN}\n`;

const HOSTILE_TITLE = '<script>alert("title")</script> & <img src=x onerror=alert(1)>';
const HOSTILE_CATEGORY = '<script>alert(2)</script>';
const HOSTILE_DESCRIPTION = '<img src=x onerror=alert(3)> "quoted" & done';
const hostile = [
  '---',
  `title: '${HOSTILE_TITLE}'`,
  'date: 2025-01-16',
  `category: '${HOSTILE_CATEGORY}'`,
  `description: '${HOSTILE_DESCRIPTION}'`,
  "tags: ['<b>tag</b>']",
  '---',
  '',
  'Plain body.',
  '',
].join('\n');

/** About 2 MB of prose in sections, ending with a marker. */
function bigPost(): string {
  const paragraph = '这是一段用来测试大文件的中文段落，其中夹杂 English words and `inline code`。'.repeat(8);
  const sections = Array.from({ length: 520 }, (_, i) => `## 第 ${i + 1} 节\n\n${`${paragraph}\n\n`.repeat(4)}`);
  return `---\ntitle: 一篇 2 MB 的文章\ndate: 2025-01-17\ncategory: 测试\n---\n\n${sections.join('')}The last line of the big post.\n`;
}

const files = {
  'content/blogs/lf-twin.md': twin('Twin'),
  'content/blogs/crlf-twin.md': `\uFEFF${twin('Twin').replace(/\n/gu, '\r\n')}`,
  'content/blogs/中文 文件名.md': '---\ntitle: 中文文件名\ndate: 2025-01-18\ncategory: 测试\n---\n\n正文。\n',
  'content/blogs/big-post.md': bigPost(),
  'content/blogs/unclosed-fence.md':
    '---\ntitle: Unclosed fence\ndate: 2025-01-19\ncategory: 测试\n---\n\nBefore.\n\n```js\nconst unclosed = true;\n\nStill code at the end.\n',
  'content/blogs/hostile.md': hostile,
  'content/blogs/bad-tex.md':
    '---\ntitle: Bad TeX\ndate: 2025-01-20\ncategory: 测试\n---\n\nBefore $\\frac{1}{$ after.\n',
};

let first: FixtureSite;
let second: FixtureSite;
let builds: BuildResult[];
let secondClean: Record<string, string>;

beforeAll(async () => {
  const copy = () => createFixtureSite({ withSampleContent: true, files });
  [first, second] = await Promise.all([copy(), copy()]);
  // The two ends of the world's time zones: a date-only value must show the same day in both. The first renders every
  // post before the check, as a build of more than 20 new posts does; the second renders them in the background.
  builds = await Promise.all([
    first.run(['build'], { INKSTONE_NOW: NOW, TZ: 'Pacific/Kiritimati', INKSTONE_BACKGROUND_RENDERS: '0' }),
    second.run(['build'], { INKSTONE_NOW: NOW, TZ: 'Pacific/Pago_Pago' }),
  ]);
  secondClean = fingerprint(second.outDir);
  // Again with the caches of the first run (content check, link check, feeds): nothing may come out different.
  builds.push(await second.run(['build'], { INKSTONE_NOW: NOW, TZ: 'Pacific/Pago_Pago' }));
});

afterAll(async () => {
  await Promise.all([first?.remove(), second?.remove()]);
});

const page = (urlPath: string) =>
  readFileSync(path.join(first.outDir, decodeURIComponent(urlPath), 'index.html'), 'utf8');
const tree = (html: string) => fromHtml(html) as Root;

/** Every file of a build with the hash of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  const files = globSync('**/*', { cwd: dir, dot: true, expandDirectories: false }).sort();
  return Object.fromEntries(
    files.map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );
}

describe('two clean builds of the same content', () => {
  it('both succeed, and so does a warm rebuild of one', () => {
    for (const build of builds) expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('render their posts before the check in one and in the background in the other', () => {
    expect(builds[0]!.output).toMatch(/rendered [1-9]\d* and checked \d+ posts in \d+ ms/u);
    expect(builds[1]!.output).toMatch(/checked \d+ posts in \d+ ms, rendering [1-9]\d* new or changed meanwhile/u);
  });

  it('are byte-identical, whatever the machine time zone, folder and way of rendering', () => {
    expect(secondClean).toEqual(fingerprint(first.outDir));
  });

  it('are byte-identical to a warm rebuild of one of them', () => {
    expect(fingerprint(second.outDir)).toEqual(fingerprint(first.outDir));
  });

  it('keep every invariant', async () => {
    const report = await checkInvariants(first.outDir, publishedPosts(first.root, NOW));
    expect(report.failures).toEqual([]);
    expect(report.skipped).toEqual([]);
  });
});

describe('tricky posts', () => {
  it('renders a CRLF file with a BOM exactly like its LF twin', () => {
    const article = (html: string) => html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    const crlf = article(page('/blogs/crlf-twin/'));
    expect(crlf).toContain('<h1');
    expect(crlf).not.toContain('\r');
    expect(crlf).toBe(article(page('/blogs/lf-twin/')));
  });

  it('serves a file name with Chinese characters and a space at a reachable URL', () => {
    expect(page('/blogs/中文-文件名/')).toContain('中文文件名');
    expect(page('/')).toContain(`href="/blogs/${encodeURIComponent('中文-文件名')}/"`);
  });

  it('builds a 2 MB post to the end', () => {
    const html = page('/blogs/big-post/');
    expect(Buffer.byteLength(html)).toBeGreaterThan(2_000_000);
    expect(html).toContain('The last line of the big post.');
  });

  it('keeps the rest of a post with an unclosed code fence as code', () => {
    const pre = toString(tree(page('/blogs/unclosed-fence/')));
    expect(pre).toContain('Before.');
    expect(pre).toContain('Still code at the end.');
    expect(page('/blogs/unclosed-fence/')).toMatch(/<pre[^>]*>[\s\S]*Still code at the end\.[\s\S]*<\/pre>/u);
  });

  it('renders invalid TeX as an error in the page, with a warning naming the file and line', () => {
    expect(page('/blogs/bad-tex/')).toMatch(/class="katex-error"[^>]*>\\frac\{1\}\{</u);
    expect(builds[0]!.output).toMatch(/warning content\/blogs\/bad-tex\.md:7:\d+ Could not render math with KaTeX/u);
  });

  it('shows a date-only value as that calendar day', () => {
    expect(page('/blogs/lf-twin/')).toContain('<time datetime="2025-01-15">2025年1月15日</time>');
  });
});

describe('hostile text in a title, a category and a description', () => {
  const htmlPages = () => globSync('**/*.html', { cwd: first.outDir }).sort();

  it('never becomes markup on any page', () => {
    const injected: string[] = [];
    for (const file of htmlPages()) {
      visit(tree(readFileSync(path.join(first.outDir, file), 'utf8')), 'element', (node: Element) => {
        if (node.tagName === 'img' && 'onError' in node.properties) injected.push(`${file}: <img onerror>`);
        const code = node.tagName === 'script' && node.properties.type !== 'application/ld+json';
        if (code && toString(node).includes('alert(')) injected.push(`${file}: <script>`);
      });
    }
    expect(injected).toEqual([]);
  });

  it('shows as text where it is written', () => {
    const html = page('/blogs/hostile/');
    const text = toString(tree(html));
    expect(text).toContain(HOSTILE_TITLE);
    expect(text).toContain(HOSTILE_CATEGORY);
  });

  it('stays a string in the JSON-LD', () => {
    const scripts: string[] = [];
    visit(tree(page('/blogs/hostile/')), 'element', (node: Element) => {
      if (node.tagName === 'script' && node.properties.type === 'application/ld+json') scripts.push(toString(node));
    });
    expect(scripts.length).toBeGreaterThan(0);
    for (const json of scripts) {
      expect(json).not.toMatch(/<\/?script/iu);
      expect(JSON.stringify(JSON.parse(json))).toContain(JSON.stringify(HOSTILE_TITLE));
    }
  });

  it('never becomes markup in the feeds, and keeps them well-formed', () => {
    const problems: string[] = [];
    const termFeeds = globSync('{categories,series,tags}/*/rss.xml', { cwd: first.outDir });
    expect(termFeeds).toContain(`categories/${HOSTILE_CATEGORY.replace('/', '-')}/rss.xml`);
    expect(termFeeds).toContain('tags/<b>tag<-b>/rss.xml');
    for (const feed of ['rss.xml', 'atom.xml', ...termFeeds]) {
      const xml = readFileSync(path.join(first.outDir, feed), 'utf8');
      if (/<title>[^<]*<(?!\/title>)/u.test(xml)) problems.push(`${feed}: a raw "<" in a title`);
      for (const html of htmlFieldsOf(xml)) {
        visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
          if (node.tagName === 'script' || 'onError' in node.properties) problems.push(`${feed}: ${html}`);
        });
      }
      if (/="[^"]*</u.test(xml)) problems.push(`${feed}: a raw "<" in an attribute value`);
    }
    expect(problems).toEqual([]);
  });

  it('is indexed for search as text', () => {
    const fragments = globSync('pagefind/fragment/*.pf_fragment', { cwd: first.outDir }).map((f) =>
      gunzipSync(readFileSync(path.join(first.outDir, f))).toString('utf8'),
    );
    const entry = fragments.find((f) => f.includes('"/blogs/hostile/"'));
    expect(entry).toBeDefined();
    const { content } = JSON.parse(entry!.replace(/^pagefind_dcd/u, '')) as { content: string };
    // Pagefind separates words with zero-width spaces.
    const text = content.replace(/\u200b/gu, '');
    expect(text).toContain('Plain body.');
    expect(text).toContain(HOSTILE_TITLE);
  });
});

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The decoded values of the feed fields readers render as HTML: RSS descriptions and content, Atom `type="html"`. */
function htmlFieldsOf(xml: string): string[] {
  const fields = [
    ...xml.matchAll(/<(description|content:encoded)>([\s\S]*?)<\/\1>/gu),
    ...xml.matchAll(/<(title|summary|content|subtitle)[^>]*type="html"[^>]*>([\s\S]*?)<\/\1>/gu),
  ];
  return fields.map(([, , raw]) => {
    const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/u.exec(raw!);
    return cdata ? cdata[1]! : raw!.replace(/&(lt|gt|amp|quot|apos);/gu, (_, name: string) => XML_ENTITIES[name]!);
  });
}
