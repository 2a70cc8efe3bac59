/** A heading as Astro reports it from a rendered post. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One entry of the table of contents, with the entries of the level below it. */
export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

export interface TocOptions {
  /** Shallowest heading level listed. Default: 2. */
  min?: number;
  /** Deepest heading level listed. Default: 3. */
  max?: number;
  /** Headings left out by id, such as the hidden footnotes heading. Default: `footnote-label`. */
  skip?: readonly string[];
}

/**
 * The table of contents of a post: its h2 headings, each with the h3 headings
 * under it. A deeper heading before any shallower one is listed at the top level.
 */
export function tableOfContents(headings: readonly Heading[], options: TocOptions = {}): TocEntry[] {
  const { min = 2, max = 3, skip = ['footnote-label'] } = options;
  const entries: TocEntry[] = [];
  let top: TocEntry | undefined;
  for (const heading of headings) {
    if (heading.depth < min || heading.depth > max || skip.includes(heading.slug)) continue;
    const entry = { slug: heading.slug, text: heading.text.trim(), children: [] };
    (heading.depth > min && top ? top.children : entries).push(entry);
    if (heading.depth === min) top = entry;
  }
  return entries;
}

/**
 * `headings` with the text each had as written (`texts`, by slug, from `rehypeHeadingTexts`), where there is one: math
 * as its TeX rather than the text of KaTeX's markup.
 */
export function headingsAsWritten<T extends Heading>(headings: readonly T[], texts: unknown): T[] {
  const written = typeof texts === 'object' && texts !== null ? (texts as Record<string, unknown>) : {};
  return headings.map((heading) => {
    const text = written[heading.slug];
    return typeof text === 'string' ? { ...heading, text } : heading;
  });
}
