import type { ElementContent, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toHtml } from 'hast-util-to-html';
import type { VFile } from 'vfile';
import { SKIP, visit } from '../lib/visit.ts';
import { astroFrontmatter } from './astro-data.ts';
import { isOpaque } from './opaque.ts';

/**
 * Keeps the HTML of each heading that contains math, KaTeX's markup included, by id, in the frontmatter Astro hands
 * back to pages (`headingHtml`), so the table of contents shows the math as the heading does (and reads its MathML to
 * screen readers). Only the headings `rehypeHeadingTexts` found math in are looked for: other posts cost nothing and
 * keep no HTML. The entry is a link itself, shown twice on the page, so links in a heading give their content and
 * ids are dropped. Goes after KaTeX; the heading's own link sits beside the heading, so it is not part of it.
 *
 * @example
 *   `## 公式 $x^2$ 的含义` →
 *   `{ headingHtml: { '公式-x2-的含义': '公式 <span class="katex"><span class="katex-mathml"><math …>…</math></span><span class="katex-html" aria-hidden="true">…</span></span> 的含义' } }`
 */
export function rehypeHeadingHtml() {
  return (tree: Root, file: VFile) => {
    const ids = file.data.headingsWithMath;
    if (!ids) return;
    const html: Record<string, string> = {};
    visit(tree, 'element', (node) => {
      if (isOpaque(node)) return SKIP;
      const { id } = node.properties;
      if (!headingRank(node) || typeof id !== 'string' || !ids.has(id)) return;
      html[id] = toHtml({ type: 'root', children: asLinkContent(node.children) });
      return SKIP;
    });
    astroFrontmatter(file).headingHtml = html;
  };
}

/**
 * `nodes` fit to be the content of a link: a link gives its content, ids are dropped, and so is what is neither an
 * element nor text (raw HTML, MDX expressions), as the heading's text leaves it out too. KaTeX's markup is kept as it
 * is: without `trust`, it has neither links nor ids.
 */
function asLinkContent(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'text') return [node];
    if (node.type !== 'element') return [];
    if (isOpaque(node)) return [node];
    if (node.tagName === 'a') return asLinkContent(node.children);
    const properties = { ...node.properties };
    delete properties.id;
    return [{ ...node, properties, children: asLinkContent(node.children) }];
  });
}
