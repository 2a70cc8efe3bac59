import mdxRenderer from '@astrojs/mdx/server.js';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import rss from '@astrojs/rss';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from 'astro:config/server';
import { HashCache } from '../lib/content-check/hash-cache';
import { feedHtml, textAsHtml, xmlText } from '../lib/feed-html';
import { type FeedChannel, feedChannels, postsInFeeds } from '../lib/feeds';
import { rightsText } from '../lib/post-terms';
import feedHtmlSource from '../lib/feed-html.ts?raw';
import { authorPath, categoryPath, categorySegment, postUrl, seriesPath, tagPath, tagSegment } from '../lib/slugs';
import { site } from '../site.config';
import { descriptionsOf } from './descriptions';
import { ui } from './i18n';
import { address, href } from './site-paths';
import { postContent } from './post-content';
import { authorsOf, creditedAuthors, getPosts, hasAuthorPages, type Post } from './posts';

/** One post as the feeds show it. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the post. */
  url: string;
  date: Date;
  updated?: Date;
  summary: string;
  /** The full post as HTML with absolute URLs; none in a feed of summaries (a tag's). */
  content?: string;
  category: string;
  tags: string[];
  /** The post's rights (`rightsText`) when they are not the feed's (`siteRights`): its own license, or a repost's. */
  rights?: string;
  /** Who wrote it, when not the site's author: its own `author`, or the original's for a post from elsewhere. */
  authors?: string[];
}

/** The rights of the site's posts, as its feeds give them: `© Inkstone · CC BY-NC-SA 4.0 (https://…)`. */
export const siteRights = site.license ? rightsText({ license: site.license }, site.author, '') : `© ${site.author}`;

/** A post's rights when they are not the site's: its own license or author, a repost's, or none (`license: false`). */
function postRights(post: Post): string | undefined {
  const holder = ui.names(authorsOf(post));
  const rights = post.terms ? rightsText(post.terms, holder, ui.t('license.originalRights')) : `© ${holder}`;
  return rights === siteRights ? undefined : rights;
}

/** What every feed says of a post, with its content when the feed gives it in full. */
function feedItem(post: Post, content?: string): FeedItem {
  return {
    title: post.title,
    url: postUrl(post.slug, site.url),
    date: post.date,
    updated: post.updated,
    summary: post.summary,
    // A post in another language than the site's (one tag for the whole feed) says so around its text.
    content: content !== undefined && post.lang ? `<div lang="${post.lang}">${content}</div>` : content,
    category: post.category,
    tags: post.tags,
    rights: postRights(post),
    // The feed's author is the site's: an entry names its own only when it is someone else's.
    authors: post.author || post.terms?.source ? creditedAuthors(post) : undefined,
  };
}

/** The post's HTML as its page shows it: kept aside by the posts loader, else rendered (MDX, posts with images). */
async function postHtml(post: Post, container: AstroContainer): Promise<string> {
  const { html, Content } = await postContent(post.entry);
  return html ?? container.renderToString(Content);
}

/**
 * Making a post's HTML fit for feeds parses and prints it again, a few milliseconds a post: the results are kept
 * between builds (in Astro's cache folder), by the HTML, the URL and the code that made them.
 */
function feedHtmlCache(): HashCache<string> {
  const folder = import.meta.env.DEV ? undefined : fileURLToPath(cacheDir);
  const version = createHash('sha1').update(feedHtmlSource).digest('base64url');
  return new HashCache(folder && path.join(folder, 'inkstone-feed.json'), version);
}

/** Renders the given posts for feed readers, keeping the results (`feedHtmlCache`) for the next build. */
async function loadFeedItems(posts: readonly Post[]): Promise<Map<string, FeedItem>> {
  const container = await AstroContainer.create();
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  const cache = feedHtmlCache();
  const items = await Promise.all(
    posts.map(async (post): Promise<[string, FeedItem]> => {
      const url = postUrl(post.slug, site.url);
      const html = await postHtml(post, container);
      const content = cache.get(`${url}\n${html}`, () => feedHtml(html, url));
      return [post.slug, feedItem(post, content)];
    }),
  );
  cache.save();
  return new Map(items);
}

/**
 * Every feed of the site (`feedChannels`): the site's, each category's, series' and tag's, and each author's where
 * authors have pages (`hasAuthorPages`), `site.feedLimit` posts each.
 */
export async function getFeedChannels(): Promise<FeedChannel<Post>[]> {
  const posts = await getPosts();
  return feedChannels(posts, site.feedLimit, hasAuthorPages(posts) ? authorsOf : undefined);
}

let cached: Promise<Map<string, FeedItem>> | undefined;

/**
 * The posts of a feed, rendered for feed readers (a feed of summaries renders none). A build renders the posts of every
 * feed at once, so that each is rendered once for all the feeds it is in and the results are saved once; the dev server
 * renders the feed asked for.
 */
export async function getFeedItems(channel: FeedChannel<Post>): Promise<FeedItem[]> {
  if (!channel.full) return channel.posts.map((post) => feedItem(post));
  if (import.meta.env.DEV) return [...(await loadFeedItems(channel.posts)).values()];
  cached ??= getFeedChannels().then((channels) => loadFeedItems(postsInFeeds(channels)));
  const items = await cached;
  return channel.posts.map((post) => items.get(post.slug)!);
}

type Term = Exclude<FeedChannel<Post>['kind'], 'site'>;

/** Each kind of list page with a feed: its page's title (a key of `ui`), its path and its URL segment. */
const TERMS = {
  category: { title: 'category.title', path: categoryPath, segment: categorySegment },
  series: { title: 'post.series', path: seriesPath, segment: categorySegment },
  tag: { title: 'tag.title', path: tagPath, segment: tagSegment },
  author: { title: 'author.title', path: authorPath, segment: tagSegment },
} as const satisfies Record<Term, unknown>;

/** The feed's title: the site's, or the category's, series' or tag's page title followed by the site's. */
function feedTitle({ kind, name }: Pick<FeedChannel<Post>, 'kind' | 'name'>): string {
  if (kind === 'site' || name === undefined) return site.title;
  return `${ui.t(TERMS[kind].title, { name })} | ${site.title}`;
}

/**
 * The link to a category's, series' or tag's RSS feed, for its page, `/categories/人工智能/rss.xml` (under the site's
 * base), and its title.
 */
export function termFeedLink(kind: Term, name: string): { href: string; title: string } {
  return {
    href: href(`${TERMS[kind].path(name)}rss.xml`),
    title: `${feedTitle({ kind, name })} · ${ui.t('feed.rss')}`,
  };
}

/** A feed as RSS 2.0, with its own address as the Atom `self` link feed readers ask for. */
export async function rssResponse(channel: FeedChannel<Post>, description = site.description): Promise<Response> {
  return rss({
    title: feedTitle(channel),
    description,
    site: address(channel.page),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      `<language>${site.language}</language>`,
      `<copyright>${xmlText(siteRights)}</copyright>`,
      `<atom:link href="${address(`${channel.page}rss.xml`)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: (await getFeedItems(channel)).map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.date,
      // Readers render the description as HTML; the summary is text, so `<img onerror>` in it must stay text.
      description: textAsHtml(item.summary),
      content: item.content,
      categories: [item.category, ...item.tags],
      // RSS's own `<author>` is an email address: names go in Dublin Core's `creator`, as feed readers show them. RSS
      // has rights only for the whole feed (`<copyright>`): a post's own go in Dublin Core's `rights`.
      customData: [
        ...(item.authors ?? []).map((name) => `<dc:creator>${xmlText(name)}</dc:creator>`),
        ...(item.rights ? [`<dc:rights>${xmlText(item.rights)}</dc:rights>`] : []),
      ].join(''),
    })),
  });
}

/**
 * The route of the RSS feed of each category, series, tag or author page (`src/pages/categories/[category]/rss.xml.ts`
 * and its like, whose parameter is named by `kind`): its paths, one per page, and the feed with what it is about.
 *
 * @example
 * export const { getStaticPaths, GET } = termFeedRoute('category');
 */
export function termFeedRoute(kind: Term) {
  const getStaticPaths = (async () => {
    const descriptions = await descriptionsOf(kind);
    return (await getFeedChannels())
      .filter((channel) => channel.kind === kind)
      .map((channel) => ({
        params: { [kind]: TERMS[kind].segment(channel.name!) },
        props: { channel, description: descriptions.get(channel.name!) },
      }));
  }) satisfies GetStaticPaths;
  const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
    rssResponse(props.channel, props.description);
  return { getStaticPaths, GET };
}
