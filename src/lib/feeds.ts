import { countCategories, groupNames, groupSeries, groupTags, type SeriesPart, sortPosts } from './posts.ts';
import { authorPath, categoryPath, seriesPath, tagPath } from './slugs.ts';

/** One feed of the site: the whole site's, or one category's, series', tag's or author's. */
export interface FeedChannel<T> {
  kind: 'site' | 'category' | 'series' | 'tag' | 'author';
  /** The category's, series', tag's or author's name; none for the site's. */
  name?: string;
  /** Whether it gives its posts in full; a tag's gives their summaries. */
  full: boolean;
  /** The page the feed follows (`/`, `/categories/人工智能/`), percent-encoded: its RSS feed is `rss.xml` there. */
  page: string;
  /** Its newest posts, newest first, up to the limit. */
  posts: T[];
}

/**
 * Every feed of the site: the site's, then one per category, one per series and one per tag (named as on their pages),
 * and one per author when `authorsOf` is given (a site with author pages), each with its newest `limit` posts. A tag's
 * feed gives its posts' summaries, not the posts in full: a post has several tags, so full posts in each tag's feed
 * would repeat it many times over.
 *
 * @example
 * feedChannels(posts, 20);
 * // → [{ kind: 'site', page: '/', full: true, posts },
 * //    { kind: 'category', name: '人工智能', page: '/categories/%E4%BA%BA…/', full: true, posts },
 * //    { kind: 'series', name: '大模型应用工程', page: '/series/%E5%A4%A7…/', full: true, posts },
 * //    { kind: 'tag', name: 'RAG', page: '/tags/rag/', full: false, posts }]
 */
export function feedChannels<T extends SeriesPart & { tags: readonly string[] }>(
  posts: readonly T[],
  limit: number,
  authorsOf?: (post: T) => readonly string[],
): FeedChannel<T>[] {
  const newest = (some: readonly T[]) => sortPosts(some).slice(0, limit);
  return [
    { kind: 'site', page: '/', full: true, posts: newest(posts) },
    ...countCategories(posts).map(({ name }): FeedChannel<T> => ({
      kind: 'category',
      name,
      page: categoryPath(name),
      full: true,
      posts: newest(posts.filter((post) => post.category === name)),
    })),
    ...groupSeries(posts).map(({ name, posts: parts }): FeedChannel<T> => ({
      kind: 'series',
      name,
      page: seriesPath(name),
      full: true,
      posts: newest(parts),
    })),
    ...groupTags(posts).map(({ name, posts: tagged }): FeedChannel<T> => ({
      kind: 'tag',
      name,
      page: tagPath(name),
      full: false,
      posts: newest(tagged),
    })),
    ...(authorsOf ? groupNames(posts, authorsOf) : []).map(({ name, posts: written }): FeedChannel<T> => ({
      kind: 'author',
      name,
      page: authorPath(name),
      full: true,
      posts: newest(written),
    })),
  ];
}

/** The posts some feed gives in full, each once, in the order first met: the posts to render for feed readers. */
export function postsInFeeds<T>(channels: readonly FeedChannel<T>[]): T[] {
  return [...new Set(channels.flatMap((channel) => (channel.full ? channel.posts : [])))];
}
