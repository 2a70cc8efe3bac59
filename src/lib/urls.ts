/**
 * Whether a URL written in a post leads to another site or scheme (`https://…`, `//…`, `mailto:`, `data:`) rather than
 * to a file or page of this site.
 *
 * @example
 * isRemoteUrl('https://example.com/a.png'); // true
 * isRemoteUrl('./images/a.png'); // false
 */
export function isRemoteUrl(url: string): boolean {
  return /^(?:[a-z][a-z\d+.-]*:|\/\/)/iu.test(url);
}

/**
 * Whether a URL written in a post is relative to the post: not root-relative, not an anchor or a query alone, not
 * another site's.
 *
 * @example
 * isRelativeUrl('files/slides.pdf'); // true
 * isRelativeUrl('/blogs/images/a.png'); // false
 */
export function isRelativeUrl(url: string): boolean {
  return url !== '' && !/^[/#?]/u.test(url) && !isRemoteUrl(url);
}

/** `%E4%B8%AD` → `中`, leaving malformed escapes as they are. */
export function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Where a file of the project can be edited: `baseUrl` (ending in `/`, the site's `editLink.baseUrl`) and the file's
 * path from the project root, each part percent-encoded.
 *
 * @example
 * editUrl('https://github.com/me/blog/edit/main/', 'content/blogs/浏览器 渲染.md');
 * // → 'https://github.com/me/blog/edit/main/content/blogs/%E6%B5%8F%E8%A7%88%E5%99%A8%20%E6%B8%B2%E6%9F%93.md'
 */
export function editUrl(baseUrl: string, filePath: string): string {
  return `${baseUrl}${filePath.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The path a site is served under, from its URL: `/` for `https://example.com/`, `/blog/` for a GitHub Pages project
 * site at `https://me.github.io/blog/`. Every page, file and link of the site is under it.
 *
 * @example
 * basePath('https://me.github.io/blog/'); // '/blog/'
 */
export function basePath(siteUrl: string): string {
  return new URL(siteUrl).pathname;
}

/**
 * A path from the site's root (`/blogs/a/`, as the site's own helpers, a post's links and the config's `nav` write
 * one) as it is served under `base` (`basePath`). Other URLs are left as they are.
 *
 * @example
 * underBase('/blog/', '/blogs/a/'); // '/blog/blogs/a/'
 * underBase('/', '/blogs/a/'); // '/blogs/a/'
 * underBase('/blog/', 'https://example.com/'); // 'https://example.com/'
 */
export function underBase(base: string, path: string): string {
  return base === '/' || !path.startsWith('/') || path.startsWith('//') ? path : `${base}${path.slice(1)}`;
}

/**
 * The path from the site's root of a path served under `base`: the reverse of `underBase`. Undefined for a path
 * outside the site.
 *
 * @example
 * fromBase('/blog/', '/blog/blogs/a/'); // '/blogs/a/'
 * fromBase('/blog/', '/blog'); // '/'
 * fromBase('/blog/', '/other/'); // undefined
 */
export function fromBase(base: string, path: string): string | undefined {
  if (path.startsWith(base)) return `/${path.slice(base.length)}`;
  return path === base.slice(0, -1) ? '/' : undefined;
}

/**
 * The full address of a path from the site's root, on the site at `siteUrl` (which ends in `/`, its base included).
 *
 * @example
 * siteAddress('/blogs/a/', 'https://me.github.io/blog/'); // 'https://me.github.io/blog/blogs/a/'
 */
export function siteAddress(path: string, siteUrl: string): string {
  return new URL(path.replace(/^\/+/u, ''), siteUrl).href;
}
