import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { PAGES_FOLDER, postSlug } from '../lib/slugs.ts';
import { outdated, pipelineHash } from '../markdown/posts-loader.ts';

/** What Astro's glob loader says of a folder that is not there, or has no pages: optional here. */
const NO_PAGES = /^(The base directory ".*" does not exist\.|No files found matching ".*" in directory ".*")$/u;

/**
 * Loads the pages of their own (`content/pages/about.md` → `/about/`) with Astro's `glob()` loader, which renders them
 * with the site's Markdown pipeline: a few pages need none of the posts' workers and caches. Keyed by slug, as posts
 * are (`postSlug`: the `slug` field, else the file name, `about/index.md` naming its folder). As the posts' loader
 * does, it renders every page again after a change to the Markdown pipeline (`pipelineHash`), which Astro's store
 * outlives, and a page whose files have changed since (`outdated`). The folder is optional, so Astro's warnings that
 * it is missing or empty are not passed on.
 *
 * @example
 * defineCollection({ loader: pagesLoader(), schema: createPageSchema(site.timeZone) });
 */
export function pagesLoader(): Loader {
  const inner = glob({
    base: `./${PAGES_FOLDER}`,
    pattern: '**/*.{md,mdx}',
    generateId: ({ entry, data }) => postSlug(entry, data.slug).slug,
  });
  return {
    name: 'inkstone-pages',
    load: (context) => {
      const root = fileURLToPath(context.config.root);
      const pipeline = pipelineHash(root);
      if (context.meta.get('pipeline') !== pipeline) {
        context.store.clear();
        context.meta.set('pipeline', pipeline);
      }
      for (const entry of context.store.values()) {
        if (outdated(root, entry.filePath, entry.rendered?.metadata)) context.store.delete(entry.id);
      }
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.warn = (message: string) => {
        if (!NO_PAGES.test(message)) context.logger.warn(message);
      };
      return inner.load({ ...context, logger });
    },
  };
}
