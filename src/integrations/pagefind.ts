import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

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
 * Builds the Pagefind search index of the finished site into
 * `<outDir>/pagefind/` after every build. Only pages with a
 * `data-pagefind-body` element (posts) are indexed.
 */
export function pagefind(options: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'inkstone:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const excludeSelectors = options.excludeSelectors ?? DEFAULT_EXCLUDE_SELECTORS;
        try {
          const { index, errors } = await createIndex({ excludeSelectors });
          if (!index) throw new Error(errors.join('; '));
          // Only post pages have a `data-pagefind-body`; reading the others (every list page) would only cost time.
          const added = await index.addDirectory({ path: outDir, glob: POST_PAGES });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          logger.info(`read ${added.page_count} pages, wrote the index to pagefind/`);
        } catch (error) {
          throw new Error(`Pagefind could not build the search index: ${(error as Error).message}`, { cause: error });
        } finally {
          await close();
        }
      },
    },
  };
}
