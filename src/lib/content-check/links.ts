import { closest, distance } from 'fastest-levenshtein';
import { isRemoteUrl, safeDecode } from '../urls.ts';

/** An internal URL that points nowhere, found on a page (URL path) or in a post (file). */
export interface BrokenRef {
  url: string;
  /** `link` for `<a href>`, `image` for `<img src>`, and so on. */
  kind: string;
  /** What is wrong and the fix: `no page at /blogs/x/ — fix the URL or remove the link`. */
  reason: string;
}

/** The ids of a page (fragment targets), or `undefined` for a file that is not a page. */
export type IdLookup = (path: string) => ReadonlySet<string> | undefined;

/** Resolves internal URLs: `exists(path)` for files and pages, `idsOf(path)` for anchors. */
export interface SiteIndex {
  /** Whether the site serves this decoded path (`/blogs/中文/`, `/favicon.svg`). */
  exists(path: string): boolean;
  /** The ids on the page at this path, or undefined when it is not an HTML page. */
  idsOf: IdLookup;
}

const BASE = 'https://inkstone.invalid';

/** Where an internal URL seen on page `from` leads. */
export interface InternalTarget {
  /** Decoded path: `/blogs/中文/`. */
  path: string;
  /** Decoded fragment, without `#`. */
  fragment: string;
  /** The fragment as written: browsers look for an id equal to it first, then to the decoded one. */
  rawFragment: string;
}

/** The target of an internal URL seen on page `from`, or undefined for other sites. */
export function resolveInternal(url: string, from: string): InternalTarget | undefined {
  if (isRemoteUrl(url.trim())) return undefined;
  const resolved = new URL(url.trim(), BASE + from);
  const rawFragment = resolved.hash.slice(1);
  return { path: safeDecode(resolved.pathname), fragment: safeDecode(rawFragment), rawFragment };
}

/**
 * Why `url` on page `from` is broken, or undefined when it resolves. `files`: where a post's relative link was also
 * looked for as a file of the project (`remarkPostFiles`), named when neither is there.
 */
export function checkRef(
  url: string,
  kind: string,
  from: string,
  site: SiteIndex,
  files: readonly string[] = [],
): BrokenRef | undefined {
  const target = resolveInternal(url, from);
  if (!target) return undefined;
  // Decoded, as the author wrote it: the built page has `%E8%AE%B2%E4%B9%89.pdf` where the post has `讲义.pdf`.
  const written = safeDecode(url.trim());
  const shown = written.replace(/#.*$/su, '') === target.path ? '' : `${written}: `;
  if (!site.exists(target.path)) {
    if (kind === 'link' && files.length > 0) {
      const where = `a page of this site at ${target.path} or a file at ${files.join(' or ')}`;
      return { url, kind, reason: `${shown}expected ${where}, found neither — fix the URL or add the file` };
    }
    const [what, fix] =
      kind === 'link' ? ['a page', 'fix the URL or remove the link'] : ['a file', 'fix the path or add the file'];
    return { url, kind, reason: `${shown}expected ${what} of this site at ${target.path}, found none — ${fix}` };
  }
  if (target.fragment === '' || target.fragment === 'top') return undefined;
  const ids = site.idsOf(target.path);
  if (!ids || ids.has(target.fragment) || ids.has(target.rawFragment)) return undefined;
  const near = ids.size > 0 ? closest(target.fragment, [...ids]) : undefined;
  const close = near !== undefined && distance(near, target.fragment) <= Math.max(2, target.fragment.length / 3);
  const fix = close ? `did you mean "#${near}"?` : 'fix the anchor or remove it';
  const found = `expected a heading or element with id "${target.fragment}" on ${target.path}, found none`;
  return { url, kind, reason: `${written}: ${found} — ${fix}` };
}
