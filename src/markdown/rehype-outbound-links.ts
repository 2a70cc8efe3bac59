import type { Element } from 'hast';
import rehypeExternalLinks from 'rehype-external-links';

export interface RehypeOutboundLinksOptions {
  /** The site's own origin (`https://example.com/`): absolute links to it are internal. Default: none. */
  site?: string;
}

/**
 * Marks links to other sites: `rel="noopener noreferrer"` and the
 * `external-link` class, which the stylesheet draws as a small arrow. Relative,
 * fragment and same-site links are left as they are.
 *
 * @example
 *   `[KaTeX](https://katex.org)` → `<a href="https://katex.org" class="external-link" rel="noopener noreferrer">KaTeX</a>`
 */
export function rehypeOutboundLinks(options: RehypeOutboundLinksOptions = {}) {
  const origin = options.site ? new URL(options.site).origin : undefined;
  return rehypeExternalLinks({
    rel: ['noopener', 'noreferrer'],
    properties: { className: ['external-link'] },
    test: (node: Element) =>
      !origin || !URL.canParse(String(node.properties.href)) || new URL(String(node.properties.href)).origin !== origin,
  });
}
