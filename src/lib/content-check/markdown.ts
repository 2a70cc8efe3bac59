import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { postFacts, type PostFacts, type SourceRef } from '../../markdown/remark-post-facts.ts';
import { markdownSyntax } from '../../markdown/syntax.ts';
import { DEFAULT_RATES } from '../reading-time.ts';

export type { SourceRef };

/** What the content check needs from a post's Markdown. */
export type MarkdownFacts = PostFacts;

const reader = unified().use(remarkParse).use(markdownSyntax);

/**
 * The version of the facts `readMarkdown` returns, for caches of them: `pipeline` is a hash of the Markdown pipeline's
 * code (`pipelineHash`), whose syntax plugins shape the tree the facts are read from.
 */
export function markdownFactsVersion(pipeline = ''): string {
  return `5 ${JSON.stringify(DEFAULT_RATES)} ${pipeline}`;
}

/**
 * Reads images, links, headings and reading time from a post body whose lines are the file's lines, from the tree the
 * pipeline's syntax plugins shape, as the render workers do (`remarkPostFacts`).
 */
export function readMarkdown(body: string): MarkdownFacts {
  const file = new VFile(body);
  return postFacts(reader.runSync(reader.parse(file), file) as Root);
}
