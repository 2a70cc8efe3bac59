/**
 * The posts loader's worker pool renders like Astro's own Markdown renderer in the main thread, built from the same
 * pipeline, and prints the report plugin's warnings in the order the posts were handed to it. With each post it hands
 * back the content check's facts of it, read from the tree it rendered, as the check reads them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type AstroMarkdownOptions, parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePost } from '../../scripts/bench/generate-posts.ts';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { readMarkdown } from '../../src/lib/content-check/markdown.ts';
import { createRenderPool } from '../../src/markdown/render-pool.ts';
import { site } from '../../src/site.config.ts';
import { runNode } from '../build/run-node.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'inkstone-pool-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const shared: AstroMarkdownOptions = { syntaxHighlight: false, gfm: true, smartypants: true };

const posts = Array.from({ length: 6 }, (_, index) => {
  const body = [
    `## 第 ${index} 节 $x^${index}$`,
    '',
    `正文 ${index},见[外链](https://example.com/${index})。`,
    '',
    // Every other post has a formula KaTeX cannot render: a warning with its line.
    index % 2 === 0 ? `$\\nope${index}$` : '```js\nconst a = 1;\n```',
  ].join('\n');
  const filePath = path.join(root, 'content', `post-${index}.md`);
  return { body, filePath, frontmatter: { title: `Post ${index}` } };
});
mkdirSync(path.join(root, 'content'));
// The report plugin reads the file to count the frontmatter's lines.
for (const post of posts) writeFileSync(post.filePath, `---\ntitle: x\n---\n\n${post.body}\n`);

describe('the render pool', () => {
  it('renders every post as the main-thread renderer does, and prints warnings in the order of the posts', async () => {
    const expectedLines: string[] = [];
    const renderer = await unified(
      markdownPipeline(site, { root: `${root}/`, log: (line) => expectedLines.push(line) }),
    ).createRenderer(shared);
    const expected = [];
    for (const post of posts) {
      const result = await renderer.render(post.body, {
        frontmatter: { ...post.frontmatter },
        fileURL: pathToFileURL(post.filePath),
      });
      expected.push({ html: result.code, metadata: result.metadata });
    }

    const pool = createRenderPool({ root: `${root}/`, shared }, 2);
    const lines: string[] = [];
    try {
      // All at once: each worker has three posts waiting while it renders one.
      const rendered = await Promise.all(
        posts.map((post) => pool.render({ ...post, frontmatter: { ...post.frontmatter } }, (line) => lines.push(line))),
      );
      expect(rendered.map(({ html, metadata }) => ({ html, metadata }))).toEqual(expected);
      expect(rendered.map(({ facts }) => facts)).toEqual(posts.map((post) => readMarkdown(post.body)));
    } finally {
      await pool.close();
    }
    expect(expectedLines).toHaveLength(3);
    expect(expectedLines[0]).toMatch(/^warning .*post-0\.md:9:1 Could not render math with KaTeX/);
    expect(lines).toEqual(expectedLines);
  });

  it("renders the benchmark's generated posts byte for byte as the main-thread renderer does", async () => {
    // Math, code in eight languages, tables, callouts and Chinese prose, as `npm run bench` builds them.
    const generated = Array.from({ length: 24 }, (_, index) => {
      const { file, markdown } = generatePost(index);
      const filePath = path.join(root, 'content', file);
      writeFileSync(filePath, markdown);
      return { body: parseFrontmatter(markdown).content, filePath };
    });
    const renderer = await unified(markdownPipeline(site, { root: `${root}/`, log: () => {} })).createRenderer(shared);
    const expected = [];
    for (const { body, filePath } of generated) {
      const result = await renderer.render(body, { frontmatter: {}, fileURL: pathToFileURL(filePath) });
      expected.push({ html: result.code, metadata: result.metadata });
    }
    const pool = createRenderPool({ root: `${root}/`, shared }, 2);
    try {
      const rendered = await Promise.all(generated.map((post) => pool.render({ ...post, frontmatter: {} }, () => {})));
      expect(rendered.map(({ html, metadata }) => ({ html, metadata }))).toEqual(expected);
    } finally {
      await pool.close();
    }
    // Not vacuous: the posts hold what the pipeline's costly plugins work on.
    const html = expected.map(({ html }) => html).join('');
    expect(html).toContain('class="katex-display"');
    expect(html).toContain('<pre class="shiki');
    expect(html).toContain('<table');
  });

  it('hands back the facts of a post with a missing image, for the check to report it', async () => {
    const body = '## 标题\n\n![图](./images/nope.png)\n\n[链接](/blogs/x/)';
    const filePath = path.join(root, 'content', 'broken.md');
    writeFileSync(filePath, `---\ntitle: x\n---\n\n${body}\n`);
    const pool = createRenderPool({ root: `${root}/`, shared }, 1);
    try {
      const lines: string[] = [];
      const rendered = await pool.render({ body, filePath, frontmatter: {} }, (line) => lines.push(line));
      expect(rendered.facts).toEqual(readMarkdown(body));
      expect(rendered.facts?.images).toEqual([{ url: './images/nope.png', line: 3 }]);
      expect(lines).toEqual([
        expect.stringMatching(/^error .*broken\.md:7:1 Image not found: "\.\/images\/nope\.png"/u),
      ]);
    } finally {
      await pool.close();
    }
  });

  /** Runs `lines` in a process of its own, after a pool of two workers (`pool`) and a post (`post`) are made. */
  async function runWithPool(name: string, lines: string[]) {
    const script = path.join(root, name);
    const module = pathToFileURL(path.resolve('src/markdown/render-pool.ts')).href;
    writeFileSync(
      script,
      [
        `import { createRenderPool } from '${module}';`,
        `const pool = createRenderPool({ root: ${JSON.stringify(`${root}/`)}, shared: ${JSON.stringify(shared)} }, 2);`,
        `const post = ${JSON.stringify(posts[1])};`,
        ...lines,
      ].join('\n'),
    );
    return runNode(script);
  }

  it('keeps the process alive until close() has ended its workers', async () => {
    // Nothing else keeps this script's process alive while it awaits the close.
    const run = await runWithPool('close.ts', [
      'const rendered = await pool.render(post, () => {});',
      'await pool.close();',
      "console.log(rendered.html.includes('<h2') ? 'closed' : 'not rendered');",
    ]);
    expect(run).toEqual({ code: 0, output: 'closed\n' });
  });

  it('starts one worker when warmed, which renders the next post, and which keeps no process alive while idle', async () => {
    const run = await runWithPool('warm.ts', [
      'const before = pool.running;',
      'pool.warm();',
      'pool.warm();',
      'const warmed = pool.running;',
      'const rendered = await pool.render(post, () => {});',
      // Not closed: the process ends with the idle worker.
      "console.log(before, warmed, pool.running, rendered.html.includes('<h2'));",
    ]);
    expect(run).toEqual({ code: 0, output: '0 1 1 true\n' });
  });
});
