import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { getFeedChannels, getFeedItems, siteRights } from '../data/feed';
import { escapeAtomCategoryAttributes, textAsHtml } from '../lib/feed-html';
import { site } from '../site.config';

export const GET: APIRoute = async () => {
  const items = await getFeedItems((await getFeedChannels())[0]!);
  const feed = new Feed({
    id: site.url,
    link: site.url,
    title: site.title,
    description: site.description,
    language: site.language,
    copyright: siteRights,
    author: { name: site.author },
    // The newest post's date, so the same content always gives the same feed.
    updated: items[0]?.updated ?? items[0]?.date ?? new Date(0),
    feedLinks: { atom: new URL('atom.xml', site.url).href },
  });
  for (const item of items) {
    feed.addItem({
      id: item.url,
      link: item.url,
      // `feed` writes titles and summaries as type="html": the text must be escaped to stay text.
      title: textAsHtml(item.title),
      date: item.updated ?? item.date,
      published: item.date,
      description: textAsHtml(item.summary),
      content: item.content,
      copyright: item.rights,
      author: item.authors?.map((name) => ({ name })),
      category: [item.category, ...item.tags].map((name) => ({ term: name, name })),
    });
  }
  return new Response(escapeAtomCategoryAttributes(feed.atom1()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
