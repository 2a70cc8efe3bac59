import GithubSlugger from 'github-slugger';
import type { Definition, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { remarkReadingTime } from '../../markdown/remark-reading-time.ts';
import { DEFAULT_RATES } from '../reading-time.ts';

/** A URL written in a post, with the line it is on. */
export interface SourceRef {
  url: string;
  line: number;
}

/** What the content check needs from a post's Markdown. */
export interface MarkdownFacts {
  images: SourceRef[];
  links: SourceRef[];
  /** Heading ids as Astro generates them (github-slugger over the heading text). */
  headingIds: string[];
  /** Minutes to read, computed as the site computes them. */
  readingMinutes: number;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath);

/** Changes whenever what `readMarkdown` returns could change, so cached facts are not reused. */
export const MARKDOWN_FACTS_VERSION = `1 ${JSON.stringify(DEFAULT_RATES)}`;
const HTML_IMG = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)')/giu;

/** Reads images, links and headings from a post body whose lines are the file's lines. */
export function readMarkdown(body: string): MarkdownFacts {
  const file = new VFile(body);
  const tree = parser.parse(file) as Root;
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier, node));
  const images: SourceRef[] = [];
  const links: SourceRef[] = [];
  const headingIds: string[] = [];
  const slugger = new GithubSlugger();
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'image') images.push({ url: node.url, line });
    else if (node.type === 'link') links.push({ url: node.url, line });
    else if (node.type === 'imageReference' || node.type === 'linkReference') {
      const url = definitions.get(node.identifier)?.url;
      if (url !== undefined) (node.type === 'imageReference' ? images : links).push({ url, line });
    } else if (node.type === 'heading') headingIds.push(slugger.slug(toString(node)));
    else if (node.type === 'html') {
      for (const match of node.value.matchAll(HTML_IMG)) images.push({ url: match[1] ?? match[2] ?? '', line });
    }
  });
  remarkReadingTime()(tree, file);
  const computed = (file.data as { astro?: { frontmatter?: { readingMinutes?: number } } }).astro?.frontmatter;
  return { images, links, headingIds, readingMinutes: computed?.readingMinutes ?? 1 };
}
