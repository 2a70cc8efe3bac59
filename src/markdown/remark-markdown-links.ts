import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { markdownFileUrl } from '../lib/slugs.ts';
import { visit } from '../lib/visit.ts';

/**
 * Reads links to another post's Markdown file, `[用法](./other.md#用法)`, as GitHub, VitePress and Obsidian write them
 * between files, into links to that post's page, `/blogs/other/#用法`, which the link check then checks: from the
 * post's page the file's path leads nowhere. Links and definitions alike; images and other files are left alone.
 *
 * @example
 *   `[上一篇](./gpt-and-deepseek.md)` → `<a href="/blogs/gpt-and-deepseek/">上一篇</a>`
 */
export function remarkMarkdownLinks() {
  return (tree: Root, file: VFile) => {
    // Most posts link to no Markdown file: their trees need no walk.
    if (!/\.mdx?\b/iu.test(String(file.value ?? ''))) return;
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const url = markdownFileUrl(node.url);
      if (url) node.url = url;
    });
  };
}
