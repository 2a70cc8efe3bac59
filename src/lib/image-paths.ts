import path from 'node:path';

/** Where an image URL written in a post points. */
export type ImageTarget =
  /** On another site (`https://…`, `//…`, `data:`): left as written. */
  | { kind: 'remote'; url: string }
  /** A file of the content folder, by absolute path. */
  | { kind: 'local'; file: string }
  /** A root-relative URL outside the content folder (`/favicon.svg`): served by the site as is. */
  | { kind: 'site'; url: string };

export interface ImagePathOptions {
  /** Absolute path of the post that references the image. */
  postFile: string;
  /** Absolute folder that root-relative URLs under `urlPrefix` resolve into, e.g. `/site/content/blogs`. */
  contentDir: string;
  /** URL prefix standing for `contentDir`. Default: `/blogs/`. */
  urlPrefix?: string;
}

const REMOTE = /^(?:[a-z][a-z\d+.-]*:|\/\/)/iu;

/** The URL without `?query` and `#hash`, percent-decoded where it can be. */
function cleanPath(url: string): string {
  const bare = url.replace(/[?#].*$/su, '');
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

/**
 * Resolves an image URL from a post the way the site serves it:
 * `/blogs/images/x.png` → `<contentDir>/images/x.png`; `./images/x.png` and
 * `../images/x.png` from the post's folder; remote URLs untouched.
 *
 * @example
 *   resolveImagePath('/blogs/images/gpt1.png', { postFile: '/site/content/blogs/a.md', contentDir: '/site/content/blogs' })
 *   // → { kind: 'local', file: '/site/content/blogs/images/gpt1.png' }
 */
export function resolveImagePath(url: string, options: ImagePathOptions): ImageTarget {
  const prefix = options.urlPrefix ?? '/blogs/';
  if (REMOTE.test(url)) return { kind: 'remote', url };
  if (url.startsWith('/')) {
    if (!url.startsWith(prefix)) return { kind: 'site', url };
    return { kind: 'local', file: path.join(options.contentDir, cleanPath(url.slice(prefix.length))) };
  }
  return { kind: 'local', file: path.resolve(path.dirname(options.postFile), cleanPath(url)) };
}

/** The URL `file` (inside `contentDir`) is served at: the inverse of `resolveImagePath`. */
export function contentFileUrl(file: string, contentDir: string, urlPrefix = '/blogs/'): string {
  const relative = path.relative(contentDir, file).split(path.sep).map(encodeURIComponent).join('/');
  return `${urlPrefix}${relative}`;
}
