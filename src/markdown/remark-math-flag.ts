import type { Root } from 'mdast';
import type {} from 'mdast-util-math';
import { EXIT, visit } from '../lib/visit.ts';
import type { VFile } from 'vfile';
import { astroFrontmatter } from './astro-data.ts';

/**
 * Records `hasMath: true` in the frontmatter Astro hands back to pages when a
 * post contains math (`$…$`, `$$…$$` or a ```` ```math ```` block), so only those
 * pages load KaTeX's stylesheet.
 *
 * @example
 *   `质能方程 $E = mc^2$` → `{ hasMath: true }`
 */
export function remarkMathFlag() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      const math = node.type === 'math' || node.type === 'inlineMath' || (node.type === 'code' && node.lang === 'math');
      if (!math) return;
      astroFrontmatter(file).hasMath = true;
      return EXIT;
    });
  };
}
