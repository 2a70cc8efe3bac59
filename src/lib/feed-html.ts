import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

/** Elements that only work on the page itself: scripts, styles, buttons (copy code), templates. */
const PAGE_ONLY = new Set(['script', 'style', 'button', 'template', 'noscript']);

/** Attributes holding one URL. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const;

function absolute(value: string, base: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** `a.png 1x, /b.png 2x` with each URL made absolute. */
function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/u);
      return [absolute(url, base), ...descriptors].join(' ');
    })
    .join(', ');
}

function rewrite(element: Element, base: string) {
  const { properties } = element;
  for (const name of URL_ATTRIBUTES) {
    const value = properties[name];
    if (typeof value === 'string') properties[name] = absolute(value, base);
  }
  for (const name of ['srcSet', 'imageSrcSet'] as const) {
    const value = properties[name];
    // hast keeps a srcset as its list of candidates; `String()` joins them back with commas.
    if (typeof value === 'string' || Array.isArray(value)) properties[name] = absoluteSrcset(String(value), base);
  }
}

/**
 * A post's rendered HTML as a feed reader needs it: every link and image
 * absolute (relative to `pageUrl`) and nothing that only works on the site.
 *
 * @example
 *   feedHtml('<img src="/_astro/a.webp"><button>Copy</button>', 'https://example.com/blogs/a/')
 *   === '<img src="https://example.com/_astro/a.webp">'
 */
export function feedHtml(html: string, pageUrl: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node, index, parent) => {
    if (PAGE_ONLY.has(node.tagName) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    rewrite(node, pageUrl);
    return undefined;
  });
  return toHtml(tree);
}
