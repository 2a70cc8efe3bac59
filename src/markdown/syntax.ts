import remarkDirective from 'remark-directive';
import remarkGemoji from 'remark-gemoji';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { PluggableList } from 'unified';
import { markdownText } from '../data/markdown.ts';
import { remarkCallouts } from './remark-callouts.ts';
import { remarkCodeGroups } from './remark-code-groups.ts';
import { remarkComments } from './remark-comments.ts';
import { remarkDirectiveFallback } from './remark-directive-fallback.ts';
import { remarkHeadingCustomIds } from './remark-heading-custom-ids.ts';
import { remarkHighlights } from './remark-highlights.ts';
import { remarkLineEndings } from './remark-line-endings.ts';
import { remarkLooseContainers } from './remark-loose-containers.ts';
import { remarkMarkdownLinks } from './remark-markdown-links.ts';
import { remarkTabs } from './remark-tabs.ts';
import { remarkTemplateContainers } from './remark-template-containers.ts';
import { remarkTemplateEmbeds } from './remark-template-embeds.ts';
import { remarkTemplateFigures } from './remark-template-figures.ts';
import { remarkTemplateLinks } from './remark-template-links.ts';
import { remarkTemplateVerbatim } from './remark-template-verbatim.ts';
import { remarkWikiLinks } from './remark-wiki-links.ts';

/**
 * The first remark plugins of the pipeline (`pipeline.ts`): the syntax a post is read with (GFM, math, directives,
 * emoji shortcodes) and the containers made of it, up to where its images are rewritten. The content check reads its
 * facts from a tree these plugins shaped (`readMarkdown`), the render workers from the tree they render (`remarkPostFacts`), so both agree.
 */
export const markdownSyntax = [
  // First: CRLF files render like their LF twins.
  remarkLineEndings,
  remarkGfm,
  remarkMath,
  remarkDirective,
  // Obsidian's `%%comments%%` leave before anything reads what is in them.
  remarkComments,
  // Hexo's and Hugo's math and code tags, read from the source before any plugin makes containers of what is inside.
  remarkTemplateVerbatim,
  remarkLooseContainers,
  // Before the callouts, which would take `::: code-group` and `::: tabs` for unknown callouts.
  remarkCodeGroups,
  remarkTabs,
  // Hexo's `{% note %}` and Hugo's `{{< admonition >}}`, as callouts; Hugo's `{{< figure >}}`, as an image.
  remarkTemplateContainers,
  remarkTemplateFigures,
  // Their videos, `{{< youtube id >}}`, `{{< bilibili BV… >}}`: links the post page's script turns into players.
  [remarkTemplateEmbeds, markdownText.embeds],
  // Hexo's `{% post_link hello-world %}`, a link to that post, which its page titles, and Hugo's `ref` as an address.
  remarkTemplateLinks,
  // Obsidian's `[[note]]` and `[[note#Heading|text]]`: links to that post.
  remarkWikiLinks,
  // `[用法](./other.md#用法)`, as GitHub and VitePress link files: a link to that post.
  remarkMarkdownLinks,
  [remarkCallouts, markdownText.callouts],
  // After the callouts: turns `时间:10点` and other stray directives back into text.
  remarkDirectiveFallback,
  // `==text==`, as Obsidian, Typora and VuePress highlight.
  remarkHighlights,
  // GitHub's, VitePress's and Hugo's emoji shortcodes (`:tada:` → 🎉), read once the fallback gave their text back; in
  // the syntax, so heading ids the content check computes have the emoji too.
  remarkGemoji,
  // Last, on the text the others left: a heading's own `{#id}`, which the content check's links need too.
  remarkHeadingCustomIds,
] satisfies PluggableList;
