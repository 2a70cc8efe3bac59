import { describe, expect, it } from 'vitest';
import { feedChannels, postsInFeeds } from '../../src/lib/feeds';

const post = (slug: string, date: string, category: string, tags: string[] = [], series?: string, order?: number) => ({
  slug,
  title: slug,
  date: new Date(date),
  category,
  tags,
  series,
  seriesOrder: order,
});

// Out of order on purpose: every feed is newest first whatever order the posts come in.
const posts = [
  post('rag-2', '2025-03-01', '人工智能', ['RAG'], 'RAG', 2),
  post('css', '2025-01-10', '前端/CSS'),
  post('rag-1', '2025-05-01', '人工智能', ['rag', 'LLM'], 'RAG', 1),
  post('llm', '2024-12-01', '人工智能', ['LLM']),
  post('rag-3', '2024-11-01', '人工智能', ['RAG'], 'RAG', 3),
  post('vite', '2025-04-01', '前端/CSS'),
];

const summary = (channels: ReturnType<typeof feedChannels<(typeof posts)[number]>>) =>
  channels.map(({ kind, name, page, full, posts: listed }) => ({
    kind,
    name,
    page,
    full,
    slugs: listed.map((p) => p.slug),
  }));

describe('feedChannels', () => {
  it("gives the site's feed, then one per category (most posts first), series and tag, each newest first", () => {
    expect(summary(feedChannels(posts, 20))).toEqual([
      {
        kind: 'site',
        name: undefined,
        page: '/',
        full: true,
        slugs: ['rag-1', 'vite', 'rag-2', 'css', 'llm', 'rag-3'],
      },
      {
        kind: 'category',
        name: '人工智能',
        page: '/categories/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/',
        full: true,
        slugs: ['rag-1', 'rag-2', 'llm', 'rag-3'],
      },
      // The category's page segment: `/` would split the path.
      {
        kind: 'category',
        name: '前端/CSS',
        page: '/categories/%E5%89%8D%E7%AB%AF-CSS/',
        full: true,
        slugs: ['vite', 'css'],
      },
      // By date, not in reading order (`seriesOrder`): feed readers show what is new.
      { kind: 'series', name: 'RAG', page: '/series/RAG/', full: true, slugs: ['rag-1', 'rag-2', 'rag-3'] },
      // A tag's feed gives summaries; its spellings are one tag, as on its page.
      { kind: 'tag', name: 'RAG', page: '/tags/rag/', full: false, slugs: ['rag-1', 'rag-2', 'rag-3'] },
      { kind: 'tag', name: 'LLM', page: '/tags/llm/', full: false, slugs: ['rag-1', 'llm'] },
    ]);
  });

  it('keeps the newest posts of each feed up to the limit', () => {
    expect(summary(feedChannels(posts, 2)).map(({ name, slugs }) => [name, slugs])).toEqual([
      [undefined, ['rag-1', 'vite']],
      ['人工智能', ['rag-1', 'rag-2']],
      ['前端/CSS', ['vite', 'css']],
      ['RAG', ['rag-1', 'rag-2']],
      ['RAG', ['rag-1', 'rag-2']],
      ['LLM', ['rag-1', 'llm']],
    ]);
  });

  it("gives each author a feed of their posts in full, where the site's authors have pages", () => {
    const authors = (p: { slug: string }) => (p.slug.startsWith('rag') ? ['张三', 'Inkstone'] : ['Inkstone']);
    expect(summary(feedChannels(posts, 20, authors)).filter(({ kind }) => kind === 'author')).toEqual([
      {
        kind: 'author',
        name: 'Inkstone',
        page: '/authors/inkstone/',
        full: true,
        slugs: ['rag-1', 'vite', 'rag-2', 'css', 'llm', 'rag-3'],
      },
      {
        kind: 'author',
        name: '张三',
        page: '/authors/%E5%BC%A0%E4%B8%89/',
        full: true,
        slugs: ['rag-1', 'rag-2', 'rag-3'],
      },
    ]);
  });

  it('has only the site feed, empty, for a site without posts', () => {
    expect(summary(feedChannels([], 20))).toEqual([
      { kind: 'site', name: undefined, page: '/', full: true, slugs: [] },
    ]);
  });
});

describe('postsInFeeds', () => {
  it('gives each post that some feed has in full once, and none that only a feed of summaries has', () => {
    // `rag-1` is the newest of the site, of its category and of its series: rendered once for the three.
    expect(postsInFeeds(feedChannels(posts, 1)).map((p) => p.slug)).toEqual(['rag-1', 'vite']);
    // `llm` is the second of the tag LLM, but not among the newest two of the site or its category.
    expect(postsInFeeds(feedChannels(posts, 2)).map((p) => p.slug)).toEqual(['rag-1', 'vite', 'rag-2', 'css']);
    expect(postsInFeeds(feedChannels(posts, 20))).toHaveLength(posts.length);
  });
});
