/**
 * Ordering and display helpers for the search page, over the parts of
 * Pagefind's result data it uses. Pagefind ranks pages by their words, not by
 * phrases, so a page where `上下文学习` appears as written can rank below one
 * that only has `上下文` and `学习` apart. The page also runs the query as a
 * phrase search, whose hits (pages with the query's words in a row) go first
 * across all results; within each batch, the page's text decides, which also
 * catches the pages the phrase search misses.
 */

/** Results shown at a time, and more on request: each result's data costs one fragment request. */
export const RESULTS_PER_BATCH = 50;

/** One section of a result page: the text under one heading. */
export interface SearchSection {
  title: string;
  url: string;
  excerpt: string;
  /** Positions of the matching words in the page. */
  locations: number[];
}

/** The part of a Pagefind result (`await result.data()`) the search page uses. */
export interface SearchHit {
  url: string;
  /** The page's indexed text. */
  content: string;
  /** Text around the best match, with matches in `<mark>` and `<` `>` escaped. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SearchSection[];
}

/** Lower-cased, without white space or zero-width spaces: `DeepSeek 模型` and `deepseek模型` compare equal. */
export function normalizeForMatch(text: string): string {
  return text.toLowerCase().replace(/[\s\u200B]+/gu, '');
}

/**
 * The query as a Pagefind phrase search: in double quotes, Pagefind returns only the pages with the query's words in
 * a row, all with the same score. Quotes the reader typed are dropped, so the phrase is quoted once.
 */
export function phraseQuery(query: string): string {
  return `"${query.replaceAll('"', ' ').trim()}"`;
}

/**
 * The results the phrase search also found first, then the others, each group in the plain search's order (the
 * phrase search does not rank). A phrase hit has all the query's words, so it is always among the plain results.
 */
export function phraseMatchesFirst<T extends { id: string }>(
  results: readonly T[],
  phraseHits: readonly { id: string }[],
): T[] {
  const phrase = new Set(phraseHits.map((hit) => hit.id));
  return [...results.filter((result) => phrase.has(result.id)), ...results.filter((result) => !phrase.has(result.id))];
}

/** The hits whose text contains the whole query first, each group in Pagefind's order. */
export function exactMatchesFirst<T extends Pick<SearchHit, 'content'>>(query: string, hits: readonly T[]): T[] {
  const needle = normalizeForMatch(query);
  if (needle === '') return [...hits];
  const exact = hits.filter((hit) => normalizeForMatch(hit.content).includes(needle));
  return [...exact, ...hits.filter((hit) => !exact.includes(hit))];
}

/** The section with the most matches, if it starts at a heading of its own (its URL has an anchor). */
export function bestSection(hit: Pick<SearchHit, 'sub_results'>): SearchSection | undefined {
  let best: SearchSection | undefined;
  for (const section of hit.sub_results) {
    if (!section.url.includes('#')) continue;
    if (!best || section.locations.length > best.locations.length) best = section;
  }
  return best;
}

/** One run of excerpt text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * The `. ` Pagefind puts after a heading, a list item or a table cell that ends without a full stop, after Chinese
 * text: `架构. 预训练` reads `架构。预训练`.
 */
const BLOCK_END_AFTER_HAN = /(\p{Script=Han}(?:<\/mark>)?)\.(?: |$)/gu;

/**
 * Splits a Pagefind excerpt into plain and highlighted text, so it can be shown without `innerHTML`; where Pagefind
 * ended a block of Chinese text with `. `, the part says `。`.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const decode = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  return excerpt
    .replace(BLOCK_END_AFTER_HAN, '$1。')
    .split(/(<mark>.*?<\/mark>)/gsu)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('<mark>')
        ? { text: decode(part.slice('<mark>'.length, -'</mark>'.length)), mark: true }
        : { text: decode(part), mark: false },
    );
}

/** Where a clause ends: text directives are matched at such boundaries, and the excerpt's context is cut at them. */
const CLAUSE_END = /[\s\p{P}\p{S}]/u;

/** The longest context a text directive takes from an excerpt, in characters: enough to tell one use from another. */
const CONTEXT_CHARS = 20;

/** Text as a text directive's part: its `-`, `,` and `&` (and what a URL cannot hold) percent-encoded. */
const directivePart = (text: string) => encodeURIComponent(text).replaceAll('-', '%2D');

/**
 * A text directive (`:~:text=…`, which browsers follow by scrolling to the text and highlighting it) for the first
 * highlighted words of a section's excerpt, told apart from their other uses in the page by the words of the clause
 * before them in the excerpt (`prefix-,`) or, when they start a clause, after them (`,-suffix`). Browsers go to the
 * first match in the page, so there is no directive without such context, or when the words and their context are
 * in the section's heading (which the table of contents repeats above it): the URL's anchor leads there. Context that
 * may not be the page's text is left out: running to the excerpt's edge (Pagefind may cut a word there) or longer
 * than `CONTEXT_CHARS`. A directive the page's text does not match is ignored by the browser, which then goes to the
 * anchor.
 *
 * @example
 * textDirective({ title: '训练', excerpt: '改进输出质量。其核心<mark>训练</mark>过程' }); // → ':~:text=其核心-,训练', percent-encoded
 * textDirective({ title: '分块', excerpt: '块太大，<mark>检索</mark>不精确；' }); // → ':~:text=检索,-不精确', percent-encoded
 */
export function textDirective({ title, excerpt }: Pick<SearchSection, 'title' | 'excerpt'>): string | undefined {
  const parts = excerptParts(excerpt.replaceAll('\u200B', ''));
  const first = parts.findIndex((part) => part.mark);
  if (first === -1) return undefined;
  let last = first;
  while (parts[last + 1]?.mark || (parts[last + 1]?.text.trim() === '' && parts[last + 2]?.mark)) last++;
  const text = (from: number, to: number) =>
    parts
      .slice(from, to)
      .map((part) => part.text)
      .join('');
  const start = text(first, last + 1).trim();
  if (start === '') return undefined;
  const before = [...text(0, first).trimEnd()];
  const after = [...text(last + 1, parts.length).trimStart()];
  // The clause's words right before the highlight, if the excerpt shows where the clause starts.
  const cut = before.findLastIndex((char) => CLAUSE_END.test(char));
  const prefix = cut === -1 ? '' : before.slice(cut + 1).join('');
  // Else the clause's words right after it, if the excerpt shows where the clause ends.
  const end = after.findIndex((char) => CLAUSE_END.test(char));
  const suffix = end === -1 ? '' : after.slice(0, end).join('');
  const fits = (context: string) => context !== '' && [...context].length <= CONTEXT_CHARS;
  const inHeading = (...words: string[]) => normalizeForMatch(title).includes(normalizeForMatch(words.join(' ')));
  if (fits(prefix))
    return inHeading(prefix, start) ? undefined : `:~:text=${directivePart(prefix)}-,${directivePart(start)}`;
  if (fits(suffix))
    return inHeading(start, suffix) ? undefined : `:~:text=${directivePart(start)},-${directivePart(suffix)}`;
  return undefined;
}

/** The section's URL with a text directive for its excerpt (`textDirective`) after its anchor, if there is one. */
export function sectionHref(section: Pick<SearchSection, 'title' | 'excerpt' | 'url'>): string {
  const directive = textDirective(section);
  if (!directive) return section.url;
  return section.url.includes('#') ? `${section.url}${directive}` : `${section.url}#${directive}`;
}

/** Path segments that name a kind of page, not what the reader was looking for. */
const ROUTE_WORDS = new Set(['blogs', 'categories', 'tags', 'page', 'timeline', 'search', 'index']);

/**
 * The words of a page address that was not found, to search the site for: `/blogs/gpt-deepseek-old/` →
 * `gpt deepseek old`, `/blogs/%E6%B5%8F%E8%A7%88%E5%99%A8/` → `浏览器`. Route names, numbers and file extensions
 * are dropped; an address that cannot be decoded gives no words.
 *
 * @example
 * searchTermsOfPath('/categories/人工智能/page/2/'); // → '人工智能'
 */
export function searchTermsOfPath(pathname: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return '';
  }
  return decoded
    .replace(/\.html?$/iu, '')
    .split(/[/\s._+-]+/u)
    .filter((word) => word !== '' && !ROUTE_WORDS.has(word.toLowerCase()) && !/^\d+$/u.test(word))
    .join(' ');
}
