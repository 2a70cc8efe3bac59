import type { Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { forEachBlockChild } from './block-children.ts';
import { splitFirstLine, splitLastLine } from './inline-lines.ts';

/**
 * `:::name`, VuePress's `::: name#id` (its tabs' group id), then the title, if any. A container holding another opens
 * with more colons (`:::: tabs` around `::: tip`), as markdown-it-container reads them, and closes with as many.
 */
const OPENING = /^[ \t]*(:{3,})[ \t]*([A-Za-z][\w-]*)(?:#([\w-]+))?(?:[ \t]+(\S[^\n]*?))?[ \t]*$/u;

function paragraph(children: PhrasingContent[]): Paragraph[] {
  return children.length > 0 ? [{ type: 'paragraph', children }] : [];
}

/** `:::name Title` at the start of a paragraph: the name, the title and what follows on later lines. */
function opening(node: RootContent) {
  if (node.type !== 'paragraph' || node.children[0]?.type !== 'text') return undefined;
  const [firstLine, rest] = splitFirstLine(node.children);
  if (firstLine.length !== 1 || firstLine[0]?.type !== 'text') return undefined;
  const match = OPENING.exec(firstLine[0].value);
  if (!match?.[1] || !match[2]) return undefined;
  return { fence: match[1], name: match[2], id: match[3], title: match[4], rest: paragraph(rest) };
}

/** The paragraph content before a closing line of the opening's colons, or undefined when `node` does not end one. */
function closing(node: RootContent, fence: string): Paragraph[] | undefined {
  if (node.type !== 'paragraph') return undefined;
  const split = splitLastLine(node.children);
  if (split?.[1].trim() !== fence) return undefined;
  return paragraph(split[0]);
}

/** Replaces the loose container opening at `start`, if it is one and is closed. */
function collapse(parent: Parent, start: number) {
  const node = parent.children[start] as RootContent;
  const open = opening(node);
  if (!open) return;
  const body: RootContent[] = [];
  let end = start;
  let candidates: RootContent[] = open.rest;
  for (;;) {
    const last = candidates.at(-1);
    const closed = last ? closing(last, open.fence) : undefined;
    if (closed) {
      body.push(...candidates.slice(0, -1), ...closed);
      break;
    }
    body.push(...candidates);
    end += 1;
    if (end >= parent.children.length) return;
    candidates = [parent.children[end] as RootContent];
  }
  const label: Paragraph[] = open.title
    ? [{ type: 'paragraph', data: { directiveLabel: true }, children: [{ type: 'text', value: open.title }] }]
    : [];
  const directive: ContainerDirective = {
    type: 'containerDirective',
    name: open.name,
    attributes: open.id ? { id: open.id } : {},
    children: [...label, ...(body as ContainerDirective['children'])],
    position: node.position && {
      start: node.position.start,
      end: (parent.children[end] as RootContent).position?.end ?? node.position.end,
    },
  };
  parent.children.splice(start, end - start + 1, directive);
}

/**
 * Reads the container syntax of VitePress, VuePress and Docusaurus, `:::name Title` … `:::`
 * (VuePress's `::: tabs#id` too, its id an attribute), which `remark-directive` leaves as
 * paragraphs, into the same `containerDirective` node as `:::name[Title]{#id}`, so one
 * renderer handles both.
 *
 * @example
 *   `:::tip 小技巧\n正文\n:::` → `{ type: 'containerDirective', name: 'tip', children: [label「小技巧」, paragraph「正文」] }`
 */
export function remarkLooseContainers() {
  return (tree: Root) => forEachBlockChild(tree, collapse);
}
