/** A heading as Astro reports it from a rendered post. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
  /** Its content as HTML, KaTeX's markup included, when it contains math (`rehypeHeadingHtml`). */
  html?: string;
}

/** One entry of the table of contents, with the entries of the level below it. */
export interface TocEntry {
  slug: string;
  /** The heading's text, math as its TeX. */
  text: string;
  /** The heading's content as HTML, for a heading with math: shown instead of `text`. */
  html?: string;
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
    const entry: TocEntry = { slug: heading.slug, text: heading.text.trim(), children: [] };
    if (heading.html !== undefined) entry.html = heading.html;
    (heading.depth > min && top ? top.children : entries).push(entry);
    if (heading.depth === min) top = entry;
  }
  return entries;
}

/** A record from the frontmatter, or an empty one when the field is absent or not an object. */
function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/**
 * `headings` with what the rendered post's `frontmatter` kept of them, by slug, where there is something: the text
 * each had as written (`headingTexts`, from `rehypeHeadingTexts`), math as its TeX rather than the text of KaTeX's
 * markup, and the HTML of those with math (`headingHtml`, from `rehypeHeadingHtml`).
 */
export function headingsAsWritten(headings: readonly Heading[], frontmatter: Record<string, unknown>): Heading[] {
  const texts = record(frontmatter.headingTexts);
  const html = record(frontmatter.headingHtml);
  return headings.map((heading) => {
    const text = texts[heading.slug];
    const markup = html[heading.slug];
    return {
      ...heading,
      ...(typeof text === 'string' && { text }),
      ...(typeof markup === 'string' && { html: markup }),
    };
  });
}
