import type { Element, Root, RootContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toText } from 'hast-util-to-text';
import rehypeKatex, { type Options as KatexOptions } from 'rehype-katex';
import type { VFile } from 'vfile';
import { hasClass } from '../lib/has-class.ts';
import { SKIP, visit } from '../lib/visit.ts';
import { isOpaque } from './opaque.ts';
import { asideHtml, namesMarker, placeholder } from './rehype-set-aside.ts';

export interface RehypeKatexMemoOptions {
  /** rehype-katex's options. */
  katex?: KatexOptions;
  /** The store of `rehypeSetAside` for this render: each formula goes there as HTML. */
  store: Map<string, string>;
  /** KaTeX's HTML of each formula rendered so far, by display mode and TeX; kept from one render to the next. */
  memo: Map<string, string>;
  /** How many formulas `memo` may hold before it is emptied (about 2 KB of HTML each). Default: 5000. */
  limit?: number;
}

const isMathCode = (node: RootContent) =>
  node.type === 'element' && node.tagName === 'code' && hasClass(node, 'language-math');

/**
 * The formula `node` starts, as rehype-katex finds it: a `<pre>` holding `code.language-math` is one display formula
 * (rehype-katex replaces the `<pre>`), and any element with a math class (`math-display`, `math-inline`,
 * `language-math`) is one, in display mode for `math-display` only.
 */
function formulaAt(node: Element): { display: boolean } | undefined {
  if (node.tagName === 'pre' && node.children.some(isMathCode)) return { display: true };
  if (hasClass(node, 'math-display')) return { display: true };
  if (hasClass(node, 'math-inline') || hasClass(node, 'language-math')) return { display: false };
  return undefined;
}

/**
 * rehype-katex for the render workers, rendering each formula once per worker: a formula met again (`$x$`, `$n$`,
 * the same equation in another post; three in four of the benchmark's formulas) takes the HTML KaTeX gave it the
 * first time, without KaTeX, without parsing KaTeX's HTML into a tree and without writing that tree out again.
 *
 * Each formula outside the headings is rendered by rehype-katex itself, on a tree of its own, and set aside at once as
 * `rehypeSetAside` would set it aside (its HTML in `store`, an empty `<span>` in the tree). KaTeX's output depends on
 * the formula, its display mode and the options only, so the HTML is the same each time. Left to rehype-katex as they
 * are, and not remembered: a formula KaTeX reports a problem in, every formula in a heading (later plugins read
 * headings), every formula of a post whose source names the placeholders' marker, and all of them when the options
 * have `macros`, which `\gdef` in one formula changes for the next. Use it in place of rehype-katex where
 * `rehypeSetAside` ends the pipeline (the render workers); the tests compare the workers' HTML with Astro's renderer
 * on every fixture, sample and benchmark post.
 *
 * @example
 * const store = new Map<string, string>();
 * const memo = new Map<string, string>();
 * const rehypePlugins = [[rehypeKatexMemo, { katex: { strict: 'ignore' }, store, memo }], [rehypeSetAside, { store }]];
 */
export function rehypeKatexMemo({ katex = {}, store, memo, limit = 5000 }: RehypeKatexMemoOptions) {
  const render = rehypeKatex(katex);
  // `\gdef` in one formula changes the macros the next ones are rendered with: then nothing is remembered.
  const remember = katex.macros === undefined;
  return (tree: Root, file: VFile) => {
    if (remember && !namesMarker(file)) {
      visit(tree, 'element', (node, index, parent) => {
        if (headingRank(node)) return SKIP;
        const formula = formulaAt(node);
        if (!formula || !parent || index === undefined) return;
        const key = `${formula.display ? 'display' : 'inline'}\n${toText(node, { whitespace: 'pre' })}`;
        let html = memo.get(key);
        if (html === undefined) {
          const alone: Root = { type: 'root', children: [node] };
          const messages = file.messages.length;
          render(alone, file);
          const [result, ...more] = alone.children;
          const ok = file.messages.length === messages && more.length === 0 && result?.type === 'element';
          if (!ok || !isOpaque(result)) {
            parent.children.splice(index, 1, ...(alone.children as typeof parent.children));
            return [SKIP, index + alone.children.length];
          }
          html = asideHtml(result);
          if (memo.size >= limit) memo.clear();
          memo.set(key, html);
        }
        parent.children[index] = placeholder(store, 'span', html);
        return SKIP;
      });
    }
    // What is left: formulas in headings, those KaTeX reported, or the whole post.
    render(tree, file);
  };
}
