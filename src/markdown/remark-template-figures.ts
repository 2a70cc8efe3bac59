import type { Image, Link, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { shortcodeParameters, tagArguments } from '../lib/content-check/template-tags.ts';
import { SKIP, visit } from '../lib/visit.ts';
import { forEachBlockChild } from './block-children.ts';
import { splitText } from './inline-lines.ts';

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
 * Hexo's post asset image, a paragraph of `{% asset_img diagram.png "标题" "描述" %}`, is read the same way, into
 * `![描述](./diagram.png "标题")`: the file beside the post, or in the folder named after it, Hexo's asset folder
 * (`resolveFileUrl`). Class names before the file and a width and height after it are left out; a title alone is
 * written unquoted or quoted. One inside a sentence is that image in the sentence (its title, no caption).
 *
 * @example
 *   `{{< figure src="images/a.png" alt="流程" caption="图 1" >}}` → `![流程](images/a.png "图 1")`
 *   `{% asset_img generate-console.png 生成时间 %}` → `![](./generate-console.png "生成时间")`
 */
export function remarkTemplateFigures() {
  return (tree: Root, file: VFile) => {
    forEachBlockChild(tree, replaceFigure);
    // Most posts have no asset image: their trees need no walk.
    if (!String(file.value ?? '').includes('asset_img')) return;
    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('asset_img')) return;
      const parts = splitText(node, INLINE_ASSET_IMG, (match) => assetImage(match[1] ?? ''));
      if (!parts) return;
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}

/** A paragraph that is one Hexo asset image, `{% asset_img … %}`; its arguments in group 1. */
const ASSET_IMG = /^\s*\{%-?\s*asset_img\s+([^%]*?)\s*-?%\}\s*$/u;

/** A Hexo asset image inside a sentence; its arguments in group 1. */
const INLINE_ASSET_IMG = /\{%-?[ \t]*asset_img[ \t]+([^%\n]*?)[ \t]*-?%\}/gu;

/** The image of Hexo's `asset_img` arguments, `[class names] file [width] [height] [title [alt]]`, if it names a file. */
function assetImage(argumentsText: string): Image | undefined {
  const found = tagArguments(argumentsText);
  const at = found.findIndex(({ text }) => /\.\w+$/u.test(text));
  if (at === -1) return undefined;
  let rest = found.slice(at + 1);
  while (rest.length > 0 && /^\d+(?:px|%)?$/u.test(rest[0]!.text)) rest = rest.slice(1);
  const [title, alt] = rest[0]?.quoted ? [rest[0].text, rest[1]?.text] : [rest.map(({ text }) => text).join(' ')];
  return { type: 'image', url: `./${encodeURI(found[at]!.text)}`, alt: alt ?? '', title: title || null };
}

/** Replaces the figure shortcode (with a `src`) or the asset image starting at `index` of `parent` by its image. */
function replaceFigure(parent: Parent, index: number) {
  const children = parent.children as RootContent[];
  const node = children[index];
  const asset =
    node?.type === 'paragraph' &&
    node.children.every((child) => child.type === 'text') &&
    ASSET_IMG.exec(toString(node));
  const fromAsset = asset ? assetImage(asset[1] ?? '') : undefined;
  if (fromAsset) {
    fromAsset.position = node!.position;
    children.splice(index, 1, { type: 'paragraph', children: [fromAsset], position: node!.position });
    return;
  }
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
