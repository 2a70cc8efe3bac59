import { createHash } from 'node:crypto';

/**
 * A short key that changes whenever `value` does, for a page's `cacheKey` in `getStaticPaths()` (Astro's
 * `experimental.incrementalBuild` keeps a page from the last build while its key and its code are unchanged). `value`
 * is what the page shows, as JSON: objects must be built with their keys in a fixed order, and dates become ISO text.
 *
 * @example
 * cacheKey({ title: '你好', date: new Date('2025-01-01') }); // 'oP4k…' (43 characters)
 */
export function cacheKey(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}
