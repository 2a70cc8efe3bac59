import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { markdownText } from './src/data/markdown';
import { contentGuard } from './src/integrations/content-guard';
import { contentImages } from './src/integrations/content-images';
import { pagefind } from './src/integrations/pagefind';
import { pictureSources } from './src/integrations/picture-sources';
import { rehypeCodeFrame } from './src/markdown/rehype-code-frame';
import { rehypeHeadingAnchors } from './src/markdown/rehype-heading-anchors';
import { rehypeHeadingIds } from './src/markdown/rehype-heading-ids';
import { rehypeOutboundLinks } from './src/markdown/rehype-outbound-links';
import { rehypePostImages } from './src/markdown/rehype-post-images';
import { rehypeReport } from './src/markdown/rehype-report';
import { rehypeShiki } from './src/markdown/rehype-shiki';
import { rehypeTableAlign } from './src/markdown/rehype-table-align';
import { rehypeTaskListLabels } from './src/markdown/rehype-task-list-labels';
import { remarkCallouts } from './src/markdown/remark-callouts';
import { remarkDirectiveFallback } from './src/markdown/remark-directive-fallback';
import { remarkExcerpt } from './src/markdown/remark-excerpt';
import { remarkLineEndings } from './src/markdown/remark-line-endings';
import { remarkLooseContainers } from './src/markdown/remark-loose-containers';
import { remarkMathFlag } from './src/markdown/remark-math-flag';
import { remarkPostImages } from './src/markdown/remark-post-images';
import { remarkReadingTime } from './src/markdown/remark-reading-time';
import { site } from './src/site.config';

// `/X` in a post names `content/X`; images may live anywhere in the project.
const imageFolders = {
  contentRoot: fileURLToPath(new URL('./content', import.meta.url)),
  projectRoot: fileURLToPath(new URL('.', import.meta.url)),
};

export default defineConfig({
  site: site.url,
  // Overridable so tests, benchmarks and parallel builds never share `dist/` or the cache.
  outDir: process.env.INKSTONE_OUT_DIR ?? './dist',
  cacheDir: process.env.INKSTONE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Post images are copied and their pictures tidied before Pagefind indexes the finished HTML; the content guard
  // comes last so its link check sees every file.
  integrations: [
    mdx(),
    contentImages(),
    pictureSources(),
    sitemap(),
    pagefind(),
    contentGuard({ timeZone: site.timeZone }),
  ],
  image: {
    // Sharp's default AVIF effort (4) takes seconds per image width; effort 1 is about 15 times faster for ~12% more bytes.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 1 } } },
  },
  markdown: {
    // `rehypeShiki` below highlights code, in a light and a dark theme at once.
    syntaxHighlight: false,
    processor: unified({
      // GFM is added explicitly below, with options, instead of the built-in default.
      gfm: false,
      // SmartyPants curls quotes by looking for spaces, which CJK text has none of: `"少样本学习"` would get two closing quotes.
      smartypants: false,
      remarkRehype: markdownText.footnotes,
      remarkPlugins: [
        // First: CRLF files render like their LF twins.
        remarkLineEndings,
        remarkGfm,
        remarkMath,
        remarkDirective,
        remarkLooseContainers,
        [remarkCallouts, markdownText.callouts],
        // After the callouts: turns `时间:10点` and other stray directives back into text.
        remarkDirectiveFallback,
        [remarkPostImages, imageFolders],
        remarkMathFlag,
        remarkReadingTime,
        remarkExcerpt,
      ],
      rehypePlugins: [
        // Ids first, from the headings' source text (before KaTeX adds its markup).
        rehypeHeadingIds,
        // Before KaTeX and Shiki, which multiply the tree each plugin walks; neither makes links or table cells.
        [rehypeOutboundLinks, { site: site.url }],
        rehypeTableAlign,
        [rehypeKatex, { strict: 'ignore' }],
        // The frame goes around the `<pre>` that Shiki then replaces.
        [rehypeCodeFrame, markdownText.code],
        rehypeShiki,
        [rehypeHeadingAnchors, markdownText.headings],
        // After KaTeX: before it, a display formula in a task is still a `<pre>`, which would end the task's label.
        rehypeTaskListLabels,
        rehypePostImages,
        // Last: prints what every plugin above reported.
        rehypeReport,
      ],
    }),
  },
});
