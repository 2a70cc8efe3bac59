import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';
import { globSync } from 'tinyglobby';
import { hashFiles } from '../lib/file-hash.ts';
import { releaseFreedMemory } from '../lib/free-memory.ts';

export interface PagefindOptions {
  /**
   * Elements kept out of the index. Default: code blocks, KaTeX and MathML,
   * the table of contents and other navigation, buttons (copy code), text
   * only screen readers get (heading anchors' "链接到本节") and the post's
   * date/category line, so results match and quote the prose.
   */
  excludeSelectors?: string[];
}

export const DEFAULT_EXCLUDE_SELECTORS = [
  'pre',
  '.katex',
  'math',
  'nav',
  '.toc',
  'button',
  '.visually-hidden',
  '.post-meta',
];

/** The post pages, relative to the output folder (`/blogs/<slug>/`). */
const POST_PAGES = 'blogs/*/index.html';

/**
 * What the index is made of: the post pages' names and bytes, the options and the installed versions (the lock file,
 * when the project has one). The same key gives the same index, so it can be copied from the last build.
 */
function indexKey(root: string, outDir: string, pages: readonly string[], excludeSelectors: readonly string[]): string {
  const lockFile = hashFiles(root, ['package-lock.json']);
  return hashFiles(outDir, pages, `${JSON.stringify(excludeSelectors)}${lockFile}`);
}

/** The key of the index a build needs, and its indexing once started (none when the last build's index is reused). */
interface IndexJob {
  key: string;
  indexing?: Promise<{ pages: number } | { error: Error }>;
}

/**
 * Builds the Pagefind search index of the finished site into
 * `<outDir>/pagefind/` after every build. Only pages with a
 * `data-pagefind-body` element (posts) are indexed. When no post page
 * changed since the last build, its index is copied from Astro's cache
 * folder instead of being built again.
 *
 * Indexing starts as soon as the pages are written (`astro:build:generated`)
 * and runs in Pagefind's own process, into a folder of the cache, while the
 * other integrations finish (the sitemap, the link check); the index is
 * copied into the site at `astro:build:done`. This integration goes after
 * those whose `build:done` work it should overlap, and after any that change
 * the pages at `build:generated`.
 */
export function pagefind(options: PagefindOptions = {}): AstroIntegration {
  let root = '';
  let cached = '';
  let job: IndexJob | undefined;
  const excludeSelectors = options.excludeSelectors ?? DEFAULT_EXCLUDE_SELECTORS;
  /** Reuses the last build's index, or starts building one into `<cached>/next`. */
  const start = (outDir: string, logger: AstroIntegrationLogger): IndexJob => {
    const pages = globSync(POST_PAGES, { cwd: outDir }).sort();
    const key = indexKey(root, outDir, pages, excludeSelectors);
    const keyFile = path.join(cached, 'key');
    if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) return { key };
    logger.info(`indexing ${pages.length} post page(s) while the build finishes`);
    // Pagefind's process takes about 0.5 MB a post: first give back what page generation freed (1000 posts: 250 MB).
    releaseFreedMemory();
    const next = path.join(cached, 'next');
    const indexing = (async () => {
      await rm(next, { recursive: true, force: true });
      const { index, errors } = await createIndex({ excludeSelectors });
      if (!index) throw new Error(errors.join('; '));
      // Only post pages have a `data-pagefind-body`; reading the others (every list page) would only cost time.
      const added = await index.addDirectory({ path: outDir, glob: POST_PAGES });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      const written = await index.writeFiles({ outputPath: next });
      if (written.errors.length > 0) throw new Error(written.errors.join('; '));
      return { pages: added.page_count };
    })()
      // Kept until `build:done` asks for it, so a failure is reported there, not as an unhandled rejection.
      .catch((error: unknown) => ({ error: error instanceof Error ? error : new Error(String(error)) }))
      .finally(() => close());
    return { key, indexing };
  };
  return {
    name: 'inkstone:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cached = path.join(fileURLToPath(config.cacheDir), 'inkstone-pagefind');
        job = undefined;
      },
      'astro:build:generated': ({ dir, logger }) => {
        job = start(fileURLToPath(dir), logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const output = path.join(outDir, 'pagefind');
        const { key, indexing } = job ?? start(outDir, logger);
        job = undefined;
        if (!indexing) {
          cpSync(path.join(cached, 'pagefind'), output, { recursive: true });
          logger.info('no post page changed: copied the index of the last build to pagefind/');
          return;
        }
        const result = await indexing;
        if ('error' in result) {
          throw new Error(`Pagefind could not build the search index: ${result.error.message}`, {
            cause: result.error,
          });
        }
        const next = path.join(cached, 'next');
        cpSync(next, output, { recursive: true });
        rmSync(path.join(cached, 'pagefind'), { recursive: true, force: true });
        renameSync(next, path.join(cached, 'pagefind'));
        writeFileSync(path.join(cached, 'key'), key);
        logger.info(`read ${result.pages} pages, wrote the index to pagefind/`);
      },
    },
  };
}
