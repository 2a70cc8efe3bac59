import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import { feedHtml } from '../lib/feed-html';
import { postPath } from '../lib/slugs';
import { site } from '../site.config';
import { getPosts } from './posts';

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

async function loadFeedItems(): Promise<FeedItem[]> {
  const container = await AstroContainer.create();
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  const posts = await getPosts();
  return Promise.all(
    posts.map(async (post) => {
      const url = new URL(postPath(post.slug), site.url).href;
      const { Content } = await render(post.entry);
      return {
        title: post.title,
        url,
        date: post.date,
        updated: post.updated,
        summary: post.summary,
        content: feedHtml(await container.renderToString(Content), url),
        category: post.category,
        tags: post.tags,
      };
    }),
  );
}

let cached: Promise<FeedItem[]> | undefined;

/** Every published post, newest first, rendered for feed readers; rendered once per build for both feeds. */
export function getFeedItems(): Promise<FeedItem[]> {
  if (import.meta.env.DEV) return loadFeedItems();
  cached ??= loadFeedItems();
  return cached;
}
