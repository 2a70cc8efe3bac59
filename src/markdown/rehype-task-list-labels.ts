import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from '../lib/visit.ts';
import { isOpaque } from './opaque.ts';

/** Elements that end the text of a task: a nested list or another block. */
const BLOCKS = new Set(['ul', 'ol', 'p', 'div', 'pre', 'blockquote', 'table', 'figure', 'aside', 'details']);

const isCheckbox = (node: ElementContent) =>
  node.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox';

/**
 * GFM task list checkboxes have no label, so screen readers announce an
 * unnamed checkbox. This puts each checkbox and the text after it in a
 * `<label>`, which names the checkbox with the task.
 *
 * @example
 *   `- [x] 写好正文` →
 *   `<li class="task-list-item"><label><input type="checkbox" checked disabled> 写好正文</label></li>`
 */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (isOpaque(node)) return SKIP;
      const start = node.children.findIndex(isCheckbox);
      if (start === -1 || node.tagName === 'label') return;
      let end = start + 1;
      while (end < node.children.length) {
        const child = node.children[end] as ElementContent;
        if (child.type === 'element' && BLOCKS.has(child.tagName)) break;
        end += 1;
      }
      node.children.splice(start, end - start, h('label', node.children.slice(start, end)));
    });
  };
}
