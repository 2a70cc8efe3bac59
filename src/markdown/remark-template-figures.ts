import type { Image, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from '../lib/visit.ts';
import { shortcodeParameters } from './remark-template-callouts.ts';

/** A paragraph that is one Hugo figure shortcode: `{{< figure src="…" … >}}`, its parameters in group 1. */
const FIGURE = /^\s*\{\{[<%]\s*figure\s+([^\n]*?)\s*\/?[>%]\}\}\s*$/u;

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
  return (tree: Root) => {
    visit(tree, 'paragraph', (node) => {
      const match = FIGURE.exec(toString(node));
      if (!match) return;
      const { named } = shortcodeParameters(match[1] ?? '');
      const src = named.get('src');
      if (!src) return;
      const image: Image = {
        type: 'image',
        url: src,
        alt: named.get('alt') ?? '',
        title: named.get('caption') ?? named.get('title') ?? null,
        position: node.position,
      };
      const link = named.get('link');
      node.children = [link ? ({ type: 'link', url: link, children: [image] } satisfies Link) : image];
    });
  };
}
