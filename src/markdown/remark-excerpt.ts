import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { astroFrontmatter } from './astro-data.ts';

export interface RemarkExcerptOptions {
  /** Longest excerpt, in characters, before it is cut with `…`. Default: 140. */
  maxLength?: number;
}

/** The excerpt marker of Hexo, Hugo and VuePress: `<!-- more -->`, in any case and spacing. */
const MORE = /^<!--\s*more\s*-->$/iu;

/** Ends in a CJK character or punctuation, after which a next paragraph follows without a space. */
const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]$/u;

const hasText = (node: RootContent): node is Paragraph =>
  node.type === 'paragraph' && toString(node).trim() !== '' && node.children.some((c) => c.type === 'text');

/**
 * Stores the text of the first paragraph as `excerpt` in the frontmatter
 * Astro hands back to pages, for lists and meta descriptions. A post with
 * an excerpt marker (`<!-- more -->`, as Hexo, Hugo and VuePress write it)
 * gets the text of the paragraphs above it instead.
 *
 * @example
 *   `## GPT\n\nGPT-2 模型拥有了一个重要特性……` → `{ excerpt: 'GPT-2 模型拥有了一个重要特性……' }`
 *   `第一段。\n\n第二段。\n\n<!-- more -->\n\n正文。` → `{ excerpt: '第一段。第二段。' }`
 */
export function remarkExcerpt(options: RemarkExcerptOptions = {}) {
  const maxLength = options.maxLength ?? 140;
  return (tree: Root, file: VFile) => {
    const more = tree.children.findIndex((node) => node.type === 'html' && MORE.test(node.value.trim()));
    const above = more === -1 ? [] : tree.children.slice(0, more).filter(hasText);
    const paragraphs = above.length > 0 ? above : tree.children.filter(hasText).slice(0, 1);
    if (paragraphs.length === 0) return;
    const text = paragraphs
      .map((paragraph) => toString(paragraph).replace(/\s+/gu, ' ').trim())
      .reduce((joined, next) => (joined === '' || CJK_END.test(joined) ? joined + next : `${joined} ${next}`), '');
    const chars = [...text];
    astroFrontmatter(file).excerpt =
      chars.length > maxLength ? `${chars.slice(0, maxLength).join('').trimEnd()}…` : text;
  };
}
