import type { Blockquote, BlockContent, DefinitionContent, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type {} from 'mdast-util-to-hast';
import { visit } from '../lib/visit.ts';
import type { VFile } from 'vfile';
import { type CalloutStyle, calloutIcon, calloutStyle, CALLOUT_STYLES } from './callout-types.ts';
import { splitFirstLine } from './inline-lines.ts';

declare module 'mdast' {
  interface Data {
    /**
     * A callout read from another tool's syntax (`remarkTemplateContainers`) that folds: closed (`-`) or open (`+`), as
     * Obsidian's `> [!tip]-` and `> [!tip]+`.
     */
    calloutFold?: '+' | '-';
  }
}

export interface RemarkCalloutsOptions {
  /** Default title of each style, in the site's language. Default: English (`Note`, `Tip`, `Important`, `Warning`, `Caution`). */
  titles?: Partial<Record<CalloutStyle, string>>;
}

const ENGLISH: Record<CalloutStyle, string> = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
};

/** `[!type]`, then `-` (folded) or `+` (open) and a title, on the first line of a blockquote. */
const MARKER = /^\[!([\w-]+)\]([+-]?)[ \t]*(.*)$/su;

type Body = (BlockContent | DefinitionContent)[];

interface Callout {
  type: string;
  fold: '' | '+' | '-';
  title: PhrasingContent[];
  body: Body;
}

/** GitHub and Obsidian: `> [!tip]- Title` on the first line of a blockquote. */
function fromBlockquote(node: Blockquote): Callout | undefined {
  const [first, ...rest] = node.children;
  if (first?.type !== 'paragraph') return undefined;
  const [line, after] = splitFirstLine(first.children);
  const head = line[0];
  const match = head?.type === 'text' ? MARKER.exec(head.value) : null;
  if (!match?.[1]) return undefined;
  const title = [...(match[3] ? [{ type: 'text' as const, value: match[3] }] : []), ...line.slice(1)];
  const body: Body = after.length > 0 ? [{ type: 'paragraph', children: after }, ...rest] : rest;
  return { type: match[1], fold: match[2] as Callout['fold'], title, body };
}

/** Directives: `:::tip[Title]` (or `:::tip Title`, read by `remarkLooseContainers`); VitePress `details` folds. */
function fromDirective(node: ContainerDirective): Callout {
  const [first, ...rest] = node.children;
  const labelled = first?.type === 'paragraph' && first.data?.directiveLabel;
  return {
    type: node.name,
    fold: node.data?.calloutFold ?? (node.name === 'details' ? '-' : ''),
    title: labelled ? first.children : [],
    body: (labelled ? rest : node.children) as Body,
  };
}

function unknownType(file: VFile, node: Blockquote | ContainerDirective, type: string) {
  file.message(
    `Unknown callout type "${type}": its content is kept as a plain block. Use one of ${CALLOUT_STYLES.join(', ')}.`,
    {
      place: node.position,
      ruleId: 'unknown-callout',
      source: 'inkstone',
    },
  );
}

/** Turns `node` into the callout: an `<aside role="note">`, or `<details>` when foldable. */
function render(
  node: Blockquote | ContainerDirective,
  callout: Callout,
  style: CalloutStyle,
  titleId: string,
  titles: Record<CalloutStyle, string>,
) {
  const foldable = callout.fold !== '';
  const title = callout.title.length > 0 ? callout.title : [{ type: 'text' as const, value: titles[style] }];
  const icon: PhrasingContent = {
    type: 'text',
    value: '',
    data: { hName: 'span', hProperties: { className: ['callout__icon'] }, hChildren: [calloutIcon(style)] },
  };
  node.data = {
    hName: foldable ? 'details' : 'aside',
    hProperties: {
      className: ['callout', `callout--${style}`],
      ...(foldable ? { open: callout.fold === '+' } : { role: 'note', ariaLabelledby: titleId }),
    },
  };
  node.children = [
    {
      type: 'paragraph',
      data: {
        hName: foldable ? 'summary' : 'p',
        hProperties: { className: ['callout__title'], id: foldable ? undefined : titleId },
      },
      children: [icon, ...title],
    },
  ];
  if (callout.body.length > 0) {
    node.children.push({
      type: 'blockquote',
      data: { hName: 'div', hProperties: { className: ['callout__body'] } },
      children: callout.body,
    });
  }
}

/**
 * Renders GitHub alerts, Obsidian callouts (foldable with `-`/`+`) and container
 * directives as one kind of callout. Unknown types keep their content and warn.
 *
 * @example
 *   `> [!TIP]\n> 先读文档。` →
 *   `<aside class="callout callout--tip" role="note" aria-labelledby="callout-title-1"><p class="callout__title" id="callout-title-1"><span class="callout__icon"><svg …></svg></span>提示</p><div class="callout__body"><p>先读文档。</p></div></aside>`
 */
export function remarkCallouts(options: RemarkCalloutsOptions = {}) {
  const titles = { ...ENGLISH, ...options.titles };
  return (tree: Root, file: VFile) => {
    let count = 0;
    visit(tree, (node) => {
      // A rendered callout's body wrapper is a blockquote too; `hName` marks it as done.
      if ((node.type !== 'blockquote' && node.type !== 'containerDirective') || node.data?.hName) return;
      const callout = node.type === 'blockquote' ? fromBlockquote(node) : fromDirective(node);
      if (!callout) return;
      const style = calloutStyle(callout.type);
      if (!style) {
        unknownType(file, node, callout.type);
        if (node.type === 'containerDirective') node.data = { hName: 'div', hProperties: { className: ['directive'] } };
        return;
      }
      count += 1;
      render(node, callout, style, `callout-title-${count}`, titles);
    });
  };
}
