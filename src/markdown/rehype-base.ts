import type { Properties, Root } from 'hast';
import { underBase } from '../lib/urls.ts';
import { SKIP, visit } from '../lib/visit.ts';
import { isOpaque } from './opaque.ts';

export interface RehypeBaseOptions {
  /** The path the site is served under (`basePath` of its URL): `/blog/`. Default: `/`, which changes nothing. */
  base?: string;
}

/** The attributes that hold one URL, by their HTML names (hast's property names are the same). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'action', 'data']);

/** A URL attribute in a start tag of raw HTML, `srcset` too: its name in group 2, its value in group 3 or 4. */
const RAW_ATTRIBUTE = /(\s(href|src|srcset|poster|cite|action|data)\s*=\s*)(?:"([^"]*)"|'([^']*)')/giu;

/** A start tag of raw HTML, quoted values and all. */
const RAW_START_TAG = /<[a-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/giu;

/** A `srcset`'s candidates (`a.png 1x, b.png 2x`), each URL under the base. */
function srcsetUnderBase(base: string, srcset: string): string {
  return srcset
    .split(/,(?=\s)/u)
    .map((candidate) =>
      candidate.replace(/^(\s*)(\S+)/u, (_, space: string, url: string) => space + underBase(base, url)),
    )
    .join(',');
}

/** An attribute's value under the base, by its name (any case). */
const valueUnderBase = (base: string, name: string, value: string) =>
  name.toLowerCase() === 'srcset' ? srcsetUnderBase(base, value) : underBase(base, value);

/** Raw HTML with the URLs of its start tags' attributes under the base. */
function rawUnderBase(base: string, html: string): string {
  return html.replace(RAW_START_TAG, (tag) =>
    tag.replace(RAW_ATTRIBUTE, (_, before: string, name: string, double?: string, single?: string) => {
      const quote = double === undefined ? "'" : '"';
      return `${before}${quote}${valueUnderBase(base, name, double ?? single ?? '')}${quote}`;
    }),
  );
}

function propertiesUnderBase(base: string, properties: Properties): void {
  for (const name of URL_ATTRIBUTES) {
    const value = properties[name];
    if (typeof value === 'string') properties[name] = underBase(base, value);
  }
  const srcset = properties.srcSet;
  if (typeof srcset === 'string' || Array.isArray(srcset)) {
    properties.srcSet = srcsetUnderBase(base, Array.isArray(srcset) ? srcset.join(', ') : srcset);
  }
}

/** An MDX element of HTML's (`<video src="/a.mp4">`, not a component's), with attributes written as text. */
interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

/**
 * Puts a post's links and images from the site's root (`/blogs/a/`, `/blogs/images/gpt1.png`, and those Inkstone's
 * own plugins write so) under the path the site is served under, as a GitHub Pages project site is
 * (`https://me.github.io/blog/`): `/blog/blogs/a/`. Authors write them from the site's root, wherever the site is
 * served. The URLs of raw HTML's and MDX's HTML elements too (`href`, `src`, `srcset`, `poster`). Other sites' URLs,
 * relative ones, anchors, formulas and code are left as they are; so is everything when the base is `/`.
 *
 * @example
 *   `[另一篇](/blogs/a/)`, base `/blog/` → `<a href="/blog/blogs/a/">另一篇</a>`
 *   `<img src="/blogs/images/a.gif" width="300">` → `<img src="/blog/blogs/images/a.gif" width="300">`
 */
export function rehypeBase(options: RehypeBaseOptions = {}) {
  const base = options.base ?? '/';
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, (node) => {
      if (node.type === 'raw') node.value = rawUnderBase(base, node.value);
      if (node.type === 'element') {
        if (isOpaque(node)) return SKIP;
        propertiesUnderBase(base, node.properties);
      }
      const jsx = node as unknown as MdxJsxElement;
      if ((jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') && /^[a-z]+$/u.test(jsx.name ?? '')) {
        for (const attribute of jsx.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !attribute.name) continue;
          if (URL_ATTRIBUTES.has(attribute.name) || attribute.name.toLowerCase() === 'srcset') {
            attribute.value = valueUnderBase(base, attribute.name, attribute.value);
          }
        }
      }
      return undefined;
    });
  };
}
