import type { Root } from 'mdast';
import remarkFlexibleMarkers from 'remark-flexible-markers';
import type { Processor, Transformer } from 'unified';
import type { VFile } from 'vfile';
import { visit } from '../lib/visit.ts';

/**
 * Highlights `==text==`, as Obsidian, Typora, VuePress and Hexo's markdown-it write it, with `<mark>`: read by
 * remark-flexible-markers, without the classes it adds (the stylesheet styles `mark` itself, in both themes). Its
 * coloured variant, `=r=text==`, is a plain highlight too. Text in code stays as written.
 *
 * @example
 *   `这是==重点==。` → `<p>这是<mark>重点</mark>。</p>`
 */
export function remarkHighlights(this: Processor) {
  const mark = remarkFlexibleMarkers.call(this, { actionForEmptyContent: 'keep' }) as Transformer<Root>;
  return (tree: Root, file: VFile) => {
    // Most posts have none: their trees need no walk.
    if (!String(file.value ?? '').includes('==')) return;
    void mark(tree, file, () => undefined);
    visit(tree, 'mark', (node) => {
      const properties = node.data?.hProperties;
      if (properties) delete properties.className;
    });
  };
}
