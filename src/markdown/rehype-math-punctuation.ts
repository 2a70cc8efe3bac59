import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { hasClass } from '../lib/has-class.ts';
import { SKIP, visit } from '../lib/visit.ts';

export interface RehypeMathPunctuationOptions {
  /**
   * Class of the element holding a formula and its punctuation; the site's CSS keeps it on one line. A longer formula's
   * element also has this class with `--breakable` (`math-nowrap--breakable`). Default: `math-nowrap`.
   */
  className?: string;
  /**
   * Longest formula, in TeX characters, to keep on one line with its punctuation. A longer one may still break between
   * its terms, so that it never runs past the edge of a phone's screen, but not between its first or last term and the
   * punctuation against it. Default: 32.
   */
  maxLength?: number;
}

/** Punctuation that must not start a line: closing brackets and quotes, `。，、；：！？…` and `.,;:!?`. */
const CLOSING = /^[\p{Pe}\p{Pf}\p{Po}]+/u;
/** Punctuation that must not end a line: opening brackets and quotes. */
const OPENING = /[\p{Ps}\p{Pi}]+$/u;

const isInlineMath = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && node.tagName === 'code' && hasClass(node, 'math-inline');

/**
 * Keeps punctuation written against an inline formula on the formula's line. A browser may break the line between
 * KaTeX's output and the `。` after it, which then starts the next line on its own: KaTeX's boxes are atomic inlines,
 * which the line-breaking rules for CJK punctuation do not bind to their neighbours (neither does a word joiner, in
 * Chromium). This wraps a formula with the punctuation it touches in an element of `className`, for which the site's
 * CSS sets `white-space: nowrap`: a formula of at most `maxLength` TeX characters and its punctuation move to the next
 * line together, as a word does. A longer one's element is also `--breakable`, for which the CSS lets KaTeX's terms
 * break again but its first and last, which stay with the punctuation. Run it before rehype-katex.
 *
 * @example
 *   `因子 $\sqrt{d_k}$。` → `因子 <span class="math-nowrap"><code class="language-math math-inline">\sqrt{d_k}</code>。</span>`
 *   `（$x$）` → `<span class="math-nowrap">（<code class="language-math math-inline">x</code>）</span>`
 *   `$\mathcal{L}(\theta) = -\sum_{t=1}^{T} \log P_\theta(x_t)$。` →
 *   `<span class="math-nowrap math-nowrap--breakable"><code class="language-math math-inline">\mathcal{L}(\theta) = …</code>。</span>`
 */
export function rehypeMathPunctuation({
  className = 'math-nowrap',
  maxLength = 32,
}: RehypeMathPunctuationOptions = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (parent) => {
      // A wrapper's formula touches its punctuation still.
      if (hasClass(parent, className)) return SKIP;
      const { children } = parent;
      for (let index = 0; index < children.length; index++) {
        const formula = children[index];
        if (!isInlineMath(formula)) continue;
        const before = children[index - 1];
        const after = children[index + 1];
        const opening = before?.type === 'text' ? OPENING.exec(before.value)?.[0] : undefined;
        const closing = after?.type === 'text' ? CLOSING.exec(after.value)?.[0] : undefined;
        if (!opening && !closing) continue;
        const wrapper: Element = {
          type: 'element',
          tagName: 'span',
          properties: {
            className: toString(formula).length > maxLength ? [className, `${className}--breakable`] : [className],
          },
          children: [
            ...(opening ? [{ type: 'text' as const, value: opening }] : []),
            formula,
            ...(closing ? [{ type: 'text' as const, value: closing }] : []),
          ],
        };
        let start = index;
        let end = index + 1;
        if (opening && before?.type === 'text') {
          before.value = before.value.slice(0, -opening.length);
          if (before.value === '') start -= 1;
        }
        if (closing && after?.type === 'text') {
          after.value = after.value.slice(closing.length);
          if (after.value === '') end += 1;
        }
        children.splice(start, end - start, wrapper);
        index = start;
      }
    });
  };
}
