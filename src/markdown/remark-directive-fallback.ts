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
 * turned back into the text it was written as, joined to the text around it, so
 * later plugins read `:tada:` as one text.
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
      if (node.type === 'leafDirective') {
        parent.children.splice(index, 1, { type: 'paragraph', children: [text] } as (typeof parent.children)[number]);
        return [SKIP, index + 1];
      }
      const before = parent.children[index - 1];
      const after = parent.children[index + 1];
      let start = index;
      let end = index + 1;
      if (before?.type === 'text') {
        text.value = before.value + text.value;
        text.position = before.position && node.position && { start: before.position.start, end: node.position.end };
        start -= 1;
      }
      if (after?.type === 'text') {
        text.value += after.value;
        text.position = text.position && after.position && { start: text.position.start, end: after.position.end };
        end += 1;
      }
      parent.children.splice(start, end - start, text as (typeof parent.children)[number]);
      return [SKIP, start + 1];
    });
  };
}
