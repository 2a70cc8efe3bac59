import path from 'node:path';

/**
 * Where the posts loader keeps the rendered HTML of a post (see `storeHtmlAside` in `src/markdown/posts-loader.ts`):
 * `file` (the HTML's hash, from the entry's `htmlFile` metadata) in a folder of Astro's cache folder.
 *
 * @example
 * postHtmlPath('/site/node_modules/.astro', 'Xy3….html'); // '/site/node_modules/.astro/inkstone-html/Xy3….html'
 */
export function postHtmlPath(cacheDir: string, file = ''): string {
  return path.join(cacheDir, 'inkstone-html', file);
}
