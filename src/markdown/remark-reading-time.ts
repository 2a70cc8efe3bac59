import type { Root } from 'mdast';
import type {} from 'mdast-util-math';
import { visit } from '../lib/visit.ts';
import type { VFile } from 'vfile';
import { DEFAULT_RATES, readingMinutes, type ReadingRates } from '../lib/reading-time.ts';
import { astroFrontmatter } from './astro-data.ts';

export interface RemarkReadingTimeOptions {
  /** Reading speeds. Default: `DEFAULT_RATES` (400 CJK characters, 230 words a minute, code at 0.3). */
  rates?: ReadingRates;
}

/**
 * Computes the minutes a post takes to read from its text and stores them as
 * `readingMinutes` in the frontmatter Astro hands back to pages.
 *
 * @example
 *   `GPT 模型的诞生和发展……` (about 2,000 characters) → `{ readingMinutes: 6 }`
 */
export function remarkReadingTime(options: RemarkReadingTimeOptions = {}) {
  const rates = options.rates ?? DEFAULT_RATES;
  return (tree: Root, file: VFile) => {
    astroFrontmatter(file).readingMinutes = treeReadingMinutes(tree, rates);
  };
}

/** The minutes it takes to read a Markdown tree: its text as prose, its code and math as code. */
export function treeReadingMinutes(tree: Root, rates: ReadingRates = DEFAULT_RATES): number {
  const prose: string[] = [];
  const code: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') code.push(node.value);
    else if (node.type === 'text') prose.push(node.value);
    else if (node.type === 'math' || node.type === 'inlineMath') code.push(node.value);
  });
  return readingMinutes({ prose: prose.join(' '), code: code.join('\n') }, rates);
}
