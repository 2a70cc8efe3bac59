import type { Element, ElementContent, Parents, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visitParents } from '../lib/visit.ts';
import { isOpaque } from './opaque.ts';
import type { VFile } from 'vfile';
import { markdownPictures } from './markdown-picture.ts';
import { mdxPictures } from './mdx-picture.ts';

export interface RehypePostImagesOptions {
  /** Widths of the `srcset`, in pixels; those wider than the original give way to the original. Default: 480, 800, 1200, 1600, 2400. */
  widths?: number[];
  /** The `sizes` attribute: how wide images show. Default: `(min-width: 46rem) 42rem, 100vw` (the text column). */
  sizes?: string;
  /** Formats offered as `<source>`s, best first. Default: `avif`, `webp`. */
  formats?: string[];
  /** Format of the `<img>` inside, at full size: the same file as the widest WebP source. Default: `webp`. */
  fallback?: string;
}

interface Found {
  img: Element;
  parent: Parents;
  grandParent?: Parents;
  linked: boolean;
}

function findImages(tree: Root): Found[] {
  const found: Found[] = [];
  visitParents(tree, 'element', (node, ancestors) => {
    if (isOpaque(node)) return SKIP;
    const parent = ancestors.at(-1);
    if (node.tagName !== 'img' || !parent || (parent.type === 'element' && parent.tagName === 'picture')) return;
    const linked = ancestors.some((a) => a.type === 'element' && a.tagName === 'a');
    found.push({ img: node, parent, grandParent: ancestors.at(-2), linked });
  });
  return found;
}

/** `<p>` holding nothing but the image (and maybe its link): it can become a `<figure>`. */
function isAlone(paragraph: Parents, image: ElementContent): boolean {
  if (paragraph.type !== 'element' || paragraph.tagName !== 'p') return false;
  const content = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return content.length === 1 && content[0] === image;
}

/**
 * Serves post images responsively. A local image (marked `data-original` by
 * `remarkPostImages`) becomes a `<picture>` with AVIF and WebP sources in
 * several widths, made by Astro's image service (through placeholders in
 * Markdown, through its `<Picture>` component in MDX), and links to its
 * full-size original; a local image served as it is (GIF, SVG) links to its
 * file when it is alone in its paragraph. Every image but the first loads
 * lazily. An image with a title becomes a `<figure>` captioned with it.
 *
 * @example
 *   `<p><img src="./images/a.png" alt="A" title="图 1" data-original="/blogs/images/a.png"></p>` →
 *   `<figure><a class="image-link" href="/blogs/images/a.png"><picture><source type="image/avif" sizes="…" __ASTRO_IMAGE_="{…}">…<img alt="A" __ASTRO_IMAGE_="{…}"></picture></a><figcaption>图 1</figcaption></figure>`
 *   `<p><img src="/blogs/images/b.svg" alt="B" width="800" height="450"></p>` →
 *   `<p><a class="image-link" href="/blogs/images/b.svg"><img src="/blogs/images/b.svg" alt="B" width="800" height="450" loading="eager" …></a></p>`
 */
export function rehypePostImages(options: RehypePostImagesOptions = {}) {
  const widths = options.widths ?? [480, 800, 1200, 1600, 2400];
  const sizes = options.sizes ?? '(min-width: 46rem) 42rem, 100vw';
  const formats = options.formats ?? ['avif', 'webp'];
  const fallback = options.fallback ?? 'webp';

  return (tree: Root, file: VFile) => {
    const pictures = file.path?.endsWith('.mdx') ? mdxPictures() : markdownPictures();
    const props = { formats, fallback, widths, sizes };

    for (const [position, { img, parent, grandParent, linked }] of findImages(tree).entries()) {
      const loading: Record<string, string> =
        position === 0
          ? { loading: 'eager', decoding: 'auto', fetchpriority: 'high' }
          : { loading: 'lazy', decoding: 'async' };
      const { dataOriginal: original, title, src } = img.properties;
      delete img.properties.dataOriginal;
      // The image, or the link the author put around it, is what a figure would hold.
      const holder = linked && parent.type === 'element' && parent.tagName === 'a' ? parent : img;
      const container = holder === img ? parent : grandParent;
      const caption = typeof title === 'string' && container && isAlone(container, holder) ? title : undefined;
      if (caption !== undefined) delete img.properties.title;
      let replacement: ElementContent = img;
      if (typeof original === 'string' && typeof src === 'string') {
        const picture = pictures.picture(decodeURI(src), { ...props, alt: String(img.properties.alt ?? ''), loading });
        replacement = linked ? picture : h('a.image-link', { href: original }, [picture]);
      } else {
        Object.assign(img.properties, loading);
        // A local image served as it is (GIF, SVG) alone in its paragraph: it leads to its file, which the image
        // viewer opens larger. One in a line of text stays in the line.
        const local = typeof src === 'string' && src.startsWith('/');
        if (local && !linked && isAlone(parent, img)) replacement = h('a.image-link', { href: src }, [img]);
      }
      parent.children.splice(parent.children.indexOf(img), 1, replacement);
      if (caption === undefined || !container) continue;
      const figure = h('figure.figure', [holder === img ? replacement : holder, h('figcaption', caption)]);
      Object.assign(container, { tagName: figure.tagName, properties: figure.properties, children: figure.children });
    }
    tree.children.unshift(...pictures.imports());
  };
}
