import type { Root } from 'hast';
import { visit } from '../lib/visit.ts';

/**
 * GFM table alignment comes out as the `align` attribute, which HTML
 * deprecates; this moves it into a `text-align` style.
 *
 * @example
 *   `| a |\n| --: |\n| 1 |` → `<th style="text-align: right">a</th>` … `<td style="text-align: right">1</td>`
 */
export function rehypeTableAlign() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const { align } = node.properties;
      if ((node.tagName !== 'th' && node.tagName !== 'td') || typeof align !== 'string') return;
      delete node.properties.align;
      node.properties.style = `text-align: ${align}`;
    });
  };
}
