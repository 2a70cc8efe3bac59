import type { Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from '../lib/visit.ts';

/** An inline comment, `%%…%%`, within one run of text. */
const INLINE = /%%[\s\S]*?%%/gu;

/** Takes the comments out of a run of inline content: each from a `%%` in a text node to the next in one. */
function dropInlineComments(children: PhrasingContent[]) {
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index]!;
    if (node.type !== 'text') continue;
    node.value = node.value.replace(INLINE, '');
    const open = node.value.indexOf('%%');
    if (open === -1) continue;
    const after = children.slice(index + 1).findIndex((child) => child.type === 'text' && child.value.includes('%%'));
    // Never closed: left as text.
    if (after === -1) continue;
    const last = index + 1 + after;
    const end = children[last] as Text;
    node.value = node.value.slice(0, open);
    end.value = end.value.slice(end.value.indexOf('%%') + 2);
    children.splice(index + 1, last - index - 1);
  }
  // What was only a comment leaves nothing.
  for (let index = children.length - 1; index >= 0; index -= 1) {
    const node = children[index]!;
    if (node.type === 'text' && node.value === '') children.splice(index, 1);
  }
}

/**
 * Leaves Obsidian's comments out of the page, as Obsidian leaves them out of its reading view: `%%…%%` in text, and a
 * comment over whole blocks, from a paragraph that starts with `%%` to the block that ends with the next `%%`, whatever
 * Markdown is between (a heading, a list, an image). An author's private notes are not published: not on the page,
 * not in the feeds or the search index, and the content check does not read them (the images and links in them are not
 * checked). Code shows `%%` as written; a `%%` never closed is left as text.
 *
 * @example
 *   `公开的文字 %%私人的备注%% 继续。` → `公开的文字  继续。`
 *   `%%\n草稿：\n\n## 待写\n%%` → (nothing)
 */
export function remarkComments() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? '');
    // Most posts have none: their trees need no walk.
    if (!source.includes('%%')) return;
    const offsetOf = (node: RootContent | undefined, end: boolean) =>
      (end ? node?.position?.end.offset : node?.position?.start.offset) ?? -1;
    // Comments over whole blocks first, found in the file's text: their `%%` may be in different blocks.
    visit(tree, (node) => {
      if (!('children' in node) || node.type === 'paragraph') return;
      const children = (node as Parent).children;
      for (let index = 0; index < children.length; index += 1) {
        const first = children[index];
        const start = offsetOf(first, false);
        if (first?.type !== 'paragraph' || !source.startsWith('%%', start)) continue;
        const close = source.indexOf('%%', start + 2);
        // The closing must end this paragraph or a later block of the same container.
        let last = index;
        while (last < children.length && offsetOf(children[last], true) < close + 2) last += 1;
        if (close === -1 || offsetOf(children[last], true) !== close + 2) continue;
        // On from the block after it, now at `index`.
        children.splice(index, last - index + 1);
        index -= 1;
      }
    });
    // Then comments within a paragraph, which may hold emphasis, links or code.
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const children = node.children as PhrasingContent[];
      if (children.some((child) => child.type === 'text' && child.value.includes('%%'))) dropInlineComments(children);
    });
  };
}
