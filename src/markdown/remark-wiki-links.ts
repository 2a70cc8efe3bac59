import { slug } from 'github-slugger';
import type { PhrasingContent, Root } from 'mdast';
import { lookup } from 'mrmime';
import type { VFile } from 'vfile';
import { postFileUrl } from '../lib/slugs.ts';
import { SKIP, visit } from '../lib/visit.ts';
import { splitText, textPart } from './inline-lines.ts';

/**
 * A wikilink, `[[note]]`, `[[note|text]]`, `[[note#Heading]]`, `[[#Heading]]`, or an embed, `![[image.png|alt]]`: the
 * `!` in group 1, the note or file in 2, the heading (or `^block`) in 3, the text in 4.
 */
const WIKILINK = /(!?)\[\[([^[\]|#\n]*)(?:#([^[\]|\n]*))?(?:\|([^[\]\n]*))?\]\]/gu;

/** The files an embed shows as an image; another file (a PDF) is linked, and a note's text is linked to. */
const IMAGE = /\.(?:avif|bmp|gif|jpe?g|png|svg|webp)$/iu;

/** Whether an embed names a file other than a note, by a known type's extension (`讲义.pdf`, not `v1.2 发布`). */
const namesFile = (target: string) => !/markdown|mdx/u.test(lookup(target) ?? 'markdown');

/** Whether an embed shows a note's text in Obsidian: it names neither an image nor another file. */
const embedsNote = (target: string) => !IMAGE.test(target) && !namesFile(target);

/** Obsidian's size of an embedded image, `|300` or `|300x200`, where other text is its alt text. */
const SIZE = /^\d+(?:x\d+)?$/u;

declare module 'mdast' {
  interface ImageData {
    /** Written as Obsidian's embed, `![[diagram.png|描述]]`, so the content check's advice is written so too. */
    wikiEmbed?: boolean;
  }
}

export interface RemarkWikiLinksOptions {
  /** The text of a link to a heading of another note without its own text. Default: `note > Heading`, as Obsidian's. */
  headingLabel?: (note: string, heading: string) => string;
}

/**
 * Reads Obsidian's wikilinks between notes, `[[note]]`, `[[note|text]]` and `[[note#Heading|text]]`, into links to
 * the post the note's file is (`/blogs/note/`, its slug as Inkstone gives a file's, so a post given another `slug`
 * is a link the site's link check reports) and to the heading's id there, as `rehypeHeadingIds` gives it; `[[#Heading]]`
 * links to a heading of the same post. A block reference (`#^id`) links to the post. A link without its own text
 * shows the note's name (`note > Heading` for a heading), as Obsidian does.
 *
 * An embedded image, `![[diagram.png]]` or `![[images/diagram.png|描述]]`, is that image, its path relative to the
 * post (or in the folder named after it, or a bare name anywhere in the content root: `resolveFileUrl`), checked and
 * optimized as any other; a size (`|300`) is left out. Another
 * embedded file, `![[讲义.pdf]]`, is a link to it by that path (`remarkPostFiles` finds it and the build serves it).
 * An embedded note, `![[note]]` or `![[note#Heading]]`, whose text Obsidian shows in place, is a link to it as
 * `[[note]]` is, with a warning (`note-embed`) at its line: the site does not copy one post's text into another.
 * Wikilinks in code or inside a link stay as written.
 *
 * @example
 *   `参见 [[gpt-and-deepseek|那篇文章]]。` → `参见 <a href="/blogs/gpt-and-deepseek/">那篇文章</a>。`
 *   `[[rag-basics#检索]]` → `<a href="/blogs/rag-basics/#检索">rag-basics > 检索</a>`
 *   `![[images/diagram.png|流程图]]` → `![流程图](images/diagram.png)`
 *   `![[讲义.pdf]]` → `[讲义.pdf](讲义.pdf)`
 */
export function remarkWikiLinks(options: RemarkWikiLinksOptions = {}) {
  const headingLabel = options.headingLabel ?? ((note: string, heading: string) => `${note} > ${heading}`);
  /** The link or image a match stands for, or undefined if it stays text. */
  const nodeOf = ([, embed, rawNote = '', rawHeading, rawText]: RegExpExecArray): PhrasingContent | undefined => {
    const text = rawText?.trim() ?? '';
    const target = rawNote.trim();
    if (embed && IMAGE.test(target)) {
      return { type: 'image', url: target, alt: SIZE.test(text) ? '' : text, title: null, data: { wikiEmbed: true } };
    }
    if (embed && namesFile(target)) {
      const name = target.split('/').at(-1)!;
      return { type: 'link', url: target, children: [{ type: 'text', value: text && !SIZE.test(text) ? text : name }] };
    }
    const note = rawNote.trim().replace(/\.mdx?$/iu, '');
    const heading = rawHeading?.trim() ?? '';
    const anchor = heading === '' || heading.startsWith('^') ? '' : slug(heading);
    const url = note === '' ? anchor && `#${anchor}` : postFileUrl(note, anchor);
    if (!url) return undefined;
    const label = text || (note === '' ? heading : anchor ? headingLabel(note, heading) : note);
    return { type: 'link', url, children: [{ type: 'text', value: label }] };
  };
  return (tree: Root, file: VFile) => {
    // Most posts have none: their trees need no walk.
    if (!String(file.value ?? '').includes('[[')) return;
    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link' || !node.value.includes('[[')) return;
      const parts = splitText(node, WIKILINK, (match) => {
        const made = nodeOf(match);
        if (made && match[1] && embedsNote(match[2]!.trim())) {
          const place = textPart(node, match.index, match.index).position;
          const reason = `${match[0]} embeds a note, whose text Obsidian shows here; the site links to it instead. Copy the text in if it should show here, or write ${match[0].slice(1)} to link it without this warning.`;
          file.message(reason, { place, ruleId: 'note-embed', source: 'inkstone' });
        }
        return made;
      });
      if (!parts) return;
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
