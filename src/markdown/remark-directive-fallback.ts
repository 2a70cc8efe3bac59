import type { Root } from 'mdast';
import type { LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from '../lib/visit.ts';
import type { VFile } from 'vfile';

export interface RemarkDirectiveFallbackOptions {
  /** Text and leaf directive names another plugin renders; they are left alone. Default: none. */
  keep?: readonly string[];
}

/** The directive exactly as the author typed it, or rebuilt when the source is not at hand. */
function original(node: TextDirective | LeafDirective, file: VFile): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined && file.value !== undefined) return String(file).slice(start, end);
  const marker = node.type === 'textDirective' ? ':' : '::';
  const label = node.children.length > 0 ? `[${toString(node)}]` : '';
  return `${marker}${node.name}${label}`;
}

/**
 * `remark-directive` reads any `:name` in prose as a directive, so `时间:10点` or
 * `1:2` would lose their text. Every text or leaf directive no plugin renders is
 * turned back into the text it was written as.
 *
 * @example
 *   `会议时间:10点，比例 1:2` → `<p>会议时间:10点，比例 1:2</p>`
 */
export function remarkDirectiveFallback(options: RemarkDirectiveFallbackOptions = {}) {
  const keep = new Set(options.keep ?? []);
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'textDirective' && node.type !== 'leafDirective') return;
      if (keep.has(node.name) || !parent || index === undefined) return;
      const text = { type: 'text' as const, value: original(node, file), position: node.position };
      const replacement = node.type === 'textDirective' ? text : { type: 'paragraph' as const, children: [text] };
      parent.children.splice(index, 1, replacement as (typeof parent.children)[number]);
      return [SKIP, index + 1];
    });
  };
}
