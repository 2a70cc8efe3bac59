import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from '../lib/visit.ts';
import type { VFile } from 'vfile';
import { astroFrontmatter } from './astro-data.ts';

/**
 * Keeps each heading's text as written, math as its TeX, by id, in the frontmatter Astro hands back to pages
 * (`headingTexts`), for the table of contents. Astro's own heading text is read after KaTeX, from every text node of
 * its markup, which gives `x2x^2x2` for `$x^2$`. Goes after the heading ids and before KaTeX.
 *
 * @example
 *   `## 公式 $x^2$ 的含义` → `{ headingTexts: { '公式-x2-的含义': '公式 x^2 的含义' } }`
 */
export function rehypeHeadingTexts() {
  return (tree: Root, file: VFile) => {
    const texts: Record<string, string> = {};
    visit(tree, 'element', (node) => {
      const { id } = node.properties;
      if (headingRank(node) && typeof id === 'string') texts[id] = toString(node);
    });
    if (Object.keys(texts).length > 0) astroFrontmatter(file).headingTexts = texts;
  };
}
