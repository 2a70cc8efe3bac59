import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroUserConfig } from 'astro';
import { configFiles } from './src/integrations/config-files.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { contentFiles } from './src/integrations/content-files.ts';
import { diagrams } from './src/integrations/diagrams.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { pictureSources } from './src/integrations/picture-sources.ts';
import { aliasUrls } from './src/lib/aliases.ts';
import { commentCountServer } from './src/lib/comments.ts';
import { isAstroHeadInjectWarning } from './src/lib/known-warnings.ts';
import { pageLastmods, postLastmods } from './src/lib/sitemap-dates.ts';
import { postUrl } from './src/lib/slugs.ts';
import { basePath } from './src/lib/urls.ts';
import { markdownPipeline } from './src/markdown/pipeline.ts';
import { site } from './src/site.config.ts';

/** Each post page's last change, and each page of its own's that gives one, for the sitemap; from the content check. */
let lastmods = new Map<string, string>();
/** The pages of the published posts' aliases, which only send readers on: not in the sitemap. */
let aliases = new Set<string>();
/** The pages of the unlisted posts, for whoever has their link: not in the sitemap either. */
let unlisted = new Set<string>();
/** Whether a published post has a diagram, for which the site ships Mermaid; filled in by the content check. */
let hasDiagrams = false;

// Typed by `satisfies`, not `defineConfig`: `astro/config` imports SVGO (about 400 modules, 0.3 to 0.5 s) for its
// `svgoOptimizer`, which the site does not use, and Astro's commands do not import it themselves.
export default {
  site: site.url,
  // The path the site is served under, from its address: `/blog/` for `https://me.github.io/blog/`.
  base: basePath(site.url),
  // Overridable so tests, benchmarks and parallel builds never share `dist/` or the cache.
  outDir: process.env.INKSTONE_OUT_DIR ?? './dist',
  cacheDir: process.env.INKSTONE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Astro writes one page at a time by default, idle while each file (and its incremental-build copy) is written. With
    // four pages in flight the writing overlaps rendering: page generation ~30% faster, the same bytes.
    concurrency: 4,
  },
  // Post images are copied and their pictures tidied before Pagefind indexes the finished HTML; the content guard
  // comes last so its link check sees every file.
  integrations: [
    mdx(),
    // The dev server restarts when a file this config imports changes (the site config among them), not only this one.
    configFiles(),
    contentFiles(),
    pictureSources(),
    sitemap({
      filter: (page) => !aliases.has(page) && !unlisted.has(page),
      serialize: (item) => ({ ...item, lastmod: lastmods.get(item.url) }),
    }),
    pagefind(),
    diagrams({ used: () => hasDiagrams }),
    contentGuard({
      timeZone: site.timeZone,
      siteAuthor: site.author,
      checked: (posts, pages) => {
        lastmods = new Map([
          ...postLastmods(posts, site.url, site.timeZone),
          ...pageLastmods(pages, site.url, site.timeZone),
        ]);
        aliases = aliasUrls(posts, site.url);
        unlisted = new Set(posts.filter((post) => post.data.unlisted).map((post) => postUrl(post.slug, site.url)));
        hasDiagrams = posts.some((post) => post.published && post.markdown.diagrams.length > 0);
      },
    }),
  ],
  image: {
    // Sharp's default AVIF effort (4) takes seconds per image width; effort 1 is about 15 times faster for ~12% more bytes.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 1 } } },
  },
  // Pages whose `cacheKey` (see `src/data/posts.ts`) and code are unchanged are copied from the last build.
  experimental: { incrementalBuild: true },
  vite: {
    // Vite's own cache (`node_modules/.vite` by default) goes beside Astro's when that is moved: the fixture sites of the
    // tests share the project's `node_modules`, and two builds re-optimizing one folder at once failed with ENOTEMPTY.
    ...(process.env.INKSTONE_CACHE_DIR && { cacheDir: path.join(process.env.INKSTONE_CACHE_DIR, 'vite') }),
    // Which service keeps the comments, if any, so that the post page's script bundles the code of that one alone.
    define: {
      'import.meta.env.INKSTONE_COMMENTS': JSON.stringify(
        site.comments?.waline ? 'waline' : site.comments?.twikoo ? 'twikoo' : site.comments?.giscus ? 'giscus' : '',
      ),
      'import.meta.env.INKSTONE_PAGEVIEWS': JSON.stringify(site.comments?.waline?.pageview === true),
      // Whether the lists of posts ask the service for their posts' counts of comments.
      'import.meta.env.INKSTONE_COMMENT_COUNTS': JSON.stringify(commentCountServer(site.comments) !== undefined),
    },
    build: {
      rolldownOptions: {
        // Every MDX post made Rolldown warn about a directive Astro writes and never reads (see the function).
        onLog(level, log, handler) {
          if (!isAstroHeadInjectWarning(log)) handler(level, log);
        },
      },
    },
  },
  markdown: {
    // `rehypeShiki` in the pipeline highlights code, in a light and a dark theme at once.
    syntaxHighlight: false,
    processor: unified(markdownPipeline(site, { root: fileURLToPath(new URL('.', import.meta.url)) })),
  },
} satisfies AstroUserConfig;
