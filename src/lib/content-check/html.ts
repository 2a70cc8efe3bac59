import { Parser } from 'htmlparser2';

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
  /** Where the page sends readers at once (`<meta http-equiv="refresh" content="0;url=…">`), as an alias's page does. */
  redirect?: string;
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
export const PAGE_FACTS_VERSION = '3';

/** The 1-based line of each offset of `text`, by binary search over the starts of its lines. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/**
 * Reads the ids and the URLs of one built HTML page. A streaming tokenizer (htmlparser2) is enough: only start tags
 * and their attributes matter, and a whole-tree parse of a thousand pages of KaTeX and Shiki spans took seconds.
 */
export function readPage(html: string): PageFacts {
  const ids = new Set<string>();
  const refs: PageRef[] = [];
  let redirect: string | undefined;
  const lineAt = lineFinder(html);
  const parser = new Parser({
    onopentag(tagName, attributes) {
      const { id, name } = attributes;
      if (id) ids.add(id);
      if (tagName === 'a' && name) ids.add(name);
      if (tagName === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') {
        redirect = /^\s*0\s*;\s*url\s*=\s*(\S+)/iu.exec(attributes.content ?? '')?.[1] ?? redirect;
      }
      const attribute = URL_ATTRIBUTES[tagName];
      const url = attribute && attributes[attribute.property];
      if (url) refs.push({ url, kind: attribute.kind, line: lineAt(parser.startIndex) });
    },
  });
  parser.end(html);
  return { ids: [...ids], refs, ...(redirect !== undefined && { redirect }) };
}
