import { slug } from 'github-slugger';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { postFileUrl } from '../lib/slugs.ts';
import { isRemoteUrl, safeDecode } from '../lib/urls.ts';
import { visit } from '../lib/visit.ts';

/** A relative address of a Markdown file, with its anchor: `../notes/other.md#用法`. */
const MARKDOWN_FILE = /^([^?#]+\.mdx?)(?:#(.*))?$/iu;

/**
 * The page of a post's Markdown file linked by its path, `other.md#小节`: `/blogs/other/#小节`, its slug as Inkstone
 * gives the file's. An anchor written as the heading's text (`#Choose%20Your%20Workflow`, as Obsidian writes one) is
 * the heading's id; one without spaces is kept as written. Nothing for any other address.
 *
 * @example
 * markdownFileUrl('../notes/Other Post.md#Choose%20Your%20Workflow'); // '/blogs/other-post/#choose-your-workflow'
 */
export function markdownFileUrl(url: string): string | undefined {
  if (url.startsWith('/') || url.startsWith('#') || isRemoteUrl(url)) return undefined;
  const match = MARKDOWN_FILE.exec(url);
  if (!match) return undefined;
  const anchor = match[2] === undefined ? '' : safeDecode(match[2]);
  return postFileUrl(safeDecode(match[1]!), /\s/u.test(anchor) ? slug(anchor) : anchor);
}

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
