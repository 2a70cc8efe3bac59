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
