import { describe, expect, it } from 'vitest';
import { feedChannels, postsInFeeds } from '../../src/lib/feeds';

const post = (slug: string, date: string, category: string, series?: string, seriesOrder?: number) => ({
  slug,
  title: slug,
  date: new Date(date),
  category,
  series,
  seriesOrder,
});

// Out of order on purpose: every feed is newest first whatever order the posts come in.
const posts = [
  post('rag-2', '2025-03-01', '人工智能', 'RAG', 2),
  post('css', '2025-01-10', '前端/CSS'),
  post('rag-1', '2025-05-01', '人工智能', 'RAG', 1),
  post('llm', '2024-12-01', '人工智能'),
  post('rag-3', '2024-11-01', '人工智能', 'RAG', 3),
  post('vite', '2025-04-01', '前端/CSS'),
];

const summary = (channels: ReturnType<typeof feedChannels<(typeof posts)[number]>>) =>
  channels.map(({ kind, name, page, posts: listed }) => ({ kind, name, page, slugs: listed.map((p) => p.slug) }));

describe('feedChannels', () => {
  it("gives the site's feed, then one per category (most posts first) and one per series, each newest first", () => {
    expect(summary(feedChannels(posts, 20))).toEqual([
      { kind: 'site', name: undefined, page: '/', slugs: ['rag-1', 'vite', 'rag-2', 'css', 'llm', 'rag-3'] },
      {
        kind: 'category',
        name: '人工智能',
        page: '/categories/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/',
        slugs: ['rag-1', 'rag-2', 'llm', 'rag-3'],
      },
      // The category's page segment: `/` would split the path.
      { kind: 'category', name: '前端/CSS', page: '/categories/%E5%89%8D%E7%AB%AF-CSS/', slugs: ['vite', 'css'] },
      // By date, not in reading order (`seriesOrder`): feed readers show what is new.
      { kind: 'series', name: 'RAG', page: '/series/RAG/', slugs: ['rag-1', 'rag-2', 'rag-3'] },
    ]);
  });

  it('keeps the newest posts of each feed up to the limit', () => {
    expect(summary(feedChannels(posts, 2)).map(({ name, slugs }) => [name, slugs])).toEqual([
      [undefined, ['rag-1', 'vite']],
      ['人工智能', ['rag-1', 'rag-2']],
      ['前端/CSS', ['vite', 'css']],
      ['RAG', ['rag-1', 'rag-2']],
    ]);
  });

  it('has only the site feed, empty, for a site without posts', () => {
    expect(summary(feedChannels([], 20))).toEqual([{ kind: 'site', name: undefined, page: '/', slugs: [] }]);
  });
});

describe('postsInFeeds', () => {
  it('gives each post that some feed has once, and none that no feed has', () => {
    const listed = postsInFeeds(feedChannels(posts, 1)).map((p) => p.slug);
    // `rag-1` is the newest of the site, of its category and of its series: rendered once for the three.
    expect(listed).toEqual(['rag-1', 'vite']);
    expect(postsInFeeds(feedChannels(posts, 20))).toHaveLength(posts.length);
  });
});
