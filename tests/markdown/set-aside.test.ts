/**
 * `rehypeSetAside` takes KaTeX's output and code blocks out of the tree before Astro parses it again, and `putBack`
 * puts their HTML back: the render workers' HTML must stay byte for byte Astro's. Compared here on every fixture
 * input (`fixtures/rehype-set-aside/` has math and code in tables, links, footnotes, tasks, callouts, raw HTML and
 * headings) and the sample posts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type AstroMarkdownOptions, parseFrontmatter, unified } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { h } from 'hastscript';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { putBack, rehypeSetAside } from '../../src/markdown/rehype-set-aside.ts';
import { site } from '../../src/site.config.ts';

const root = path.resolve(import.meta.dirname, '../..');
const shared: AstroMarkdownOptions = { syntaxHighlight: false, gfm: true, smartypants: true };
const inputs = [
  ...readdirSync(path.join(root, 'tests/markdown/fixtures'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('input.md'))
    .map((file) => path.join(root, 'tests/markdown/fixtures', file)),
  ...readdirSync(path.join(root, 'content/blogs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join(root, 'content/blogs', file)),
].sort();

describe('rehypeSetAside and putBack', () => {
  it("give the bytes and headings of Astro's renderer", async () => {
    const plain = await unified(markdownPipeline(site, { root, log: () => {} })).createRenderer(shared);
    const store = new Map<string, string>();
    const fast = await unified(markdownPipeline(site, { root, log: () => {}, setAside: store })).createRenderer(shared);
    let setAside = 0;
    for (const input of inputs) {
      const { content, frontmatter } = parseFrontmatter(readFileSync(input, 'utf8'));
      const options = () => ({ frontmatter: { ...frontmatter }, fileURL: pathToFileURL(input) });
      const expected = await plain.render(content, options());
      store.clear();
      const actual = await fast.render(content, options());
      setAside += store.size;
      expect(putBack(actual.code, store), input).toBe(expected.code);
      expect(actual.metadata, input).toEqual(expected.metadata);
    }
    // Not vacuous: most formulas and code blocks of these posts were set aside.
    expect(inputs.length).toBeGreaterThan(40);
    expect(setAside).toBeGreaterThan(50);
  });

  it('sets aside nothing in a post whose source names its marker, nor a <pre> starting with a line break', () => {
    const store = new Map<string, string>();
    const tree = (): Root => ({ type: 'root', children: [h('p', [h('span.katex', 'x')]), h('pre', '\nkept')] });
    const forged = tree();
    rehypeSetAside({ store })(forged, new VFile('<span data-inkstone-aside="0"></span> $x$'));
    expect(forged).toEqual(tree());
    const leading = tree();
    rehypeSetAside({ store })(leading, new VFile('$x$'));
    expect(leading.children).toEqual([h('p', [h('span', { dataInkstoneAside: '0' })]), h('pre', '\nkept')]);
    expect(store).toEqual(new Map([['0', '<span class="katex">x</span>']]));
  });

  it('puts back only the placeholders it knows', () => {
    const store = new Map([['0', '<pre><code>a</code></pre>']]);
    expect(putBack('<p>a</p><pre data-inkstone-aside="0"></pre><pre data-inkstone-aside="1"></pre>', store)).toBe(
      '<p>a</p><pre><code>a</code></pre><pre data-inkstone-aside="1"></pre>',
    );
    expect(putBack('<span data-inkstone-aside="0"></span>', new Map())).toBe('<span data-inkstone-aside="0"></span>');
  });
});
