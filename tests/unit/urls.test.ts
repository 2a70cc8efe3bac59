import { describe, expect, it } from 'vitest';
import {
  basePath,
  editUrl,
  fromBase,
  isRelativeUrl,
  isRemoteUrl,
  safeDecode,
  siteAddress,
  underBase,
} from '../../src/lib/urls.ts';

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

describe('a site served under a base path', () => {
  it('takes the base from the URL', () => {
    expect(basePath('https://inkstone.example.com/')).toBe('/');
    expect(basePath('https://me.github.io/blog/')).toBe('/blog/');
    expect(basePath('https://example.com/docs/%E5%8D%9A%E5%AE%A2/')).toBe('/docs/%E5%8D%9A%E5%AE%A2/');
  });

  it('serves paths from the site root under the base, and nothing else', () => {
    expect(underBase('/blog/', '/blogs/a/')).toBe('/blog/blogs/a/');
    expect(underBase('/blog/', '/')).toBe('/blog/');
    expect(underBase('/blog/', '/rss.xml')).toBe('/blog/rss.xml');
    expect(underBase('/', '/blogs/a/')).toBe('/blogs/a/');
    for (const other of ['https://example.com/', '//cdn.example.com/a.js', '#top', 'a.png', '?q=1', 'mailto:a@b.c']) {
      expect(underBase('/blog/', other)).toBe(other);
    }
  });

  it('takes the base off again, and tells a path outside the site', () => {
    expect(fromBase('/blog/', '/blog/blogs/a/')).toBe('/blogs/a/');
    expect(fromBase('/blog/', '/blog/')).toBe('/');
    expect(fromBase('/blog/', '/blog')).toBe('/');
    expect(fromBase('/blog/', '/blogs/a/')).toBeUndefined();
    expect(fromBase('/blog/', '/other/')).toBeUndefined();
    expect(fromBase('/', '/blogs/a/')).toBe('/blogs/a/');
  });

  it('gives the full address of a path, the base included', () => {
    expect(siteAddress('/blogs/a/', 'https://me.github.io/blog/')).toBe('https://me.github.io/blog/blogs/a/');
    expect(siteAddress('/', 'https://me.github.io/blog/')).toBe('https://me.github.io/blog/');
    expect(siteAddress('/blogs/a/', 'https://inkstone.example.com/')).toBe('https://inkstone.example.com/blogs/a/');
    expect(siteAddress('/tags/c%2B%2B/', 'https://inkstone.example.com/')).toBe(
      'https://inkstone.example.com/tags/c%2B%2B/',
    );
  });
});
