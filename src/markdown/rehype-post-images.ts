import type { Element, ElementContent, Parents, Root } from 'hast';
import { h } from 'hastscript';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';

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

/** Astro's Markdown pipeline replaces this attribute with the optimized image's attributes (`src`, `srcset`, `width`…). */
const PLACEHOLDER = '__ASTRO_IMAGE_';

interface Found {
  img: Element;
  parent: Parents;
  grandParent?: Parents;
  linked: boolean;
}

function findImages(tree: Root): Found[] {
  const found: Found[] = [];
  visitParents(tree, 'element', (node, ancestors) => {
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
 * `remarkPostImages`) becomes a `<picture>` with AVIF and WebP sources whose
 * `srcset`s Astro's image service fills in, linked to its full-size original; in
 * MDX, where Astro renders images as components, a responsive WebP `<img>`.
 * Every image but the first loads lazily. An image with a title becomes a
 * `<figure>` captioned with it.
 *
 * @example
 *   `<p><img src="./images/a.png" alt="A" title="图 1" data-original="/blogs/images/a.png"></p>` →
 *   `<figure><a class="image-link" href="/blogs/images/a.png"><picture><source type="image/avif" sizes="…" __ASTRO_IMAGE_="{…}">…<img alt="A" __ASTRO_IMAGE_="{…}"></picture></a><figcaption>图 1</figcaption></figure>`
 */
export function rehypePostImages(options: RehypePostImagesOptions = {}) {
  const widths = options.widths ?? [480, 800, 1200, 1600, 2400];
  const sizes = options.sizes ?? '(min-width: 46rem) 42rem, 100vw';
  const formats = options.formats ?? ['avif', 'webp'];
  const fallback = options.fallback ?? 'webp';

  return (tree: Root, file: VFile) => {
    const mdx = file.path?.endsWith('.mdx') ?? false;
    const occurrences = new Map<string, number>();
    /** Each placeholder of one source needs its own index. */
    const placeholder = (src: string, props: Record<string, unknown>) => {
      const index = occurrences.get(src) ?? 0;
      occurrences.set(src, index + 1);
      return JSON.stringify({ src, ...props, index });
    };

    const optimized = (img: Element, src: string, loading: Record<string, string>): Element => {
      const { alt } = img.properties;
      if (mdx) return h('img', { src, alt, widths: widths.join(' '), sizes, ...loading });
      return h('picture', [
        ...formats.map((format) =>
          h('source', { type: `image/${format}`, sizes, [PLACEHOLDER]: placeholder(src, { format, widths }) }),
        ),
        h('img', { alt, [PLACEHOLDER]: placeholder(src, { format: fallback, ...loading }) }),
      ]);
    };

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
      let replacement: Element = img;
      if (typeof original === 'string' && typeof src === 'string') {
        replacement = optimized(img, decodeURI(src), loading);
        if (!linked) replacement = h('a.image-link', { href: original }, [replacement]);
      } else {
        Object.assign(img.properties, loading);
      }
      parent.children.splice(parent.children.indexOf(img), 1, replacement);
      if (caption === undefined || !container) continue;
      const figure = h('figure.figure', [holder === img ? replacement : holder, h('figcaption', caption)]);
      Object.assign(container, { tagName: figure.tagName, properties: figure.properties, children: figure.children });
    }
  };
}
