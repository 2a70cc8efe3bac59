import type { Element, Root } from 'hast';
import { SKIP, visit } from '../lib/visit.ts';
import { isOpaque } from './opaque.ts';

/** A fenced code block in hast: `<pre><code class="language-x">`, with its meta string. */
export interface CodeBlock {
  pre: Element;
  code: Element;
  /** The language as written after the fence, lower-cased; empty when none. */
  language: string;
  /** What follows the language on the fence line, e.g. `{2,4-6} title="app.ts"`. */
  meta: string;
}

function languageOf(code: Element): string {
  const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
  const name = classes.map(String).find((c) => c.startsWith('language-'));
  return name ? name.slice('language-'.length).toLowerCase() : '';
}

/** Every fenced code block of the tree that has not been highlighted yet. */
export function codeBlocks(tree: Root): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  visit(tree, 'element', (pre) => {
    // Code blocks are `<pre>`s, and hold none; KaTeX's spans hold none either.
    if (!isOpaque(pre)) return undefined;
    const [code, ...rest] = pre.children;
    if (pre.tagName !== 'pre' || rest.length > 0 || code?.type !== 'element' || code.tagName !== 'code') return SKIP;
    // MDX moves the meta string into a property; Markdown keeps it in `data`.
    const meta = (code.data as { meta?: string } | undefined)?.meta ?? code.properties.metastring;
    blocks.push({ pre, code, language: languageOf(code), meta: typeof meta === 'string' ? meta : '' });
    return SKIP;
  });
  return blocks;
}
