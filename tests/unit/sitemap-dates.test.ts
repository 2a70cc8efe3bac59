import { describe, expect, it } from 'vitest';
import { pageLastmods, postLastmods } from '../../src/lib/sitemap-dates.ts';

describe('postLastmods', () => {
  it("gives each published post's page its last change, as the calendar day in the site's time zone", () => {
    const posts = [
      { slug: 'a', published: true, data: { date: new Date('2025-02-08T00:00:00Z') } },
      // Updated at 20:30 UTC: already the next day in Shanghai.
      {
        slug: '浏览器',
        published: true,
        data: { date: new Date('2024-01-01T00:00:00Z'), updated: new Date('2025-03-01T20:30:00Z') },
      },
      { slug: 'draft', published: false, data: { date: new Date('2025-01-01T00:00:00Z') } },
    ];
    expect(postLastmods(posts, 'https://example.com/', 'Asia/Shanghai')).toEqual(
      new Map([
        ['https://example.com/blogs/a/', '2025-02-08'],
        ['https://example.com/blogs/%E6%B5%8F%E8%A7%88%E5%99%A8/', '2025-03-02'],
      ]),
    );
  });
});

describe('pageLastmods', () => {
  it('gives each published page of its own that says when it was updated that day, and the others none', () => {
    const pages = [
      { slug: 'about', published: true, data: {} },
      { slug: '项目', published: true, data: { updated: new Date('2025-12-01T20:30:00Z') } },
      { slug: 'draft', published: false, data: { updated: new Date('2025-01-01T00:00:00Z') } },
    ];
    expect(pageLastmods(pages, 'https://example.com/', 'Asia/Shanghai')).toEqual(
      new Map([['https://example.com/%E9%A1%B9%E7%9B%AE/', '2025-12-02']]),
    );
  });
});
