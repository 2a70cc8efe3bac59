import type { Code, Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from '../lib/visit.ts';
import { splitFirstLine } from './inline-lines.ts';

export interface RemarkTabsOptions {
  /**
   * Class of a group of tabs, which the post page's script turns into tabs. Its panels are `<className>__panel`, each
   * starting with its name in a `<className>__label` paragraph. Default: `tabs`.
   */
  className?: string;
  /** Class of the code groups (`remarkCodeGroups`) that `code-tabs` of code blocks alone become. Default: `code-group`. */
  codeGroupClassName?: string;
}

type Content = ContainerDirective['children'][number];

interface Tab {
  title: string;
  /** What ties the tab to tabs of other groups: the value after `#`, else its title. */
  key: string;
  active: boolean;
  children: Content[];
}

/** `@tab Title`, or `@tab:active Title` for the tab shown first. */
const MARKER = /^@tab(:active)?[ \t]+(\S.*?)[ \t]*$/u;

/** `Title#value`: a tab's title and the value it is chosen by, when one follows the last `#` (not in `C#` alone). */
const VALUE = /^(.*\S)[ \t]*#[ \t]*([^#]*[^#\s])$/u;

/** The first line of an inline node as written: remark-directive reads the `:active` of `@tab:active` as a directive. */
const written = (node: PhrasingContent) =>
  node.type === 'textDirective' && node.children.length === 0 ? `:${node.name}` : toString(node);

/** The tab a paragraph starts, if its first line is a marker, with the rest of the paragraph as its first content. */
function marker(node: Content): Tab | undefined {
  if (node.type !== 'paragraph' || node.data?.directiveLabel) return undefined;
  const [line, rest] = splitFirstLine(node.children);
  const match = MARKER.exec(line.map(written).join(''));
  if (!match?.[2]) return undefined;
  const children: Content[] = rest.length > 0 ? [{ type: 'paragraph', children: rest }] : [];
  const [title, key] = VALUE.exec(match[2])?.slice(1) ?? [match[2], match[2]];
  return { title: title!, key: key!, active: match[1] !== undefined, children };
}

/**
 * Makes `node` a group of `className`: with `data-active`, the index of the panel to show first (`shown`) when the
 * author chose a tab, and `data-keys`, each panel's value as JSON (`keys`), when a tab has one apart from its title
 * (`@tab 用 npm#npm`).
 */
function makeGroup(node: ContainerDirective, className: string, tabs: Tab[], shown: number, keys: string[]) {
  const chosen = tabs.some((tab) => tab.active);
  const keyed = tabs.some((tab) => tab.key !== tab.title);
  node.data = {
    ...node.data,
    hName: 'div',
    hProperties: {
      className: [className],
      ...(chosen ? { dataActive: String(shown) } : {}),
      ...(keyed ? { dataKeys: JSON.stringify(keys) } : {}),
    },
  };
}

/**
 * A code block named `title`, as VitePress's code groups name theirs, `[title]` first in the fence's meta (the first
 * title there wins), or `title="…"` for a title with a `]`.
 */
function labelled(code: Code, title: string) {
  const name = title.includes(']') ? `title="${title.replaceAll('"', "'")}"` : `[${title}]`;
  code.meta = [name, code.meta].filter(Boolean).join(' ');
}

/**
 * Reads VuePress's tabs (vuepress-theme-hope, vuepress-plugin-md-enhance): `::: tabs` or `::: code-tabs` (with an
 * optional `#id`, which needs no reading here: tabs of one name are chosen together on a page) around tabs each
 * started by an `@tab Title` line, `@tab:active Title` for the one shown first (the group's `data-active`, the index
 * of its first panel); `@tab Title#value` gives the tab a value it is chosen by with tabs of other groups, in place of
 * its title (the group's `data-keys`). `tabs` becomes an element of
 * `className` holding a panel per tab, its title first; the post page's script turns it into tabs, and without it the
 * panels show one after another, each titled. `code-tabs` whose tabs hold only code blocks become a code group of those
 * blocks, each titled by its tab, as VitePress's `::: code-group` does. A container without `@tab` is left alone.
 * Runs after `remarkLooseContainers`, which reads `::: tabs#id`, and before `remarkCallouts`.
 *
 * @example
 *   `::: tabs#fruit\n@tab apple\nApple\n@tab:active banana\nBanana\n:::` →
 *   `<div class="tabs" data-active="1"><div class="tabs__panel"><p class="tabs__label">apple</p><p>Apple</p></div><div class="tabs__panel"><p class="tabs__label">banana</p>…</div></div>`
 */
export function remarkTabs(options: RemarkTabsOptions = {}) {
  const className = options.className ?? 'tabs';
  const codeGroupClassName = options.codeGroupClassName ?? 'code-group';
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node) => {
      if (node.name !== 'tabs' && node.name !== 'code-tabs') return;
      const before: Content[] = [];
      const tabs: Tab[] = [];
      for (const child of node.children) {
        const tab = marker(child);
        if (tab) tabs.push(tab);
        else (tabs.at(-1)?.children ?? before).push(child);
      }
      if (tabs.length === 0) return;
      const chosen = tabs.findIndex((tab) => tab.active);
      if (node.name === 'code-tabs' && tabs.every((tab) => tab.children.every((child) => child.type === 'code'))) {
        for (const tab of tabs) for (const code of tab.children as Code[]) labelled(code, tab.title);
        // The first block of the chosen tab: a tab may hold more than one.
        const first = tabs.slice(0, chosen).reduce((count, tab) => count + tab.children.length, 0);
        makeGroup(
          node,
          codeGroupClassName,
          tabs,
          first,
          tabs.flatMap((tab) => tab.children.map(() => tab.key)),
        );
        node.children = [...before, ...tabs.flatMap((tab) => tab.children)];
        return;
      }
      makeGroup(
        node,
        className,
        tabs,
        chosen,
        tabs.map((tab) => tab.key),
      );
      node.children = [
        ...before,
        ...tabs.map(({ title, children }): ContainerDirective => {
          const label: Paragraph = {
            type: 'paragraph',
            data: { hProperties: { className: [`${className}__label`] } },
            children: [{ type: 'text', value: title }],
          };
          return {
            type: 'containerDirective',
            name: 'tab',
            attributes: {},
            data: {
              hName: 'div',
              hProperties: { className: [`${className}__panel`] },
            },
            children: [label, ...children],
          };
        }),
      ];
    });
  };
}
