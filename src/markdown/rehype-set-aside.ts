import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from '../lib/visit.ts';
import type { VFile } from 'vfile';
import { isOpaque } from './opaque.ts';

export interface RehypeSetAsideOptions {
  /**
   * Receives the HTML of each element set aside, under the value of its placeholder's marker; `putBack` reads it from
   * there. One store per render: the renderer clears it before each post.
   */
  store: Map<string, string>;
}

/** The attribute of a placeholder. A post whose source contains it is left alone, so an author cannot forge one. */
const MARKER = 'data-inkstone-aside';

/** A placeholder as rehype-stringify writes it: no other attribute, no content. */
const PLACEHOLDER = /<(span|pre) data-inkstone-aside="(\d+)"><\/\1>/gu;

/**
 * Sets aside KaTeX's output and code blocks (`isOpaque`) as HTML, leaving in their place an empty element of the same
 * name that `putBack` replaces with that HTML once the post is a string.
 *
 * Astro ends its pipeline with rehype-raw, which passes the whole tree through parse5 again (about 4 ms of a 30 ms
 * post with math and code), then rehype-stringify. What is set aside skips parse5 and is written now instead, with
 * the same `hast-util-to-html` and options as Astro's rehype-stringify. The bytes are the same because parse5 leaves
 * these subtrees as they are: KaTeX's markup came out of parse5 (rehype-katex parses KaTeX's HTML), a code block is
 * `<pre><code>` and spans, and the placeholder keeps the element's name, which is all its surroundings are parsed
 * by. A `<pre>` whose content starts with a line break is kept (parse5 drops that break); so is everything in a
 * heading, whose text Astro collects after this plugin. Use it last, only where the rendered HTML passes through
 * `putBack` (the posts loader's render workers); the tests compare it with Astro's renderer on every fixture.
 *
 * @example
 * const store = new Map<string, string>();
 * const renderer = await unified({ rehypePlugins: [...plugins, [rehypeSetAside, { store }]] }).createRenderer(shared);
 * store.clear();
 * const html = putBack((await renderer.render(body)).code, store);
 */
export function rehypeSetAside({ store }: RehypeSetAsideOptions) {
  return (tree: Root, file: VFile) => {
    if (namesMarker(file)) return;
    visit(tree, 'element', (node, index, parent) => {
      if (headingRank(node)) return SKIP;
      if (!isOpaque(node) || !parent || index === undefined) return;
      const first = node.children[0];
      if (node.tagName === 'pre' && first?.type === 'text' && first.value.startsWith('\n')) return SKIP;
      parent.children[index] = placeholder(store, node.tagName, asideHtml(node));
      return SKIP;
    });
  };
}

/** Whether the post's source contains the placeholders' marker: then nothing of it may be set aside. */
export const namesMarker = (file: VFile) => String(file.value).includes(MARKER);

/** The HTML of an element set aside: as Astro's rehype-stringify would write it. */
export const asideHtml = (node: Element) => toHtml(node, { allowDangerousHtml: true });

/** Keeps `html` in `store` and returns the empty `tagName` element that `putBack` replaces with it. */
export function placeholder(store: Map<string, string>, tagName: string, html: string): Element {
  const key = String(store.size);
  store.set(key, html);
  return { type: 'element', tagName, properties: { dataInkstoneAside: key }, children: [] };
}

/** Replaces each placeholder of `rehypeSetAside` in `html` with the HTML it stands for. */
export function putBack(html: string, store: ReadonlyMap<string, string>): string {
  if (store.size === 0) return html;
  return html.replace(PLACEHOLDER, (placeholder, _name: string, key: string) => store.get(key) ?? placeholder);
}
