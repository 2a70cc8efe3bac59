import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from '../lib/visit.ts';
import type { VFile } from 'vfile';
import { astroFrontmatter } from './astro-data.ts';

declare module 'vfile' {
  interface DataMap {
    /** Ids of the headings that contain math, from `rehypeHeadingTexts`, for `rehypeHeadingHtml`. */
    headingsWithMath: Set<string>;
  }
}

/** The classes rehype-katex renders (from remark-math's inline and display math). */
const MATH = new Set(['language-math', 'math-inline', 'math-display']);

/** Whether `node` holds math that KaTeX will render: `$…$` in a heading, as remark-math leaves it. */
function hasMath(node: Element): boolean {
  return node.children.some((child) => {
    if (child.type !== 'element') return false;
    const classes = child.properties.className;
    return (Array.isArray(classes) && classes.some((name) => MATH.has(String(name)))) || hasMath(child);
  });
}

/**
 * Keeps each heading's text as written, math as its TeX, by id, in the frontmatter Astro hands back to pages
 * (`headingTexts`), for the table of contents. Astro's own heading text is read after KaTeX, from every text node of
 * its markup, which gives `x2x^2x2` for `$x^2$`. Also notes which headings contain math (`file.data.headingsWithMath`),
 * so that `rehypeHeadingHtml` looks for those alone. Goes after the heading ids and before KaTeX.
 *
 * @example
 *   `## 公式 $x^2$ 的含义` → `{ headingTexts: { '公式-x2-的含义': '公式 x^2 的含义' } }`
 */
export function rehypeHeadingTexts() {
  return (tree: Root, file: VFile) => {
    const texts: Record<string, string> = {};
    const withMath = new Set<string>();
    visit(tree, 'element', (node) => {
      const { id } = node.properties;
      if (!headingRank(node) || typeof id !== 'string') return;
      texts[id] = toString(node);
      if (hasMath(node)) withMath.add(id);
    });
    if (Object.keys(texts).length > 0) astroFrontmatter(file).headingTexts = texts;
    if (withMath.size > 0) file.data.headingsWithMath = withMath;
  };
}
