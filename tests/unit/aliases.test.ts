import { describe, expect, it } from 'vitest';
import { aliasPageHtml, aliasPath, aliasPaths, aliasUrls } from '../../src/lib/aliases.ts';
import { findAliasCollisions } from '../../src/lib/content-check/slugs.ts';

describe('aliasPath', () => {
  it("takes an old address from the site root as a page's folder", () => {
    expect(aliasPath('/posts/old-title/')).toEqual({ ok: true, path: '/posts/old-title/' });
    expect(aliasPath(' /2019/01/old-title ')).toEqual({ ok: true, path: '/2019/01/old-title/' });
    expect(aliasPath('/blogs/旧文章/')).toEqual({ ok: true, path: '/blogs/旧文章/' });
    // Decoded, as the folder is named and browsers ask for it.
    expect(aliasPath('/posts/%E6%97%A7%E6%96%87/')).toEqual({ ok: true, path: '/posts/旧文/' });
  });

  it("keeps a file's address, as Hexo's and Jekyll's permalinks often are; a folder's index.html is the folder's", () => {
    expect(aliasPath('/p/3a2b.html')).toEqual({ ok: true, path: '/p/3a2b.html' });
    expect(aliasPath('/2019/01/01/Old-Title.html')).toEqual({ ok: true, path: '/2019/01/01/Old-Title.html' });
    // Written as a folder, a name with a dot is a folder's.
    expect(aliasPath('/docs/v1.2/')).toEqual({ ok: true, path: '/docs/v1.2/' });
    expect(aliasPath('/docs/v1.2')).toEqual({ ok: true, path: '/docs/v1.2/' });
    expect(aliasPath('/posts/old/index.html')).toEqual({ ok: true, path: '/posts/old/' });
  });

  it('takes another name of the post as the page a post of that file name has, where [[name]] leads', () => {
    expect(aliasPath('旧名')).toEqual({ ok: true, path: '/blogs/旧名/' });
    expect(aliasPath('Old Name')).toEqual({ ok: true, path: '/blogs/old-name/' });
  });

  it('refuses what cannot be a page of its own, naming what was found and the fix', () => {
    const refused = (alias: string) => {
      const place = aliasPath(alias);
      return place.ok ? place.path : `${place.found} — ${place.fix}`;
    };
    const written = [
      '',
      '/',
      '/index.html',
      '/old?p=1',
      'old/title',
      './old',
      '/a/../b/',
      '/a/%2E%2E/b/',
      '/a%2Fb/',
      '..',
      '.old',
      '/tags/ai/',
      '/series/实战/',
      '/404.html',
      '/a.php',
      '/b.HTM',
    ];
    expect(written.map(refused)).toEqual([
      'an empty alias — remove it',
      '"/", the home page — remove it',
      '"/index.html", the home page — remove it',
      `"/old?p=1", with ? or # — write the page's address alone`,
      '"old/title", a path not from the site root — write /old/title',
      '"./old", a path not from the site root — write /old',
      '"/a/../b/", with . or .. or an encoded / in it — write the address from the site root',
      '"/a/%2E%2E/b/", with . or .. or an encoded / in it — write the address from the site root',
      '"/a%2Fb/", with . or .. or an encoded / in it — write the address from the site root',
      '"..", a name starting with "." — write a name starting with a letter or digit',
      '".old", a name starting with "." — write a name starting with a letter or digit',
      '"/tags/ai/", an address of the site\'s own pages — remove it',
      '"/series/实战/", an address of the site\'s own pages — remove it',
      `"/404.html", an address of the site's own pages — remove it`,
      `"/a.php", a .php file's address, which the site cannot serve as a page — remove it, and have the web server redirect it`,
      `"/b.HTM", a .HTM file's address, which the site cannot serve as a page — remove it, and have the web server redirect it`,
    ]);
  });
});

describe('aliasPaths', () => {
  it("gives the addresses of a post's aliases, each once, and none for one refused", () => {
    expect(aliasPaths(['/posts/old', '/posts/old/', '旧名', '/tags/ai/'])).toEqual(['/posts/old/', '/blogs/旧名/']);
  });
});

describe('aliasUrls', () => {
  it("gives the full URLs of the published posts' alias pages, for the sitemap to leave out", () => {
    const posts = [
      { published: true, data: { aliases: ['旧名', '/posts/old/'] } },
      { published: false, data: { aliases: ['/drafts/x/'] } },
    ];
    expect([...aliasUrls(posts, 'https://example.com/')]).toEqual([
      'https://example.com/blogs/%E6%97%A7%E5%90%8D/',
      'https://example.com/posts/old/',
    ]);
  });
});

describe('findAliasCollisions', () => {
  const post = (name: string, aliases: string[]) => ({
    file: `content/blogs/${name}.md`,
    slug: name,
    aliases,
    line: 6,
  });

  it("refuses an alias leading to a post's page, its own or another's, or to another post's alias", () => {
    const problems = findAliasCollisions([
      post('a', ['/posts/a/', 'A', '/Posts/Shared/', 'b']),
      post('b', ['/posts/shared/']),
      post('c', ['/posts/shared/', '/posts/shared/']),
    ]);
    expect(problems.map(({ file, line, field, message }) => `${file}:${line}  ${field}: ${message}`)).toEqual([
      `content/blogs/a.md:6  aliases: "A" leads to /blogs/a/, this post's own page — remove the alias`,
      'content/blogs/a.md:6  aliases: "/Posts/Shared/" leads to /Posts/Shared/, an alias of content/blogs/b.md and content/blogs/c.md too — keep it in one post',
      'content/blogs/a.md:6  aliases: "b" leads to /blogs/b/, the page of content/blogs/b.md — remove the alias',
      'content/blogs/b.md:6  aliases: "/posts/shared/" leads to /posts/shared/, an alias of content/blogs/a.md and content/blogs/c.md too — keep it in one post',
      'content/blogs/c.md:6  aliases: "/posts/shared/" leads to /posts/shared/, an alias of content/blogs/a.md and content/blogs/b.md too — keep it in one post',
    ]);
    expect(problems.every((problem) => problem.severity === 'error')).toBe(true);
  });

  it('lets through aliases no page or other alias has', () => {
    expect(findAliasCollisions([post('a', ['/posts/a/', '旧名']), post('b', ['/posts/b/'])])).toEqual([]);
  });
});

describe('aliasPageHtml', () => {
  it('sends readers on, anchor kept, and escapes the title', () => {
    const html = aliasPageHtml({
      to: '/blogs/a-b/',
      canonical: 'https://example.com/blogs/a-b/',
      title: 'a < b & "c" | Site',
      postTitle: 'a < b & "c"',
      lang: 'en',
      moved: 'This post has moved to',
    });
    expect(html).toBe(
      [
        '<!doctype html><html lang="en"><head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        '<title>a &#x3C; b &#x26; "c" | Site</title>',
        '<meta name="robots" content="noindex">',
        '<link rel="canonical" href="https://example.com/blogs/a-b/">',
        '<script>location.replace("/blogs/a-b/" + location.hash);</script>',
        '<meta http-equiv="refresh" content="0;url=/blogs/a-b/">',
        '</head><body><p>This post has moved to <a href="/blogs/a-b/">a &#x3C; b &#x26; "c"</a></p></body></html>',
      ].join(''),
    );
  });
});
