import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { toHtml } from 'hast-util-to-html';
import { getFeedItems } from '../data/feed';
import { site } from '../site.config';

const asHtml = (text: string) => toHtml({ type: 'text', value: text });

/** `feed` escapes only `&` in attributes; a category such as `<b>` would make the XML invalid. */
const escapeCategoryAttributes = (xml: string) =>
  xml.replace(/<category((?:\s+[\w:]+="[^"]*")+)\s*\/>/gu, (_, attributes: string) => {
    const escaped = attributes.replace(
      /="([^"]*)"/gu,
      (__, value: string) => `="${value.replace(/</gu, '&lt;').replace(/>/gu, '&gt;')}"`,
    );
    return `<category${escaped}/>`;
  });

export const GET: APIRoute = async () => {
  const items = await getFeedItems();
  const feed = new Feed({
    id: site.url,
    link: site.url,
    title: site.title,
    description: site.description,
    language: site.language,
    copyright: `© ${site.author}`,
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
      title: asHtml(item.title),
      date: item.updated ?? item.date,
      published: item.date,
      description: asHtml(item.summary),
      content: item.content,
      category: [item.category, ...item.tags].map((name) => ({ term: name, name })),
    });
  }
  return new Response(escapeCategoryAttributes(feed.atom1()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
