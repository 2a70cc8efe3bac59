import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from 'astro:config/server';
import { HashCache } from '../lib/content-check/hash-cache';
import { feedHtml } from '../lib/feed-html';
import feedHtmlSource from '../lib/feed-html.ts?raw';
import { postPath } from '../lib/slugs';
import { site } from '../site.config';
import { postContent } from './post-content';
import { getPosts, type Post } from './posts';

/** One post as both feeds show it. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the post. */
  url: string;
  date: Date;
  updated?: Date;
  summary: string;
  /** The full post as HTML with absolute URLs. */
  content: string;
  category: string;
  tags: string[];
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

async function loadFeedItems(): Promise<FeedItem[]> {
  const container = await AstroContainer.create();
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  const posts = (await getPosts()).slice(0, site.feedLimit);
  const cache = feedHtmlCache();
  const items = await Promise.all(
    posts.map(async (post) => {
      const url = new URL(postPath(post.slug), site.url).href;
      const html = await postHtml(post, container);
      const content = cache.get(`${url}\n${html}`, () => feedHtml(html, url));
      return {
        title: post.title,
        url,
        date: post.date,
        updated: post.updated,
        summary: post.summary,
        // A post in another language than the site's (one tag for the whole feed) says so around its text.
        content: post.lang ? `<div lang="${post.lang}">${content}</div>` : content,
        category: post.category,
        tags: post.tags,
      };
    }),
  );
  cache.save();
  return items;
}

let cached: Promise<FeedItem[]> | undefined;

/** The newest `site.feedLimit` published posts, rendered for feed readers; rendered once per build for both feeds. */
export function getFeedItems(): Promise<FeedItem[]> {
  if (import.meta.env.DEV) return loadFeedItems();
  cached ??= loadFeedItems();
  return cached;
}
