import type { PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { tagArguments } from '../lib/content-check/template-tags.ts';
import { postPath, slugFromPath } from '../lib/slugs.ts';
import { SKIP, visit } from '../lib/visit.ts';
import { astroFrontmatter } from './astro-data.ts';

/** Hexo's link to another post, `{% post_link hello-world %}` or `{% post_link hello-world 标题 %}`: its arguments. */
const POST_LINK = /\{%-?[ \t]*post_link[ \t]+([^%\n]*?)[ \t]*-?%\}/gu;

/**
 * The post's file name and the link's text (empty if none) of `post_link`'s arguments: quotes taken off, and Hexo's
 * last `escape` argument (`true`, `false`) left out.
 */
function postLinkArguments(text: string): { name: string; text: string } | undefined {
  const [name, ...rest] = tagArguments(text);
  const last = rest.at(-1);
  if (last && !last.quoted && /^(?:true|false)$/u.test(last.text)) rest.pop();
  return name && { name: name.text, text: rest.map((argument) => argument.text).join(' ') };
}

/**
 * `node`'s text from `from` to `to`, placed where it starts in the file: its line, and the column and offset as the
 * text has them (Markdown took a line's indentation and escapes out of it).
 */
function part(node: Text, from: number, to: number): Text {
  const start = node.position?.start;
  const lines = node.value.slice(0, from).split('\n');
  const place = start && {
    line: start.line + lines.length - 1,
    column: lines.length === 1 ? start.column + from : lines.at(-1)!.length + 1,
    offset: (start.offset ?? 0) + from,
  };
  return { type: 'text', value: node.value.slice(from, to), ...(place && { position: { start: place, end: place } }) };
}

/**
 * Reads Hexo's links to other posts written in text, `{% post_link hello-world %}` and
 * `{% post_link hello-world 标题 %}`, into links to the post that file is (`/blogs/hello-world/`, its slug as Inkstone
 * gives a file's, so a post given another `slug` is a link the site's link check reports). A link without its own text
 * shows the post's title, as Hexo's does: the plugin cannot know it, so it writes the slug, marks the link
 * (`data-post-title`) and lists the linked pages in the computed frontmatter (`postLinks`), and the post's page puts
 * the titles in (`withPostTitles`). Tags in code stay as written.
 *
 * @example
 *   `参见 {% post_link hello-world %}。` →
 *   `参见 <a href="/blogs/hello-world/" data-post-title="">hello-world</a>。` (`postLinks: ['/blogs/hello-world/']`)
 */
export function remarkTemplateLinks() {
  return (tree: Root, file: VFile) => {
    const untitled = new Set<string>();
    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link' || !node.value.includes('post_link')) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(POST_LINK)) {
        const found = postLinkArguments(match[1] ?? '');
        if (!found) continue;
        const slug = slugFromPath(found.name);
        const url = postPath(slug);
        const { text } = found;
        if (match.index > last) parts.push(part(node, last, match.index));
        const link = part(node, match.index, match.index);
        parts.push({
          type: 'link',
          url,
          children: [{ type: 'text', value: text || slug }],
          ...(link.position && { position: link.position }),
          ...(text ? {} : { data: { hProperties: { dataPostTitle: '' } } }),
        });
        if (!text) untitled.add(url);
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push(part(node, last, node.value.length));
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
    if (untitled.size > 0) astroFrontmatter(file).postLinks = [...untitled];
  };
}
