import type { Heading, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { visit } from '../lib/visit.ts';

/** `{#id}` at the end of a heading's text: the id, without spaces or braces. */
const CUSTOM_ID = /[ \t]*\{#([^\s{}#]+)\}[ \t]*$/u;

/** The id a heading was given with `{#id}` (`remarkHeadingCustomIds`), if any. */
export function customHeadingId(heading: Heading): string | undefined {
  const id = heading.data?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Reads a heading's own id written after its text, `## 安装 {#install}`, as VitePress, Hugo, Jekyll (kramdown),
 * Pandoc and Docusaurus do: the `{#id}` leaves the text and becomes the heading's `id`, which `rehypeHeadingIds` keeps
 * and links can name (`#install`). Only plain text ending the heading counts, so `{#id}` in inline code stays text.
 * In the syntax plugins, so the content check knows the ids links point at.
 *
 * @example
 *   `## 使用自定义锚点 {#my-anchor}` → `<h2 id="my-anchor">使用自定义锚点</h2>`
 */
export function remarkHeadingCustomIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (node) => {
      const last = node.children.at(-1);
      if (last?.type !== 'text') return;
      const match = CUSTOM_ID.exec(last.value);
      if (!match?.[1]) return;
      last.value = last.value.slice(0, match.index);
      if (last.value === '') node.children.pop();
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1] } };
    });
  };
}
