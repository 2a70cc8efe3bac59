import { describe, expect, it } from 'vitest';
import {
  countCategories,
  groupByYearMonth,
  groupNames,
  groupSeries,
  groupTags,
  neighbours,
  pagePath,
  paginate,
  namedAuthors,
  pinnedFirst,
  relatedPosts,
  seriesParts,
  sortPosts,
} from '../../src/lib/posts';
import {
  authorPath,
  categoryPath,
  postPath,
  postSlug,
  postUrl,
  seriesPath,
  slugFromPath,
  tagPath,
  tagSegment,
} from '../../src/lib/slugs';

const post = (slug: string, date: string, category = '人工智能') => ({
  slug,
  title: slug,
  date: new Date(date),
  category,
});

const posts = [
  post('b', '2024-06-01', '前端工程'),
  post('a', '2025-02-08'),
  post('c', '2024-06-20', '前端工程'),
  post('d', '2024-12-31', '写作与工具'),
  post('e', '2025-02-08'),
];

describe('sorting', () => {
  it('puts the newest first and breaks ties by slug', () => {
    expect(sortPosts(posts).map((p) => p.slug)).toEqual(['a', 'e', 'd', 'c', 'b']);
  });

  it('does not depend on the input order', () => {
    expect(sortPosts([...posts].reverse())).toEqual(sortPosts(posts));
  });
});

describe('pinnedFirst', () => {
  it('puts the pinned posts first, each part in the order given', () => {
    const posts = [
      { slug: 'a' },
      { slug: 'b', pinned: true },
      { slug: 'c', pinned: false },
      { slug: 'd', pinned: true },
    ];
    expect(pinnedFirst(posts).map((p) => p.slug)).toEqual(['b', 'd', 'a', 'c']);
    const none: { slug: string; pinned?: boolean }[] = [{ slug: 'a' }, { slug: 'b' }];
    expect(pinnedFirst(none).map((p) => p.slug)).toEqual(['a', 'b']);
  });
});

describe('pagination', () => {
  it('splits into pages of the given size', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('keeps one empty page for an empty list', () => {
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, total: 1 }]);
  });

  it('numbers page paths from the home page', () => {
    expect([1, 2, 3].map(pagePath)).toEqual(['/', '/page/2/', '/page/3/']);
  });
});

describe('categories', () => {
  it('counts posts per category, most first, then in pinyin order', () => {
    expect(countCategories(posts)).toEqual([
      { name: '前端工程', count: 2 },
      { name: '人工智能', count: 2 },
      { name: '写作与工具', count: 1 },
    ]);
  });
});

describe('tags', () => {
  const tagged = (slug: string, ...tags: string[]) => ({ slug, tags });

  it('gathers the posts of each tag, most posts first, then in pinyin order', () => {
    const a = tagged('a', 'RAG', '检索');
    const b = tagged('b', '检索', '大模型');
    const c = tagged('c', '大模型', '检索');
    expect(groupTags([a, b, c])).toEqual([
      { name: '检索', segment: '检索', posts: [a, b, c] },
      { name: '大模型', segment: '大模型', posts: [b, c] },
      { name: 'RAG', segment: 'rag', posts: [a] },
    ]);
  });

  it('makes spellings with one URL one tag, named as most posts write it, and counts a post once', () => {
    const a = tagged('a', 'Code Review');
    const b = tagged('b', 'code review', 'code-review');
    const c = tagged('c', 'code review');
    expect(groupTags([a, b, c])).toEqual([{ name: 'code review', segment: 'code-review', posts: [a, b, c] }]);
    // On a tie, the first spelling met.
    expect(groupTags([tagged('x', 'Vite'), tagged('y', 'vite')])[0]?.name).toBe('Vite');
  });

  it("gives a post's full address on the site, percent-encoded", () => {
    expect(postUrl('浏览器渲染原理', 'https://example.com/')).toBe(
      'https://example.com/blogs/%E6%B5%8F%E8%A7%88%E5%99%A8%E6%B8%B2%E6%9F%93%E5%8E%9F%E7%90%86/',
    );
    expect(postUrl('100%', 'https://example.com/')).toBe('https://example.com/blogs/100%25/');
  });

  it('gives each tag a URL segment as post slugs are made, and a percent-encoded path', () => {
    expect(tagSegment(' Core  Web Vitals ')).toBe('core-web-vitals');
    expect(tagSegment('C/C++')).toBe('c-c++');
    expect(tagSegment('技术写作')).toBe('技术写作');
    expect(tagPath('技术写作')).toBe('/tags/%E6%8A%80%E6%9C%AF%E5%86%99%E4%BD%9C/');
    expect(tagPath('CI')).toBe('/tags/ci/');
  });
});

describe('authors', () => {
  it("gathers each author's posts, a post written together under each of its authors, spellings of a name as one", () => {
    const posts = [
      { slug: 'a', authors: ['张三'] },
      { slug: 'b', authors: ['张三', 'Li Si'] },
      { slug: 'c', authors: ['li si'] },
      { slug: 'd', authors: ['Li Si'] },
    ];
    expect(
      groupNames(posts, (post) => post.authors).map(({ name, segment, posts: p }) => [
        name,
        segment,
        p.map((x) => x.slug),
      ]),
    ).toEqual([
      ['Li Si', 'li-si', ['b', 'c', 'd']],
      ['张三', '张三', ['a', 'b']],
    ]);
    expect(authorPath('Li Si')).toBe('/authors/li-si/');
    expect(authorPath('张三')).toBe('/authors/%E5%BC%A0%E4%B8%89/');
  });
});

describe('timeline', () => {
  it('groups by year, then month, newest first, with counts', () => {
    const years = groupByYearMonth(posts, 'Asia/Shanghai');
    expect(
      years.map((y) => ({ year: y.year, count: y.count, months: y.months.map((m) => [m.month, m.posts.length]) })),
    ).toEqual([
      { year: 2025, count: 2, months: [[2, 2]] },
      {
        year: 2024,
        count: 3,
        months: [
          [12, 1],
          [6, 2],
        ],
      },
    ]);
  });

  it('files a late-evening date-time under the site time zone day', () => {
    const [year] = groupByYearMonth([post('x', '2024-12-31T20:00:00-08:00')], 'Asia/Shanghai');
    expect(year?.year).toBe(2025);
  });
});

describe('neighbours', () => {
  it('finds the newer and older post', () => {
    const sorted = sortPosts(posts);
    expect(neighbours(sorted, 'd')).toMatchObject({ newer: { slug: 'e' }, older: { slug: 'c' } });
    expect(neighbours(sorted, 'a').newer).toBeUndefined();
  });
});

describe('relatedPosts', () => {
  const tagged = (slug: string, date: string, category: string, tags: string[]) => ({
    ...post(slug, date, category),
    tags,
  });
  const all = sortPosts([
    tagged('post', '2024-06-10', 'AI', ['RAG', 'LLM']),
    tagged('two-tags', '2023-01-01', 'Web', ['rag', 'llm']),
    tagged('one-tag-near', '2024-06-01', 'Web', ['LLM']),
    tagged('one-tag-far', '2020-01-01', 'Web', ['llm']),
    tagged('one-tag-same-category', '2019-01-01', 'AI', ['RAG']),
    tagged('category-only', '2024-06-11', 'AI', []),
    tagged('nothing-shared', '2024-06-10', 'Misc', ['CSS']),
  ]);
  const related = relatedPosts(all);

  const named = (slug: string) => all.find((p) => p.slug === slug)!;

  it('ranks shared tags (as one however spelt) above the category, and the nearest in date among equals', () => {
    expect(related(named('post'), 10).map((p) => p.slug)).toEqual([
      'two-tags',
      'one-tag-same-category',
      'one-tag-near',
      'one-tag-far',
      'category-only',
    ]);
  });

  it('gives what scoring every post would, ties in date included', () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const spellings = ['AI', 'ai', 'RAG', 'Web', 'web ', 'CSS'];
    const many = sortPosts(
      Array.from({ length: 120 }, (_, i) =>
        tagged(`p${next(1000)}-${i}`, `2024-0${1 + next(3)}-0${1 + next(4)}`, `c${next(3)}`, [
          ...new Set(Array.from({ length: next(3) }, () => spellings[next(spellings.length)]!)),
        ]),
      ),
    );
    const everyPost = (target: (typeof many)[number], limit: number) =>
      many
        .filter((other) => other !== target)
        .map((other) => {
          const mine = new Set(target.tags.map(tagSegment));
          const shared = new Set(other.tags.map(tagSegment).filter((tag) => mine.has(tag))).size;
          const score = 2 * shared + (other.category === target.category ? 1 : 0);
          return { other, score, distance: Math.abs(other.date.getTime() - target.date.getTime()) };
        })
        .filter(({ score }) => score > 0)
        .sort((a, b) => b.score - a.score || a.distance - b.distance || (a.other.slug < b.other.slug ? -1 : 1))
        .slice(0, limit)
        .map(({ other }) => other.slug);
    const find = relatedPosts(many);
    for (const target of many) {
      for (const limit of [3, 5]) expect(find(target, limit).map((p) => p.slug)).toEqual(everyPost(target, limit));
    }
  });

  it('gives at most `limit` posts, and none to a post sharing nothing', () => {
    expect(related(named('post'), 2).map((p) => p.slug)).toEqual(['two-tags', 'one-tag-same-category']);
    expect(related(named('nothing-shared'), 3).map((p) => p.slug)).toEqual([]);
  });

  it('leaves out the posts the page shows already (its series), by tag or by category', () => {
    const shown = new Set([named('two-tags'), named('category-only')]);
    expect(related(named('post'), 10, shown).map((p) => p.slug)).toEqual([
      'one-tag-same-category',
      'one-tag-near',
      'one-tag-far',
    ]);
  });
});

/** A post of a series, or of none. */
const part = (slug: string, date: string, series?: string) => ({ ...post(slug, date), series });
/** Four parts of one series (two on one day), a series of one post and a post in none. */
const seriesPosts = [
  part('third', '2025-03-01', '实战'),
  part('first', '2025-01-01', '实战'),
  part('second-b', '2025-02-01', '实战'),
  part('second-a', '2025-02-01', '实战'),
  part('alone', '2025-01-15', '独篇'),
  part('none', '2025-01-20'),
];

describe('seriesParts', () => {
  const all = sortPosts(seriesPosts);
  const named = (slug: string) => all.find((p) => p.slug === slug)!;

  it("gives the series' posts oldest first, ties by slug, the post itself included", () => {
    const order = ['first', 'second-a', 'second-b', 'third'];
    for (const slug of order)
      expect(
        seriesParts(all)(named(slug)).map((p) => p.slug),
        slug,
      ).toEqual(order);
  });

  it('gives nothing for a post in no series or alone in its series', () => {
    expect(seriesParts(all)(named('none'))).toEqual([]);
    expect(seriesParts(all)(named('alone'))).toEqual([]);
  });
});

describe('groupSeries', () => {
  it('gives every series its posts in reading order, the series with the newest post first', () => {
    const grouped = groupSeries(
      sortPosts([
        ...seriesPosts.map((p) => (p.slug === 'alone' ? { ...p, date: new Date('2025-04-15') } : p)),
        part('older', '2024-01-01', 'Rust 入门'),
        part('tie', '2025-04-15', 'Go 入门'),
      ]),
    );
    expect(grouped.map(({ name, posts: parts }) => [name, parts.map((p) => p.slug)])).toEqual([
      // A tie in date goes by name, as categories and tags are ordered.
      ['独篇', ['alone']],
      ['Go 入门', ['tie']],
      ['实战', ['first', 'second-a', 'second-b', 'third']],
      ['Rust 入门', ['older']],
    ]);
  });

  it("orders a series by its parts' seriesOrder, not by date, and dates it by its newest part wherever it is", () => {
    const ordered = (slug: string, date: string, seriesOrder: number) => ({ ...part(slug, date, '实战'), seriesOrder });
    const grouped = groupSeries([
      // A prologue written last, a part put between two others, an appendix written before the end.
      ordered('prologue', '2025-06-01', 0),
      ordered('one', '2025-01-01', 1),
      ordered('two', '2025-03-01', 2),
      ordered('between', '2025-02-01', 1.5),
      ordered('appendix', '2025-04-01', 10),
      part('newer', '2025-05-01', 'Go 入门'),
    ]);
    expect(grouped.map(({ name, posts: parts }) => [name, parts.map((p) => p.slug)])).toEqual([
      ['实战', ['prologue', 'one', 'between', 'two', 'appendix']],
      ['Go 入门', ['newer']],
    ]);
    const parts = grouped[0]!.posts;
    expect(seriesParts(parts)(parts[3]!).map((p) => p.slug)).toEqual(parts.map((p) => p.slug));
  });

  it('gives the same groups whatever the order of the posts', () => {
    const all = [part('b', '2025-02-01', '实战'), part('a', '2025-01-01', '实战'), part('c', '2024-01-01', '其他')];
    expect(groupSeries([...all].reverse())).toEqual(groupSeries(all));
  });

  it("writes a series' page as a category's: the name as written, / and \\ turned into -", () => {
    expect(seriesPath('大模型应用工程')).toBe(`/series/${encodeURIComponent('大模型应用工程')}/`);
    expect(seriesPath('C/C++ 入门')).toBe('/series/C-C%2B%2B%20%E5%85%A5%E9%97%A8/');
  });
});

describe('slugs', () => {
  it('keeps the file name, lower-cases ASCII and turns spaces into dashes', () => {
    expect(slugFromPath('content/blogs/GPT and DeepSeek.md')).toBe('gpt-and-deepseek');
    expect(slugFromPath('浏览器渲染原理.md')).toBe('浏览器渲染原理');
    expect(slugFromPath('nested/Vite 插件 Notes.mdx')).toBe('vite-插件-notes');
  });

  it("names a folder's index post by its folder, as Hugo's page bundles and folder posts are", () => {
    expect(slugFromPath('My Bundle/index.md')).toBe('my-bundle');
    expect(slugFromPath('2024/浏览器渲染/INDEX.mdx')).toBe('浏览器渲染');
    // As a wikilink or a Hexo or Hugo link names it, without the extension.
    expect(slugFromPath('sample-folder-based-post/index')).toBe('sample-folder-based-post');
    // An index with no folder, and a file that only starts so, keep their names.
    expect(slugFromPath('index.md')).toBe('index');
    expect(slugFromPath('a/indexing.md')).toBe('indexing');
    // A path naming no file names no post.
    expect(slugFromPath('/')).toBe('');
  });

  it('prefers a non-empty frontmatter slug over the file name', () => {
    expect(postSlug('a/My Post.md', ' vite-notes ')).toEqual({ slug: 'vite-notes', fromField: true });
    expect(postSlug('a/My Post.md', '  ')).toEqual({ slug: 'my-post', fromField: false });
    expect(postSlug('a/My Post.md', 3)).toEqual({ slug: 'my-post', fromField: false });
  });

  it('percent-encodes paths the way browsers request them', () => {
    expect(postPath('浏览器渲染原理')).toBe('/blogs/%E6%B5%8F%E8%A7%88%E5%99%A8%E6%B8%B2%E6%9F%93%E5%8E%9F%E7%90%86/');
    expect(categoryPath('人工智能')).toBe('/categories/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/');
  });
});

describe('namedAuthors', () => {
  it("keeps the names a post gives but the site's author alone, or none", () => {
    expect(namedAuthors(undefined, 'Inkstone')).toBeUndefined();
    expect(namedAuthors([], 'Inkstone')).toBeUndefined();
    expect(namedAuthors(['Inkstone'], 'Inkstone')).toBeUndefined();
    expect(namedAuthors(['张三'], 'Inkstone')).toEqual(['张三']);
    expect(namedAuthors(['张三', 'Inkstone'], 'Inkstone')).toEqual(['张三', 'Inkstone']);
  });
});
