/**
 * What each feature of a post page works on, by selector: the article script (`article.ts`) loads a feature's code
 * only where the page has its elements, and the feature finds them by the same selector.
 */
export const FEATURES = {
  /** The copy buttons of code blocks (`rehypeCodeFrame`). */
  codeCopy: '.code__copy',
  /** Mermaid diagrams, drawn in the browser (`rehypeDiagrams`). */
  diagrams: 'figure.diagram',
  /** The links that stand for an embedded video until it is played (`remarkTemplateEmbeds`). */
  embeds: '.embed > a',
  /** The frame the comments load in (`PostComments.astro`). */
  comments: '[data-comments]',
  /** Where a post's count of reads shows (`PostMeta.astro`). */
  pageviews: '[data-pageviews]',
  /** Where a post's count of comments shows in a list of posts (`PostMeta.astro`). */
  commentCounts: '[data-comment-count]',
} as const;
