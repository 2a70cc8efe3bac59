import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/lib/content-check/html.ts';

describe('readPage', () => {
  it('finds every fragment target and every checked URL, with the line of its tag', () => {
    const html = [
      '<!doctype html><html><head>',
      '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script>',
      '</head><body>',
      '<h2 id="小节">小节</h2><a name="old-anchor"></a>',
      '<p>See <a href="/blogs/x/#y">x</a> and',
      '<IMG SRC="/img/a.png" alt=""></p>',
      '<picture><source srcset="/a.avif" type="image/avif"><source src="/b.webp"></picture>',
      '<a href="/?a=1&amp;b=2">q</a><a>no href</a><span id="">empty</span>',
      '</body></html>',
    ].join('\n');
    expect(readPage(html)).toEqual({
      ids: ['小节', 'old-anchor'],
      refs: [
        { url: '/_astro/a.css', kind: 'resource', line: 2 },
        { url: '/_astro/b.js', kind: 'script', line: 2 },
        { url: '/blogs/x/#y', kind: 'link', line: 5 },
        { url: '/img/a.png', kind: 'image', line: 6 },
        { url: '/b.webp', kind: 'image', line: 7 },
        { url: '/?a=1&b=2', kind: 'link', line: 8 },
      ],
    });
  });

  it('ignores markup inside scripts and comments', () => {
    const html = '<script>const s = "<a href=\\"/nowhere/\\">";</script><!-- <a href="/old/"> --><p id="x"></p>';
    expect(readPage(html)).toEqual({ ids: ['x'], refs: [] });
  });
});
