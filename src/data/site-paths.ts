import { basePath, siteAddress, underBase } from '../lib/urls.ts';
import { site } from '../site.config.ts';

/** The path the site is served under: `/`, or `/blog/` for a site at `https://me.github.io/blog/` (`url`). */
export const base = basePath(site.url);

/**
 * A path from the site's root (`/blogs/a/`, as `src/lib/slugs.ts` and the config's `nav` write them) as the site's pages
 * link to it, under the site's base: `/blog/blogs/a/`.
 */
export const href = (path: string): string => underBase(base, path);

/** The full address of a path from the site's root: `https://me.github.io/blog/blogs/a/`. */
export const address = (path: string): string => siteAddress(path, site.url);
