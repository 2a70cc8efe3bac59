import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { h, s } from 'hastscript';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';

export interface RehypeHeadingAnchorsOptions {
  /** Accessible name of the link of a heading, given its text. Default: `Link to this section: <text>`. */
  label?: (text: string) => string;
}

const LINKED = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

const icon = () =>
  s('svg', { viewBox: '0 0 16 16', width: 16, height: 16, ariaHidden: 'true', focusable: 'false' }, [
    s('path', {
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: 1.5,
      strokeLinecap: 'round',
      d: 'M6.5 9.5a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2l-.9.9M9.5 6.5a3 3 0 0 0-4.2 0L3 8.8A3 3 0 0 0 7.2 13l.9-.9',
    }),
  ]);

/**
 * Puts a link to each heading (h2–h6, given an `id`) right after it, inside a
 * wrapper, so the heading's own name stays clean for screen readers and the
 * table of contents. The link shows on hover and focus.
 *
 * @example
 *   `<h2 id="gpt">GPT</h2>` →
 *   `<div class="heading heading--h2"><h2 id="gpt">GPT</h2><a class="heading__anchor" href="#gpt"><svg …></svg><span class="visually-hidden">Link to this section: GPT</span></a></div>`
 */
export function rehypeHeadingAnchors(options: RehypeHeadingAnchorsOptions = {}) {
  const label = options.label ?? ((text: string) => `Link to this section: ${text}`);
  return rehypeAutolinkHeadings({
    behavior: 'after',
    // The hidden footnotes heading that remark-rehype adds needs no link.
    test: (node: Element) => LINKED.has(node.tagName) && node.properties.id !== 'footnote-label',
    group: (node) => h(`div.heading.heading--${node.tagName}`),
    properties: { className: ['heading__anchor'] },
    content: (node) => [icon(), h('span.visually-hidden', label(toString(node)))],
  });
}
