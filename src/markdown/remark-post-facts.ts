import GithubSlugger from 'github-slugger';
import type { Definition, Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from '../lib/visit.ts';
import { type TemplateTagRef, templateTagsIn } from '../lib/content-check/template-tags.ts';
import { ALT_ATTRIBUTE, RAW_A_HREF, RAW_IMG_SRC, RAW_IMG_TAG } from '../lib/file-urls.ts';
import { DIAGRAM_LANGUAGES } from './rehype-diagrams.ts';
import { customHeadingId } from './remark-heading-custom-ids.ts';
import { treeReadingMinutes } from './remark-reading-time.ts';

/** A URL written in a post, with the line it is on. */
export interface SourceRef {
  url: string;
  line: number;
}

/**
 * An image without alt text; `html` when it is an `<img>` in raw HTML rather than `![](…)`, `embed` when it is
 * Obsidian's `![[…]]`.
 */
export interface ImageWithoutAlt extends SourceRef {
  html?: true;
  embed?: true;
}

/** A heading with its text and line. */
export interface HeadingRef {
  text: string;
  line: number;
}

/** A diagram's source, with the line of its opening fence (its first line is the next). */
export interface DiagramRef {
  source: string;
  line: number;
}

/** What the content check needs from a post's Markdown. */
export interface PostFacts {
  /** Images, as written: Markdown images and references, and `<img src>` in raw HTML. */
  images: SourceRef[];
  /**
   * Images with no alt text, which screen readers skip: Markdown images and references with empty brackets
   * (`![](a.png)`), and `<img>` in raw HTML without an `alt` attribute (`html: true`; `alt=""` is decorative on purpose).
   */
  imagesWithoutAlt: ImageWithoutAlt[];
  /** Links, as written: Markdown links and references, and `<a href>` in raw HTML. */
  links: SourceRef[];
  /** Heading ids as Astro generates them (github-slugger over the heading text). */
  headingIds: string[];
  /** Level-1 headings (`# …`), each a second top-level heading after the post's title, with their text. */
  topHeadings: HeadingRef[];
  /** Hexo tags and Hugo shortcodes written in the text (not in code), which show as written. */
  templateTags: TemplateTagRef[];
  /** Minutes to read, computed as the site computes them. */
  readingMinutes: number;
  /**
   * Diagrams (```` ```mermaid ````), which the page's script draws, each with the line of its opening fence: the build
   * ships Mermaid only for a site with one, and the content check reads them with Mermaid's parser.
   */
  diagrams: DiagramRef[];
}

export interface RemarkPostFactsOptions {
  /** Receives the facts of each post. */
  report: (facts: PostFacts) => void;
}

/** The images, links, heading ids and reading time of a tree, with the lines of its source. */
export function postFacts(tree: Root): PostFacts {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier, node));
  const images: SourceRef[] = [];
  const imagesWithoutAlt: ImageWithoutAlt[] = [];
  const links: SourceRef[] = [];
  const headingIds: string[] = [];
  const topHeadings: HeadingRef[] = [];
  const slugger = new GithubSlugger();
  const unnamed: Heading[] = [];
  const templateTags: TemplateTagRef[] = [];
  const diagrams: DiagramRef[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'text') {
      for (const tag of templateTagsIn(node.value)) templateTags.push({ ...tag, line: line + tag.line });
    } else if (node.type === 'image') {
      images.push({ url: node.url, line });
      if (!node.alt?.trim())
        imagesWithoutAlt.push({ url: node.url, line, ...(node.data?.wikiEmbed && { embed: true }) });
    } else if (node.type === 'link') links.push({ url: node.url, line });
    else if (node.type === 'code' && DIAGRAM_LANGUAGES.has(node.lang?.toLowerCase() ?? ''))
      diagrams.push({ source: node.value, line });
    else if (node.type === 'imageReference' || node.type === 'linkReference') {
      const url = definitions.get(node.identifier)?.url;
      if (url !== undefined) (node.type === 'imageReference' ? images : links).push({ url, line });
      if (url !== undefined && node.type === 'imageReference' && !node.alt?.trim())
        imagesWithoutAlt.push({ url, line });
    } else if (node.type === 'heading') {
      const id = customHeadingId(node);
      if (id === undefined) unnamed.push(node);
      else {
        // Taken, as `rehypeHeadingIds` takes the ids a page has.
        slugger.slug(id);
        headingIds.push(id);
      }
      if (node.depth === 1) topHeadings.push({ text: toString(node), line });
    } else if (node.type === 'html') {
      for (const match of node.value.matchAll(RAW_IMG_SRC)) images.push({ url: match[1] ?? match[2] ?? '', line });
      // At the line of the block where the link's tag starts, for the link check to report it there.
      for (const match of node.value.matchAll(RAW_A_HREF)) {
        const at = line + (node.value.slice(0, match.index).match(/\n/gu)?.length ?? 0);
        links.push({ url: match[1] ?? match[2] ?? '', line: at });
      }
      for (const [tag] of node.value.matchAll(RAW_IMG_TAG)) {
        if (ALT_ATTRIBUTE.test(tag)) continue;
        const [src] = tag.matchAll(RAW_IMG_SRC);
        imagesWithoutAlt.push({ url: src?.[1] ?? src?.[2] ?? '', line, html: true });
      }
    }
  });
  // As `rehypeHeadingIds` does: the ids given are taken first, wherever they are.
  for (const heading of unnamed) headingIds.push(slugger.slug(toString(heading)));
  const readingMinutes = treeReadingMinutes(tree);
  return { images, imagesWithoutAlt, links, headingIds, topHeadings, templateTags, readingMinutes, diagrams };
}

/**
 * Hands what the content check needs of a post (`postFacts`) to `report`, from the tree being rendered, so a build
 * that renders every post need not parse them a second time for the check. It changes nothing; it belongs right after
 * `markdownSyntax`, where the content check reads the same facts (`readMarkdown`).
 *
 * @example
 *   `## 简介\n\n![GPT-1](/blogs/images/gpt1.png)` → `report({ images: [{ url: '/blogs/images/gpt1.png', line: 3 }],
 *   imagesWithoutAlt: [], links: [], headingIds: ['简介'], topHeadings: [], templateTags: [], readingMinutes: 1, diagrams: [] })`
 */
export function remarkPostFacts(options: RemarkPostFactsOptions) {
  return (tree: Root) => {
    options.report(postFacts(tree));
  };
}
