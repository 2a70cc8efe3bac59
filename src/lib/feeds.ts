import { countCategories, groupSeries, type SeriesPart, sortPosts } from './posts.ts';
import { categoryPath, seriesPath } from './slugs.ts';

/** One feed of the site: the whole site's, or one category's or series'. */
export interface FeedChannel<T> {
  kind: 'site' | 'category' | 'series';
  /** The category's or series' name; none for the site's. */
  name?: string;
  /** The page the feed follows (`/`, `/categories/人工智能/`), percent-encoded: its RSS feed is `rss.xml` there. */
  page: string;
  /** Its newest posts, newest first, up to the limit. */
  posts: T[];
}

/**
 * Every feed of the site: the site's, then one per category and one per series (named as on their pages), each with
 * its newest `limit` posts. Tags have none: a post has several, so full-text feeds for each would repeat the posts many
 * times over.
 *
 * @example
 * feedChannels(posts, 20);
 * // → [{ kind: 'site', page: '/', posts }, { kind: 'category', name: '人工智能', page: '/categories/%E4%BA%BA…/', posts },
 * //    { kind: 'series', name: '大模型应用工程', page: '/series/%E5%A4%A7…/', posts }]
 */
export function feedChannels<T extends SeriesPart>(posts: readonly T[], limit: number): FeedChannel<T>[] {
  const newest = (some: readonly T[]) => sortPosts(some).slice(0, limit);
  return [
    { kind: 'site', page: '/', posts: newest(posts) },
    ...countCategories(posts).map(({ name }): FeedChannel<T> => ({
      kind: 'category',
      name,
      page: categoryPath(name),
      posts: newest(posts.filter((post) => post.category === name)),
    })),
    ...groupSeries(posts).map(({ name, posts: parts }): FeedChannel<T> => ({
      kind: 'series',
      name,
      page: seriesPath(name),
      posts: newest(parts),
    })),
  ];
}

/** The posts some feed has, each once, in the order first met. */
export function postsInFeeds<T>(channels: readonly FeedChannel<T>[]): T[] {
  return [...new Set(channels.flatMap((channel) => channel.posts))];
}
