import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { globSync } from 'tinyglobby';
import { hashFiles } from '../lib/file-hash.ts';
import { releaseFreedMemory } from '../lib/free-memory.ts';
import { linkTree } from '../lib/link-tree.ts';
import { OWN_SEGMENTS } from '../lib/slugs.ts';

export interface PagefindOptions {
  /**
   * Elements kept out of the index. Default: code blocks and their language
   * labels (a block's title stays), KaTeX and MathML, the table of contents
   * and other navigation, buttons (copy code), text only screen readers get
   * (heading anchors' "链接到本节") and the post's date/category line, so
   * results match and quote the prose.
   */
  excludeSelectors?: string[];
}

export const DEFAULT_EXCLUDE_SELECTORS = [
  'pre',
  '.code__language',
  '.katex',
  'math',
  'nav',
  '.toc',
  'button',
  '.visually-hidden',
  '.post-meta',
];

/**
 * The pages that may be indexed, as a glob relative to the output folder: the posts' (`/blogs/<slug>/`) and the pages
 * at the top but the site's own lists (`OWN_SEGMENTS`), which are the pages of their own (`/about/`) and the odd
 * alias. Reading every list page would only cost time: none has a `data-pagefind-body`. A name a glob would read
 * otherwise (`{`, `*`, `,`…) has every page at the top read instead.
 */
function indexedPages(outDir: string): string {
  const top = readdirSync(outDir).filter(
    (name) => !OWN_SEGMENTS.includes(name) && name !== 'blogs' && existsSync(path.join(outDir, name, 'index.html')),
  );
  if (top.length === 0) return 'blogs/*/index.html';
  if (top.some((name) => /[\\{}[\]()*?,!]/u.test(name))) return '{blogs/*,*}/index.html';
  return `{${['blogs/*', ...top.sort()].join(',')}}/index.html`;
}

/**
 * What the index is made of: the names and bytes of the pages it may be made of (`pages`), the options and the
 * installed versions (the lock file, when the project has one). The same key gives the same index, so the last build's
 * can be used again.
 */
function indexKey(root: string, outDir: string, pages: string, excludeSelectors: readonly string[]): string {
  const lockFile = hashFiles(root, ['package-lock.json']);
  return hashFiles(outDir, globSync(pages, { cwd: outDir }).sort(), `${JSON.stringify(excludeSelectors)}${lockFile}`);
}

/** A hash of the index's files: those kept in the cache are hard links to the files of the last build's output. */
function indexFiles(index: string): string {
  return hashFiles(index, globSync('**/*', { cwd: index }).sort());
}

/**
 * From how many built pages the main thread hands back what page generation freed before Pagefind starts: a full
 * collection takes about 0.4 s however small the site, and frees about 0.25 MB a page (1000 posts: 250 MB).
 */
const RELEASE_FROM_PAGES = 200;

/**
 * Builds the Pagefind search index of the finished site into `<outDir>/pagefind/` after every build. Only pages with a
 * `data-pagefind-body` element (posts, and pages of their own) are indexed. When none of the pages that may be indexed
 * changed since the last build, its index is linked (or copied) from Astro's cache folder instead of being built
 * again, unless its files were changed since (through the last build's output, where they are linked too).
 */
export function pagefind(options: PagefindOptions = {}): AstroIntegration {
  let root = '';
  let cached = '';
  return {
    name: 'inkstone:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cached = path.join(fileURLToPath(config.cacheDir), 'inkstone-pagefind');
      },
      'astro:build:done': async ({ dir, logger, pages: built }) => {
        const outDir = fileURLToPath(dir);
        const output = path.join(outDir, 'pagefind');
        const excludeSelectors = options.excludeSelectors ?? DEFAULT_EXCLUDE_SELECTORS;
        const pages = indexedPages(outDir);
        const key = indexKey(root, outDir, pages, excludeSelectors);
        const keyFile = path.join(cached, 'key');
        const kept = path.join(cached, 'pagefind');
        if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === `${key}\n${indexFiles(kept)}`) {
          logger.info(`no post page changed: ${linkTree(kept, output)} the index of the last build to pagefind/`);
          return;
        }
        try {
          // Pagefind's process takes about 0.5 MB a post: first give back what page generation freed.
          if (built.length >= RELEASE_FROM_PAGES) releaseFreedMemory();
          const { index, errors } = await createIndex({ excludeSelectors });
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: outDir, glob: pages });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          logger.info(`read ${added.page_count} pages, wrote the index to pagefind/`);
          rmSync(cached, { recursive: true, force: true });
          linkTree(output, kept);
          writeFileSync(keyFile, `${key}\n${indexFiles(kept)}`);
        } catch (error) {
          throw new Error(`Pagefind could not build the search index: ${(error as Error).message}`, { cause: error });
        } finally {
          await close();
        }
      },
    },
  };
}
