import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from '../lib/visit.ts';

/**
 * Gives every heading an `id` from its text with `github-slugger`, the way
 * GitHub does: Chinese is kept, punctuation dropped, repeats numbered. The
 * slugger is made per file, so ids are unique within a page and the same on
 * every build. Ids already in the page are kept and never reused.
 *
 * @example
 *   `### GPT-1 (1.1亿参数)` → `<h3 id="gpt-1-11亿参数">GPT-1 (1.1亿参数)</h3>`
 */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    const unnamed: Element[] = [];
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') slugger.slug(node.properties.id);
      else if (headingRank(node)) unnamed.push(node);
    });
    // After all of them: ids set before (footnotes, callouts, the author's) are taken wherever they are.
    for (const heading of unnamed) heading.properties.id = slugger.slug(toString(heading));
  };
}
