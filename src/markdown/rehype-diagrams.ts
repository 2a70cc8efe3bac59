import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { codeBlocks } from './code-blocks.ts';

export interface RehypeDiagramsOptions {
  /**
   * What a diagram that cannot be drawn says above its source, `{reason}` standing for Mermaid's reason, for the page's
   * script. Default: English.
   */
  errorText?: string;
}

/** The fence languages of diagrams: Mermaid, as GitHub, GitLab, VitePress, VuePress and Hexo's and Hugo's themes read it. */
export const DIAGRAM_LANGUAGES = new Set(['mermaid']);

/** Whether a source names a diagram language at all: only then can it have a diagram. */
const MENTIONS_DIAGRAMS = new RegExp([...DIAGRAM_LANGUAGES].join('|'), 'iu');

/**
 * Makes each ```` ```mermaid ```` block a figure holding the diagram's source, for the page's script to draw
 * (`src/scripts/diagrams.ts`), instead of a highlighted code block. Without JavaScript, in feeds and where a diagram
 * cannot be drawn, its source shows as plain preformatted text; the search index skips it, as it skips code. Runs
 * before the code frames and Shiki, which then leave it alone.
 *
 * @example
 *   ```` ```mermaid ```` / `graph LR; A-->B` / ```` ``` ```` →
 *   `<figure class="diagram" data-diagram="mermaid" data-error-text="The diagram cannot be drawn: {reason}"><pre class="diagram__source">graph LR; A-->B</pre></figure>`
 */
export function rehypeDiagrams(options: RehypeDiagramsOptions = {}) {
  const errorText = options.errorText ?? 'The diagram cannot be drawn: {reason}';
  return (tree: Root, file: VFile) => {
    // Most posts have none: their trees need no walk.
    if (!MENTIONS_DIAGRAMS.test(String(file.value ?? ''))) return;
    for (const block of codeBlocks(tree)) {
      if (!DIAGRAM_LANGUAGES.has(block.language)) continue;
      const source = toString(block.code).replace(/\n$/u, '');
      // The `<pre>` becomes the figure in place, so the walks that found it, and its position, stay as they were.
      Object.assign(block.pre, {
        tagName: 'figure',
        properties: { className: ['diagram'], dataDiagram: block.language, dataErrorText: errorText },
        children: [
          {
            type: 'element',
            tagName: 'pre',
            properties: { className: ['diagram__source'] },
            children: [{ type: 'text', value: source }],
          },
        ],
      });
    }
  };
}
