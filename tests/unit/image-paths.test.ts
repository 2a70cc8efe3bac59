import { describe, expect, it } from 'vitest';
import { contentFileUrl, resolveImagePath } from '../../src/lib/image-paths';

const contentDir = '/site/content/blogs';
const options = { postFile: '/site/content/blogs/notes/post.md', contentDir };

describe('resolveImagePath', () => {
  it('resolves root-relative URLs under /blogs/ into the content folder', () => {
    expect(resolveImagePath('/blogs/images/gpt1.png', options)).toEqual({
      kind: 'local',
      file: '/site/content/blogs/images/gpt1.png',
    });
  });

  it('resolves relative URLs from the folder of the post', () => {
    expect(resolveImagePath('./images/x.png', options)).toEqual({
      kind: 'local',
      file: '/site/content/blogs/notes/images/x.png',
    });
    expect(resolveImagePath('../images/x.png', options)).toEqual({
      kind: 'local',
      file: '/site/content/blogs/images/x.png',
    });
    expect(resolveImagePath('images/x.png', options)).toEqual({
      kind: 'local',
      file: '/site/content/blogs/notes/images/x.png',
    });
  });

  it('decodes percent-escapes and drops the query and hash', () => {
    expect(resolveImagePath('/blogs/images/%E5%9B%BE%201.png?v=2#top', options)).toEqual({
      kind: 'local',
      file: '/site/content/blogs/images/图 1.png',
    });
  });

  it('leaves remote and data URLs alone', () => {
    for (const url of [
      'https://example.com/a.png',
      'http://x.org/b.jpg',
      '//cdn.example.com/c.png',
      'data:image/png;',
    ]) {
      expect(resolveImagePath(url, options)).toEqual({ kind: 'remote', url });
    }
  });

  it('leaves root-relative URLs outside the content prefix to the site', () => {
    expect(resolveImagePath('/favicon.svg', options)).toEqual({ kind: 'site', url: '/favicon.svg' });
  });

  it('honours another URL prefix', () => {
    expect(resolveImagePath('/posts/a.png', { ...options, urlPrefix: '/posts/' })).toEqual({
      kind: 'local',
      file: '/site/content/blogs/a.png',
    });
  });
});

describe('contentFileUrl', () => {
  it('is the inverse of resolveImagePath for files of the content folder', () => {
    expect(contentFileUrl('/site/content/blogs/images/图 1.png', contentDir)).toBe('/blogs/images/%E5%9B%BE%201.png');
  });
});
