import type { Element } from 'hast';

const GENERATED = new Set(['katex', 'katex-display']);

/**
 * Whether `node` is KaTeX's output (`span.katex`, `span.katex-display`) or a code block (`<pre>`): subtrees made of
 * hundreds of spans in which no rehype plugin of Inkstone has anything to find (no heading, image, task or nested code
 * block). Walkers return `SKIP` on them; a post's tree is mostly such spans once KaTeX and Shiki have run.
 *
 * @example
 * visit(tree, 'element', (node) => {
 *   if (isOpaque(node)) return SKIP;
 *   // …
 * });
 */
export function isOpaque(node: Element): boolean {
  if (node.tagName === 'pre') return true;
  if (node.tagName !== 'span') return false;
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.some((name) => GENERATED.has(String(name)));
}
