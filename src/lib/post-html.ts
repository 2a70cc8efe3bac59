import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the posts loader keeps the rendered HTML of a post (see `writePostHtml`):
 * `file` (the HTML's hash, from the entry's `htmlFile` metadata) in a folder of Astro's cache folder.
 *
 * @example
 * postHtmlPath('/site/node_modules/.astro', 'Xy3….html'); // '/site/node_modules/.astro/inkstone-html/Xy3….html'
 */
export function postHtmlPath(cacheDir: string, file = ''): string {
  return path.join(cacheDir, 'inkstone-html', file);
}

/**
 * Writes a post's rendered HTML to `folder` (`postHtmlPath`), in a file named by its hash, and returns the name, which
 * the posts loader stores as the entry's `htmlFile` instead of the HTML. Astro bundles its whole content store into
 * the build as one string literal: a thousand posts of KaTeX and Shiki markup made a 57 MB module that took seconds to
 * bundle, compile and parse on every build, and most of the build's peak memory.
 *
 * @example
 * writePostHtml('/site/node_modules/.astro/inkstone-html', '<p>文</p>'); // 'm0pV….html'
 */
export function writePostHtml(folder: string, html: string): string {
  const file = `${createHash('sha256').update(html).digest('base64url')}.html`;
  writeFileSync(path.join(folder, file), html);
  return file;
}
