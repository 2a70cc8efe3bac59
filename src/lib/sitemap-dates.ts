import { toIsoDate } from './dates.ts';
import { pagePath, postUrl } from './slugs.ts';
import { siteAddress } from './urls.ts';

/** What the sitemap needs of a post: its address and dates. */
export interface DatedPost {
  slug: string;
  published: boolean;
  data: { date: Date; updated?: Date };
}

/**
 * The last change of each published post by its page's full URL (`updated`, else `date`), as the calendar day in the
 * site's time zone: the sitemap's `<lastmod>`, so search engines know which pages to fetch again.
 *
 * @example
 * postLastmods([{ slug: 'a', published: true, data: { date } }], 'https://example.com/', 'Asia/Shanghai');
 * // → Map { 'https://example.com/blogs/a/' => '2025-02-08' }
 */
export function postLastmods(posts: readonly DatedPost[], siteUrl: string, timeZone: string): Map<string, string> {
  return new Map(
    posts
      .filter((post) => post.published)
      .map((post) => [postUrl(post.slug, siteUrl), toIsoDate(post.data.updated ?? post.data.date, timeZone)]),
  );
}

/** What the sitemap needs of a page of its own: its address and the day it was last changed, if it says. */
export interface DatedPage {
  slug: string;
  published: boolean;
  data: { updated?: Date };
}

/**
 * The last change of each published page of its own that gives one (`updated`), by its full URL, as `postLastmods`
 * gives the posts': a page without the date has no `<lastmod>`.
 *
 * @example
 * pageLastmods([{ slug: 'about', published: true, data: { updated } }], 'https://example.com/', 'Asia/Shanghai');
 * // → Map { 'https://example.com/about/' => '2025-12-01' }
 */
export function pageLastmods(pages: readonly DatedPage[], siteUrl: string, timeZone: string): Map<string, string> {
  return new Map(
    pages.flatMap((page) =>
      page.published && page.data.updated
        ? [[siteAddress(pagePath(page.slug), siteUrl), toIsoDate(page.data.updated, timeZone)] as const]
        : [],
    ),
  );
}
