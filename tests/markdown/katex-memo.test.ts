/**
 * `rehypeKatexMemo` renders each formula once per memo: what it remembers, and that the HTML it gives back (through
 * `putBack`) is rehype-katex's. The render workers' HTML is compared with Astro's renderer on every fixture, sample and
 * benchmark post in `set-aside.test.ts` and `render-pool.test.ts`.
 */
import rehypeKatex, { type Options as KatexOptions } from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeKatexMemo } from '../../src/markdown/rehype-katex-memo.ts';
import { putBack } from '../../src/markdown/rehype-set-aside.ts';

const plain = unified().use(remarkParse).use(remarkMath).use(remarkRehype).use(rehypeKatex).use(rehypeStringify);

/** A renderer remembering formulas in `memo`, as a render worker's; each render returns its HTML and warnings. */
function memoRenderer(memo: Map<string, string>, limit?: number, katex?: KatexOptions) {
  const store = new Map<string, string>();
  const processor = unified()
    .use(remarkParse)
    .use(remarkMath)
    .use(remarkRehype)
    .use(rehypeKatexMemo, { store, memo, limit, katex })
    .use(rehypeStringify);
  return async (markdown: string) => {
    store.clear();
    const file = new VFile(markdown);
    const html = putBack(String(await processor.process(file)), store);
    return { html, warnings: file.messages.map((message) => message.reason), setAside: store.size };
  };
}

const expected = async (markdown: string) => String(await plain.process(markdown));

describe('rehypeKatexMemo', () => {
  it('renders a formula met again from the memo, to the same HTML', async () => {
    const memo = new Map<string, string>();
    const render = memoRenderer(memo);
    const first = '$x$ 和 $x$ 与 $y^2$\n\n$$\nx\n$$\n';
    expect(await render(first)).toEqual({ html: await expected(first), warnings: [], setAside: 4 });
    // `x` inline (twice) and as a display formula: two renderings.
    expect([...memo.keys()]).toEqual(['inline\nx', 'inline\ny^2', 'display\nx']);

    const second = '又是 $y^2$，还有 $z$。';
    expect(await render(second)).toEqual({ html: await expected(second), warnings: [], setAside: 2 });
    expect(memo.size).toBe(4);
    // What is remembered is what a formula met again becomes: KaTeX is not asked again.
    memo.set('inline\ny^2', '<span class="katex">remembered</span>');
    const again = (await render(second)).html;
    expect(again).toContain('又是 <span class="katex">remembered</span>，还有 <span class="katex">');
    expect(again).not.toContain('y^2');
  });

  it('renders a formula with a problem every time, with its warning, and keeps it in the tree', async () => {
    const memo = new Map<string, string>();
    const render = memoRenderer(memo);
    const markdown = '错误 $\\frac{1}{$ 与 $a$';
    const warning = 'Could not render math with KaTeX';
    for (let round = 0; round < 2; round++) {
      expect(await render(markdown)).toEqual({ html: await expected(markdown), warnings: [warning], setAside: 1 });
    }
    expect([...memo.keys()]).toEqual(['inline\na']);
  });

  it('leaves formulas in headings in the tree, for the plugins that read headings', async () => {
    const memo = new Map<string, string>();
    const markdown = '## 标题 $h$\n\n正文 $b$';
    expect(await memoRenderer(memo)(markdown)).toEqual({ html: await expected(markdown), warnings: [], setAside: 1 });
    expect([...memo.keys()]).toEqual(['inline\nb']);
  });

  it('empties the memo when it is full', async () => {
    const memo = new Map<string, string>();
    const render = memoRenderer(memo, 2);
    await render('$a$ $b$');
    await render('$c$ $a$');
    expect([...memo.keys()]).toEqual(['inline\nc', 'inline\na']);
  });

  it('remembers nothing with macros, which one formula can change for the next', async () => {
    const memo = new Map<string, string>();
    const macros = {};
    const render = memoRenderer(memo, undefined, { macros });
    const markdown = '$\\gdef\\R{\\mathbb{R}} x$ 与 $\\R$';
    const expectedHtml = String(
      await unified()
        .use(remarkParse)
        .use(remarkMath)
        .use(remarkRehype)
        .use(rehypeKatex, { macros: {} })
        .use(rehypeStringify)
        .process(markdown),
    );
    // The second formula was rendered with the macro the first one defined.
    expect(expectedHtml).toContain('<span class="mord mathbb">R</span>');
    expect(await render(markdown)).toEqual({ html: expectedHtml, warnings: [], setAside: 0 });
    expect(memo.size).toBe(0);
  });
});
