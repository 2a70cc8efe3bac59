import { describe, expect, it } from 'vitest';
import { editUrl, isRelativeUrl, isRemoteUrl, safeDecode } from '../../src/lib/urls.ts';

describe('editUrl', () => {
  it("adds the file's path to the base, each part percent-encoded", () => {
    expect(editUrl('https://github.com/me/blog/edit/main/', 'content/blogs/浏览器 渲染.md')).toBe(
      'https://github.com/me/blog/edit/main/content/blogs/%E6%B5%8F%E8%A7%88%E5%99%A8%20%E6%B8%B2%E6%9F%93.md',
    );
    expect(editUrl('https://gitlab.com/me/blog/-/edit/main/', 'content/blogs/a#b/index.md')).toBe(
      'https://gitlab.com/me/blog/-/edit/main/content/blogs/a%23b/index.md',
    );
  });
});

describe('isRelativeUrl', () => {
  it('is true for a path from the page, false for a root-relative, fragment, query or remote URL', () => {
    expect(['files/slides.pdf', './a.png', '../b/', '讲义.pdf'].every(isRelativeUrl)).toBe(true);
    expect(['', '/a.png', '#x', '?q', 'https://x.org/a.png', '//cdn.x/a.png', 'mailto:a@b.c'].some(isRelativeUrl)).toBe(
      false,
    );
  });
});

describe('safeDecode', () => {
  it('decodes percent-escapes and leaves malformed ones as they are', () => {
    expect(safeDecode('%E8%AE%B2%E4%B9%89.pdf')).toBe('讲义.pdf');
    expect(safeDecode('100%.pdf')).toBe('100%.pdf');
  });
});

describe('remote URLs', () => {
  it('are those with a scheme or a host of their own', () => {
    for (const url of ['https://example.com/a.png', '//cdn.example.com/a.png', 'mailto:a@example.com', 'data:,x']) {
      expect(isRemoteUrl(url), url).toBe(true);
    }
  });

  it('are not paths of this site, relative or root-relative, nor fragments', () => {
    for (const url of ['./images/a.png', 'images/a.png', '/blogs/a/', '#小节', '../x.md']) {
      expect(isRemoteUrl(url), url).toBe(false);
    }
  });
});
