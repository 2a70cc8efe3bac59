import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** A URL in a built page. */
export interface PageRef {
  url: string;
  /** `link`, `image`, `resource` (`<link href>`), `script`. */
  kind: string;
  /** Line in the HTML file. */
  line: number;
}

/** What the link check needs from one built page. */
export interface PageFacts {
  /** Every `id` and `<a name>`: the page's fragment targets. */
  ids: string[];
  refs: PageRef[];
}

/** URL attributes checked, by element: `rel=canonical` and the like point at absolute URLs and are skipped. */
const URL_ATTRIBUTES: Record<string, { property: string; kind: string }> = {
  a: { property: 'href', kind: 'link' },
  img: { property: 'src', kind: 'image' },
  source: { property: 'src', kind: 'image' },
  script: { property: 'src', kind: 'script' },
  link: { property: 'href', kind: 'resource' },
};

/** Changes whenever what `readPage` returns could change, so cached facts are not reused. */
export const PAGE_FACTS_VERSION = '1';

/** Reads the ids and the URLs of one built HTML page. */
export function readPage(html: string): PageFacts {
  const tree: Root = fromHtml(html);
  const ids = new Set<string>();
  const refs: PageRef[] = [];
  visit(tree, 'element', (node: Element) => {
    const { id, name } = node.properties;
    if (typeof id === 'string' && id !== '') ids.add(id);
    if (node.tagName === 'a' && typeof name === 'string' && name !== '') ids.add(name);
    const attribute = URL_ATTRIBUTES[node.tagName];
    const url = attribute && node.properties[attribute.property];
    if (typeof url === 'string' && url !== '')
      refs.push({ url, kind: attribute!.kind, line: node.position?.start.line ?? 1 });
  });
  return { ids: [...ids], refs };
}
