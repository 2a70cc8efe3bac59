import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getFeedItems } from '../data/feed';
import { textAsHtml } from '../lib/feed-html';
import { site } from '../site.config';

export const GET: APIRoute = async () =>
  rss({
    title: site.title,
    description: site.description,
    site: site.url,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${site.language}</language>`,
      `<atom:link href="${new URL('rss.xml', site.url).href}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: (await getFeedItems()).map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.date,
      // Readers render the description as HTML; the summary is text, so `<img onerror>` in it must stay text.
      description: textAsHtml(item.summary),
      content: item.content,
      categories: [item.category, ...item.tags],
    })),
  });
