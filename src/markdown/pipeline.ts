import path from 'node:path';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
// KaTeX's mhchem extension: chemistry as `\ce{2H2 + O2 -> 2H2O}` and units as `\pu{123 kJ/mol}`, which KaTeX itself
// reports as unknown. It adds the macros to the KaTeX that rehype-katex renders with (one package: see package.json's
// `overrides`), in this process and in each render worker, as both load this module.
import 'katex/contrib/mhchem';
import rehypeKatex from 'rehype-katex';
import type { PluggableList } from 'unified';
import { markdownText } from '../data/markdown.ts';
import type { ImageSizes } from '../lib/intrinsic-size.ts';
import type { LinkedFiles } from '../lib/linked-files.ts';
import { basePath } from '../lib/urls.ts';
import type { SiteConfig } from '../schema/site.ts';
import { rehypeBase } from './rehype-base.ts';
import { rehypeCodeFrame } from './rehype-code-frame.ts';
import { rehypeDiagrams } from './rehype-diagrams.ts';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { rehypeHeadingHtml } from './rehype-heading-html.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeHeadingTexts } from './rehype-heading-texts.ts';
import { rehypeKatexMemo } from './rehype-katex-memo.ts';
import { rehypeMathPunctuation } from './rehype-math-punctuation.ts';
import { rehypeOutboundLinks } from './rehype-outbound-links.ts';
import { rehypePostImages } from './rehype-post-images.ts';
import { rehypeReport } from './rehype-report.ts';
import { rehypeSetAside } from './rehype-set-aside.ts';
import { rehypeShiki } from './rehype-shiki.ts';
import { rehypeTableAlign } from './rehype-table-align.ts';
import { rehypeTaskListLabels } from './rehype-task-list-labels.ts';
import { remarkExcerpt } from './remark-excerpt.ts';
import { remarkMathFlag } from './remark-math-flag.ts';
import { type PostFacts, remarkPostFacts } from './remark-post-facts.ts';
import { remarkPostFiles } from './remark-post-files.ts';
import { remarkPostImages } from './remark-post-images.ts';
import { remarkReadingTime } from './remark-reading-time.ts';
import { remarkTemplateEscapes } from './remark-template-escapes.ts';
import { markdownSyntax } from './syntax.ts';

export interface PipelineOptions {
  /** The project folder: `/X` in a post names `<root>/content/X`; images may live anywhere in it. */
  root: string;
  /** Where the report plugin prints each warning. Default: `console.warn`. */
  log?: (line: string) => void;
  /** Receives the facts the content check needs of each post (`remarkPostFacts`), read from the tree being rendered. */
  facts?: (facts: PostFacts) => void;
  /** Receives the sizes of the images a post serves as they are (`remarkPostImages`'s `sized`). */
  sized?: (sizes: ImageSizes) => void;
  /** Receives the files a post's relative links were looked for at, and whether each was there (`remarkPostFiles`). */
  linked?: (files: LinkedFiles) => void;
  /**
   * Where `rehypeSetAside` puts KaTeX's output and code blocks, to skip Astro's second HTML parse, and where
   * `rehypeKatexMemo`, in place of rehype-katex, puts each formula, rendered once per pipeline; only for a renderer
   * whose HTML is then passed through `putBack` (the render workers). Default: nothing is set aside.
   */
  setAside?: Map<string, string>;
}

/**
 * The options of `unified({...})` from `@astrojs/markdown-remark`: one Markdown pipeline, used by `astro.config.ts`
 * (Markdown and MDX) and by the render workers of the posts' content loader, so both render alike.
 */
export function markdownPipeline(site: SiteConfig, { root, log, facts, sized, linked, setAside }: PipelineOptions) {
  const katex = { strict: 'ignore' } as const;
  const imageFolders = { contentRoot: path.join(root, 'content'), projectRoot: root };
  return {
    // GFM is added explicitly below, with options, instead of the built-in default.
    gfm: false,
    // SmartyPants curls quotes by looking for spaces, which CJK text has none of: `"少样本学习"` would get two closing quotes.
    smartypants: false,
    remarkRehype: markdownText.footnotes,
    remarkPlugins: [
      ...markdownSyntax,
      // Before the images are rewritten, so the check sees the URLs as written.
      ...(facts ? [[remarkPostFacts, { report: facts }] satisfies PluggableList[number]] : []),
      // After the facts: the shortcodes it shows as written are meant to be, not ones to warn of.
      remarkTemplateEscapes,
      [remarkPostImages, { ...imageFolders, sized, base: basePath(site.url) }],
      // After the images, which own the definitions they use.
      [remarkPostFiles, { ...imageFolders, linked }],
      remarkMathFlag,
      remarkReadingTime,
      remarkExcerpt,
    ],
    rehypePlugins: [
      // Ids first, from the headings' source text (before KaTeX adds its markup).
      rehypeHeadingIds,
      // Their text for the table of contents, math as its TeX, and which of them contain math.
      rehypeHeadingTexts,
      // Before KaTeX too: a link's hidden name is its heading's text, math as its TeX (after KaTeX, `x^2` reads
      // `x2x^2x2`), and the tree to walk is a fraction of the size.
      [rehypeHeadingAnchors, markdownText.headings],
      // Before KaTeX and Shiki, which multiply the tree each plugin walks; neither makes links or table cells.
      [rehypeOutboundLinks, { site: site.url }],
      rehypeTableAlign,
      // Before KaTeX, while a formula is still one element: the punctuation against it stays on its line.
      rehypeMathPunctuation,
      // In the render workers, each formula is rendered once per worker, and set aside at once.
      setAside ? [rehypeKatexMemo, { katex, store: setAside, memo: new Map() }] : [rehypeKatex, katex],
      // The HTML of the headings with math, KaTeX's markup included, for the table of contents.
      rehypeHeadingHtml,
      // Diagrams are drawn in the browser, not framed or highlighted as code.
      [rehypeDiagrams, markdownText.diagrams],
      // The frame goes around the `<pre>` that Shiki then replaces.
      [rehypeCodeFrame, markdownText.code],
      rehypeShiki,
      // After KaTeX: before it, a display formula in a task is still a `<pre>`, which would end the task's label.
      rehypeTaskListLabels,
      rehypePostImages,
      // After every plugin that writes a link or an image from the site's root (the images' links among them).
      [rehypeBase, { base: basePath(site.url) }],
      // After every plugin that reports: prints what they reported.
      [rehypeReport, log ? { log } : {}],
      // After every plugin that reads the tree: what it sets aside only comes back in the HTML.
      ...(setAside ? [[rehypeSetAside, { store: setAside }] satisfies PluggableList[number]] : []),
    ],
  } satisfies UnifiedProcessorOptions;
}
