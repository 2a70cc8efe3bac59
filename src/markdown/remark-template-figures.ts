import type { Image, Link, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { shortcodeParameters } from '../lib/content-check/template-tags.ts';
import { forEachBlockChild } from './block-children.ts';

/**
 * A paragraph that is one Hugo figure shortcode, `{{< figure src="…" … >}}` on one line or more; its parameters in
 * group 1.
 */
const FIGURE = /^\s*\{\{[<%]\s*figure\s+([^]*?)\s*\/?[>%]\}\}\s*$/u;

/**
 * The text of a figure shortcode starting at `children[index]`, and how many nodes it spans. Written over several
 * lines with `>}}` on a line of its own, as Hugo's themes document it, the closing starts a blockquote in Markdown.
 */
function shortcodeText(children: RootContent[], index: number): [string, number] | undefined {
  const node = children[index];
  if (node?.type !== 'paragraph') return undefined;
  const text = toString(node);
  if (!/^\s*\{\{[<%]\s*figure\s/u.test(text)) return undefined;
  const next = children[index + 1];
  if (!/[>%]\}\}\s*$/u.test(text) && next?.type === 'blockquote' && toString(next).trim() === '}}') {
    return [`${text}\n>}}`, 2];
  }
  return [text, 1];
}

/**
 * Reads Hugo's figure shortcode, a paragraph of `{{< figure src="images/a.png" alt="…" caption="图 1" >}}`, into the
 * image Markdown writes as `![…](images/a.png "图 1")`, which the site serves as a figure captioned with its title
 * (`rehypePostImages`), checked and optimized as any other image. `caption` (else `title`) captions it, `alt` describes
 * it, `link` wraps it in a link. A figure without `src` stays text (and the content check warns of it).
 *
 * @example
 *   `{{< figure src="images/a.png" alt="流程" caption="图 1" >}}` → `![流程](images/a.png "图 1")`
 */
export function remarkTemplateFigures() {
  return (tree: Root) => forEachBlockChild(tree, replaceFigure);
}

/** Replaces the figure shortcode starting at `index` of `parent`, if there is one with a `src`, by its image. */
function replaceFigure(parent: Parent, index: number) {
  const children = parent.children as RootContent[];
  const found = shortcodeText(children, index);
  const match = found && FIGURE.exec(found[0]);
  if (!found || !match) return;
  const { named } = shortcodeParameters(match[1] ?? '');
  const src = named.get('src');
  if (!src) return;
  const [first, last] = [children[index]!, children[index + found[1] - 1]!];
  const position = first.position && { start: first.position.start, end: (last.position ?? first.position).end };
  const image: Image = {
    type: 'image',
    url: src,
    alt: named.get('alt') ?? '',
    title: named.get('caption') ?? named.get('title') ?? null,
    position,
  };
  const link = named.get('link');
  const content = link ? ({ type: 'link', url: link, children: [image] } satisfies Link) : image;
  children.splice(index, found[1], { type: 'paragraph', children: [content], position });
}
