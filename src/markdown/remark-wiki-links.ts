import { slug } from 'github-slugger';
import type { PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { postPath, slugFromPath } from '../lib/slugs.ts';
import { SKIP, visit } from '../lib/visit.ts';
import { textPart as part } from './inline-lines.ts';

/**
 * A wikilink, `[[note]]`, `[[note|text]]`, `[[note#Heading]]`, `[[#Heading]]`: the note in group 1, the heading (or
 * `^block`) in 2, the text in 3. Not an embed (`![[image.png]]`).
 */
const WIKILINK = /(?<!!)\[\[([^[\]|#\n]*)(?:#([^[\]|\n]*))?(?:\|([^[\]\n]*))?\]\]/gu;

export interface RemarkWikiLinksOptions {
  /** The text of a link to a heading of another note without its own text. Default: `note > Heading`, as Obsidian's. */
  headingLabel?: (note: string, heading: string) => string;
}

/**
 * Reads Obsidian's wikilinks between notes, `[[note]]`, `[[note|text]]` and `[[note#Heading|text]]`, into links to
 * the post the note's file is (`/blogs/note/`, its slug as Inkstone gives a file's, so a post given another `slug`
 * is a link the site's link check reports) and to the heading's id there, as `rehypeHeadingIds` gives it; `[[#Heading]]`
 * links to a heading of the same post. A block reference (`#^id`) links to the post. A link without its own text
 * shows the note's name (`note > Heading` for a heading), as Obsidian does. Embeds (`![[…]]`) and wikilinks in code
 * stay as written.
 *
 * @example
 *   `参见 [[gpt-and-deepseek|那篇文章]]。` → `参见 <a href="/blogs/gpt-and-deepseek/">那篇文章</a>。`
 *   `[[rag-basics#检索]]` → `<a href="/blogs/rag-basics/#检索">rag-basics > 检索</a>`
 */
export function remarkWikiLinks(options: RemarkWikiLinksOptions = {}) {
  const headingLabel = options.headingLabel ?? ((note: string, heading: string) => `${note} > ${heading}`);
  return (tree: Root, file: VFile) => {
    // Most posts have none: their trees need no walk.
    if (!String(file.value ?? '').includes('[[')) return;
    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link' || !node.value.includes('[[')) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(WIKILINK)) {
        const [written, rawNote = '', rawHeading, rawText] = match;
        const note = rawNote.trim().replace(/\.mdx?$/iu, '');
        const heading = rawHeading?.trim() ?? '';
        if (note === '' && heading === '') continue;
        const anchor = heading === '' || heading.startsWith('^') ? '' : `#${slug(heading)}`;
        const url = note === '' ? anchor : `${postPath(slugFromPath(note))}${anchor}`;
        if (url === '') continue;
        const label = rawText?.trim() || (note === '' ? heading : anchor ? headingLabel(note, heading) : note);
        if (match.index > last) parts.push(part(node, last, match.index));
        const link = part(node, match.index, match.index + written.length);
        parts.push({
          type: 'link',
          url,
          children: [{ type: 'text', value: label }],
          ...(link.position && { position: link.position }),
        });
        last = match.index + written.length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push(part(node, last, node.value.length));
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
