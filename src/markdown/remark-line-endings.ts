import type { ElementContent } from 'hast';
import type { Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { visit } from '../lib/visit.ts';

const toLf = (text: string) => text.replace(/\r\n?/gu, '\n');

/** The same in HTML a plugin gave a node ahead of time. */
function hastToLf(nodes: readonly ElementContent[]): void {
  for (const node of nodes) {
    if (node.type === 'text') node.value = toLf(node.value);
    else if (node.type === 'element') hastToLf(node.children);
  }
}

/**
 * Turns CRLF and lone CR inside text, code, math and raw HTML into LF, so a
 * post saved on Windows renders byte for byte like its LF twin (Markdown
 * parsers keep the line ending inside a paragraph's text).
 *
 * @example
 *   `A paragraph\r\nwith a soft break.` → `<p>A paragraph\nwith a soft break.</p>`
 */
export function remarkLineEndings() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if ('value' in node && typeof node.value === 'string' && node.value.includes('\r')) node.value = toLf(node.value);
      // remark-math gives its nodes their HTML as it parses them (`data.hChildren`), with the formula as written.
      if (node.data?.hChildren) hastToLf(node.data.hChildren);
    });
  };
}
