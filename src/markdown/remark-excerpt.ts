import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { astroFrontmatter } from './astro-data.ts';

export interface RemarkExcerptOptions {
  /** Longest excerpt, in characters, before it is cut with `…`. Default: 140. */
  maxLength?: number;
}

/**
 * Stores the text of the first paragraph as `excerpt` in the frontmatter
 * Astro hands back to pages, for lists and meta descriptions.
 *
 * @example
 *   `## GPT\n\nGPT-2 模型拥有了一个重要特性……` → `{ excerpt: 'GPT-2 模型拥有了一个重要特性……' }`
 */
export function remarkExcerpt(options: RemarkExcerptOptions = {}) {
  const maxLength = options.maxLength ?? 140;
  return (tree: Root, file: VFile) => {
    const paragraph = tree.children.find(
      (node) =>
        node.type === 'paragraph' && toString(node).trim() !== '' && node.children.some((c) => c.type === 'text'),
    );
    if (!paragraph) return;
    const text = toString(paragraph).replace(/\s+/gu, ' ').trim();
    const chars = [...text];
    astroFrontmatter(file).excerpt =
      chars.length > maxLength ? `${chars.slice(0, maxLength).join('').trimEnd()}…` : text;
  };
}
