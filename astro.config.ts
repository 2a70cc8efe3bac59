import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentGuard } from './src/integrations/content-guard';
import { pagefind } from './src/integrations/pagefind';
import { remarkExcerpt } from './src/markdown/remark-excerpt';
import { remarkLineEndings } from './src/markdown/remark-line-endings';
import { remarkReadingTime } from './src/markdown/remark-reading-time';
import { remarkRootImages } from './src/markdown/remark-root-images';
import { site } from './src/site.config';

const contentDir = fileURLToPath(new URL('./content/blogs', import.meta.url));

export default defineConfig({
  site: site.url,
  // Overridable so tests, benchmarks and parallel builds never share `dist/` or the cache.
  outDir: process.env.INKSTONE_OUT_DIR ?? './dist',
  cacheDir: process.env.INKSTONE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The content guard comes last so its link check sees every file.
  // Pagefind indexes the finished HTML, so it comes after the integrations that write pages.
  integrations: [mdx(), sitemap(), pagefind(), contentGuard({ timeZone: site.timeZone })],
  markdown: {
    processor: unified({
      // GFM is added explicitly below, with options, instead of the built-in default.
      gfm: false,
      // SmartyPants curls quotes by looking for spaces, which CJK text has none of: `"少样本学习"` would get two closing quotes.
      smartypants: false,
      remarkPlugins: [
        remarkLineEndings,
        remarkGfm,
        [remarkRootImages, { contentDir }],
        remarkReadingTime,
        remarkExcerpt,
      ],
      rehypePlugins: [],
    }),
  },
});
