import type { Root } from 'mdast';
import { visit } from '../lib/visit.ts';

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
      if ('value' in node && typeof node.value === 'string' && node.value.includes('\r')) {
        node.value = node.value.replace(/\r\n?/gu, '\n');
      }
    });
  };
}
