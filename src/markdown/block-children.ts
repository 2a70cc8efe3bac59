import type { Parent, Root } from 'mdast';
import { visit } from '../lib/visit.ts';

/**
 * Calls `each` with every block container of `tree` (the root, list items, quotes, directives; not paragraphs, whose
 * children are inline) and each index of its children, in order: how the plugins that read a run of paragraphs as one
 * container or figure find their openings. `each` may replace the children from `index` on with one node (`splice`);
 * the walk goes on after it, and into it.
 *
 * @example
 * forEachBlockChild(tree, (parent, index) => collapse(parent, index));
 */
export function forEachBlockChild(tree: Root, each: (parent: Parent, index: number) => void) {
  visit(tree, (node) => {
    if (!('children' in node) || node.type === 'paragraph') return;
    const parent = node as Parent;
    for (let index = 0; index < parent.children.length; index += 1) each(parent, index);
  });
}
