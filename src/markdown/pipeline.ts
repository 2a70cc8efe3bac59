import path from 'node:path';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { markdownText } from '../data/markdown.ts';
import type { SiteConfig } from '../schema/site.ts';
import { rehypeCodeFrame } from './rehype-code-frame.ts';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeOutboundLinks } from './rehype-outbound-links.ts';
import { rehypePostImages } from './rehype-post-images.ts';
import { rehypeReport } from './rehype-report.ts';
import { rehypeShiki } from './rehype-shiki.ts';
import { rehypeTableAlign } from './rehype-table-align.ts';
import { rehypeTaskListLabels } from './rehype-task-list-labels.ts';
import { remarkCallouts } from './remark-callouts.ts';
import { remarkDirectiveFallback } from './remark-directive-fallback.ts';
import { remarkExcerpt } from './remark-excerpt.ts';
import { remarkLineEndings } from './remark-line-endings.ts';
import { remarkLooseContainers } from './remark-loose-containers.ts';
import { remarkMathFlag } from './remark-math-flag.ts';
import { remarkPostImages } from './remark-post-images.ts';
import { remarkReadingTime } from './remark-reading-time.ts';

export interface PipelineOptions {
  /** The project folder: `/X` in a post names `<root>/content/X`; images may live anywhere in it. */
  root: string;
  /** Where the report plugin prints each warning. Default: `console.warn`. */
  log?: (line: string) => void;
}

/**
 * The options of `unified({...})` from `@astrojs/markdown-remark`: one Markdown pipeline, used by `astro.config.ts`
 * (Markdown and MDX) and by the render workers of the posts' content loader, so both render alike.
 */
export function markdownPipeline(site: SiteConfig, { root, log }: PipelineOptions) {
  const imageFolders = { contentRoot: path.join(root, 'content'), projectRoot: root };
  return {
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
      [rehypeReport, log ? { log } : {}],
    ],
  } satisfies UnifiedProcessorOptions;
}
