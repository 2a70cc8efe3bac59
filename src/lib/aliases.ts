import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { OWN_SEGMENTS, slugFromPath } from './slugs.ts';
import { safeDecode, siteAddress } from './urls.ts';

/** Where an alias serves the page that sends readers on to its post, or why it cannot. */
export type AliasPath = { ok: true; path: string } | { ok: false; found: string; fix: string };

/**
 * The address (decoded; a folder's, ending in `/`, or an `.html` file's) an alias of a post (`aliases:` in its
 * frontmatter) takes: an old address from
 * the site root, as Hugo and Hexo's alias plugins write them (`/posts/old-title/`, `/2019/01/old-title`), or another
 * name of the post, as Obsidian writes them (`旧名`, `Old Name`): the address a post of that file name would have
 * (`/blogs/旧名/`), where Obsidian's `[[旧名]]` leads. An old address may be an `.html` file's, as Hexo's and
 * Jekyll's permalinks often are (`/2019/01/old-title.html`, kept as it is; a folder's `index.html` is the folder's
 * page), not another file's (`/old.php`), and must be outside the site's own pages (`/tags/…`, the home page), without
 * `?`, `#`, `.` or `..`.
 *
 * @example
 * aliasPath('/posts/old-title'); // { ok: true, path: '/posts/old-title/' }
 * aliasPath('/p/3a2b.html'); // { ok: true, path: '/p/3a2b.html' }
 * aliasPath('Old Name'); // { ok: true, path: '/blogs/old-name/' }
 */
export function aliasPath(alias: string): AliasPath {
  const written = alias.trim();
  const refused = (found: string, fix: string): AliasPath => ({ ok: false, found, fix });
  if (written === '') return refused('an empty alias', 'remove it');
  if (/[?#]/u.test(written)) return refused(`"${written}", with ? or #`, "write the page's address alone");
  if (!written.startsWith('/')) {
    if (/[/\\]/u.test(written)) {
      return refused(`"${written}", a path not from the site root`, `write /${written.replace(/^\.?\/+/u, '')}`);
    }
    const slug = slugFromPath(written);
    // A folder of dots would lead out of `/blogs/` (`..`), or be hidden (`.old`).
    if (slug.startsWith('.'))
      return refused(`"${written}", a name starting with "."`, 'write a name starting with a letter or digit');
    return { ok: true, path: `/blogs/${slug}/` };
  }
  // Decoded, as the page's folder is named and a browser asks for it: `/posts/%E6%97%A7/` is `/posts/旧/`.
  const parts = written
    .split('/')
    .filter((part) => part !== '')
    .map(safeDecode);
  if (parts.length === 0) return refused('"/", the home page', 'remove it');
  if (parts.some((part) => part === '.' || part === '..' || /[/\\]/u.test(part))) {
    return refused(`"${written}", with . or .. or an encoded / in it`, 'write the address from the site root');
  }
  if (OWN_SEGMENTS.includes(parts[0]!)) {
    return refused(`"${written}", an address of the site's own pages`, 'remove it');
  }
  const file = written.endsWith('/') ? undefined : /\.([A-Za-z]\w*)$/u.exec(parts.at(-1)!)?.[1];
  if (file !== undefined && file !== 'html') {
    const found = `"${written}", a .${file} file's address, which the site cannot serve as a page`;
    return refused(found, 'remove it, and have the web server redirect it');
  }
  // A folder's `index.html` is the folder's page.
  if (parts.at(-1) === 'index.html') parts.pop();
  if (parts.length === 0) return refused(`"${written}", the home page`, 'remove it');
  return { ok: true, path: parts.at(-1)!.endsWith('.html') ? `/${parts.join('/')}` : `/${parts.join('/')}/` };
}

/**
 * The addresses a post's aliases take (`aliasPath`), each once; an alias the schema refuses has none.
 *
 * @example
 * aliasPaths(['/posts/old', '/posts/old/', '旧名']); // ['/posts/old/', '/blogs/旧名/']
 */
export function aliasPaths(aliases: readonly string[]): string[] {
  return [...new Set(aliases.map(aliasPath).flatMap((place) => (place.ok ? [place.path] : [])))];
}

/** What `aliasUrls` needs of a post. */
export interface AliasedPost {
  published: boolean;
  data: { aliases: readonly string[] };
}

/**
 * The full URLs of the pages the published posts' aliases take, which send readers on and are left out of the
 * sitemap: search engines should list the post's own page.
 *
 * @example
 * aliasUrls([{ published: true, data: { aliases: ['旧名'] } }], 'https://example.com/');
 * // → Set { 'https://example.com/blogs/%E6%97%A7%E5%90%8D/' }
 */
export function aliasUrls(posts: readonly AliasedPost[], siteUrl: string): Set<string> {
  const paths = posts.filter((post) => post.published).flatMap((post) => aliasPaths(post.data.aliases));
  return new Set(paths.map((path) => siteAddress(path, siteUrl)));
}

/** What an alias's page shows and where it sends readers (`aliasPageHtml`). */
export interface AliasPage {
  /** The post's page, percent-encoded: `/blogs/older/`. */
  to: string;
  /** The post's full URL, for search engines. */
  canonical: string;
  /** The post's title, with the site's: `较早的文章 | Inkstone`. */
  title: string;
  /** The post's title alone, for the link. */
  postTitle: string;
  /** The language of the page: the post's. */
  lang: string;
  /** The words before the link: `本文的地址已改为`. */
  moved: string;
}

/**
 * The page an alias's address serves: it sends readers on to the post at once, keeping the address's `#anchor` (by
 * script; the refresh, for readers without JavaScript, drops it), tells search engines the post's own address and
 * to list this one nowhere, and shows a link to the post while it goes.
 *
 * @example
 * aliasPageHtml({ to: '/blogs/a/', canonical: 'https://example.com/blogs/a/', title: 'A | Site', postTitle: 'A',
 *   lang: 'en', moved: 'This post has moved to' }); // '<!doctype html><html lang="en">…'
 */
export function aliasPageHtml(page: AliasPage): string {
  const head = h('head', [
    h('meta', { charset: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    // Dark for readers who chose it, for the moment the page shows.
    h('meta', { name: 'color-scheme', content: 'light dark' }),
    h('title', page.title),
    h('meta', { name: 'robots', content: 'noindex' }),
    h('link', { rel: 'canonical', href: page.canonical }),
    h('script', `location.replace(${JSON.stringify(page.to)} + location.hash);`),
    h('meta', { httpEquiv: 'refresh', content: `0;url=${page.to}` }),
  ]);
  const body = h('body', [h('p', [`${page.moved} `, h('a', { href: page.to }, page.postTitle)])]);
  return toHtml({ type: 'root', children: [{ type: 'doctype' }, h('html', { lang: page.lang }, [head, body])] });
}
