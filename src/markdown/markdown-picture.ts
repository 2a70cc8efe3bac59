import type { ElementContent, RootContent } from 'hast';
import { h } from 'hastscript';

/** What a picture shows besides the image file; see `RehypePostImagesOptions`. */
export interface PictureProps {
  alt: string;
  /** Formats of the `<source>`s, best first. */
  formats: string[];
  /** Format of the `<img>`. */
  fallback: string;
  widths: number[];
  sizes: string;
  /** `loading`, `decoding` and `fetchpriority` of the `<img>`. */
  loading: Record<string, string>;
}

/** Astro's Markdown pipeline replaces this attribute with the optimized image's attributes (`src`, `srcset`, `width`…). */
const PLACEHOLDER = '__ASTRO_IMAGE_';

/**
 * Builds `<picture>` elements for a Markdown post: each `<source>` and the
 * `<img>` carry a placeholder that Astro fills in from its image service when
 * the page renders, as it does for the `<img>` of a plain Markdown image.
 */
export function markdownPictures() {
  const occurrences = new Map<string, number>();
  /** Every placeholder of one image needs its own index. */
  const placeholder = (src: string, props: Record<string, unknown>) => {
    const index = occurrences.get(src) ?? 0;
    occurrences.set(src, index + 1);
    return JSON.stringify({ src, ...props, index });
  };
  return {
    picture(src: string, { alt, formats, fallback, widths, sizes, loading }: PictureProps): ElementContent {
      return h('picture', [
        ...formats.map((format) =>
          h('source', { type: `image/${format}`, sizes, [PLACEHOLDER]: placeholder(src, { format, widths }) }),
        ),
        h('img', { alt, [PLACEHOLDER]: placeholder(src, { format: fallback, ...loading }) }),
      ]);
    },
    imports: (): RootContent[] => [],
  };
}
