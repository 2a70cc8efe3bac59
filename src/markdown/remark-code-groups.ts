import type { Root } from 'mdast';
import type {} from 'mdast-util-directive';
import type {} from 'mdast-util-to-hast';
import { visit } from '../lib/visit.ts';

export interface RemarkCodeGroupsOptions {
  /** Class of the element holding a group's code blocks, which the post page's script turns into tabs. Default: `code-group`. */
  className?: string;
}

/**
 * Reads VitePress's code groups, `::: code-group` around fenced code blocks each labelled in brackets
 * (```` ```sh [npm] ````), into an element of `className`. The post page's script turns it into tabs named by the
 * labels; without it, the blocks show one after another, each with its label as its title (`rehypeCodeFrame`). Runs
 * before `remarkCallouts`, which would take `code-group` for an unknown kind of callout.
 *
 * @example
 *   `::: code-group\n```sh [npm]\nnpm i\n```\n```sh [pnpm]\npnpm add\n```\n:::` →
 *   `<div class="code-group"><pre><code class="language-sh">npm i…</code></pre><pre>…</pre></div>`
 */
export function remarkCodeGroups(options: RemarkCodeGroupsOptions = {}) {
  const className = options.className ?? 'code-group';
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node) => {
      if (node.name !== 'code-group') return;
      node.data = { ...node.data, hName: 'div', hProperties: { className: [className] } };
    });
  };
}
