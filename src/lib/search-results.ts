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
