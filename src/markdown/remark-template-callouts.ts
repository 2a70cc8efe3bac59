import type { Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { shortcodeParameters } from '../lib/content-check/template-tags.ts';
import { forEachBlockChild } from './block-children.ts';

/** A syntax of another tool's callout: how it opens (its parameters in group 1) and how it closes. */
interface Syntax {
  open: RegExp;
  close: RegExp;
  /** The callout's type and title from the opening's parameters. */
  read: (parameters: string) => { type: string; title: string };
}

/** NexT's note classes (Hexo), as Inkstone's callout types. */
const NEXT_CLASSES: Record<string, string> = {
  default: 'note',
  primary: 'important',
  info: 'note',
  success: 'tip',
  warning: 'warning',
  danger: 'caution',
};

const SYNTAXES: Syntax[] = [
  // Hexo (NexT's and Butterfly's notes): `{% note info 标题 %}` … `{% endnote %}`.
  {
    open: /^[ \t]*\{%-?[ \t]*note\b([^%\n]*?)-?%\}[ \t]*/u,
    close: /\s*\{%-?[ \t]*endnote[ \t]*-?%\}[ \t]*$/u,
    read: (parameters) => {
      const words = parameters.split(/\s+/u).filter((word) => word !== '' && word !== 'no-icon');
      const type = NEXT_CLASSES[words[0] ?? ''];
      return type ? { type, title: words.slice(1).join(' ') } : { type: 'note', title: words.join(' ') };
    },
  },
  // Hugo (LoveIt's, DoIt's and FixIt's admonitions): `{{< admonition tip "标题" >}}` … `{{< /admonition >}}`, or
  // with `{{% … %}}`.
  {
    open: /^[ \t]*\{\{[<%][ \t]*admonition\b([^\n]*?)[>%]\}\}[ \t]*/u,
    close: /\s*\{\{[<%][ \t]*\/admonition[ \t]*[>%]\}\}[ \t]*$/u,
    read: (parameters) => {
      const { named, positional } = shortcodeParameters(parameters);
      return { type: named.get('type') ?? positional[0] ?? 'note', title: named.get('title') ?? positional[1] ?? '' };
    },
  },
];

/** The text of a paragraph's first node, if the paragraph starts with text. */
const leadingText = (node: RootContent | undefined) =>
  node?.type === 'paragraph' && node.children[0]?.type === 'text' ? node.children[0] : undefined;

/**
 * The text a block ends with: its last paragraph's, where that paragraph may be the last of a list or a quote, as a
 * closing on the line after one is (Markdown continues the paragraph lazily).
 */
function trailingText(node: RootContent | undefined): Extract<PhrasingContent, { type: 'text' }> | undefined {
  if (node?.type === 'list' || node?.type === 'listItem' || node?.type === 'blockquote') {
    return trailingText(node.children.at(-1));
  }
  const last = node?.type === 'paragraph' ? node.children.at(-1) : undefined;
  return last?.type === 'text' ? last : undefined;
}

/** Replaces the callout opening at `start` of `parent`, if it is one of `SYNTAXES` and is closed. */
function collapse(parent: Parent, start: number) {
  const first = leadingText(parent.children[start] as RootContent);
  if (!first) return;
  for (const syntax of SYNTAXES) {
    const opening = syntax.open.exec(first.value);
    if (!opening) continue;
    let end = start;
    // The closing may end the opening's own paragraph, after the opening.
    while (end < parent.children.length) {
      const last = trailingText(parent.children[end] as RootContent);
      const from = end === start && last === first ? opening[0].length : 0;
      if (last && syntax.close.test(last.value.slice(from))) break;
      end += 1;
      // Another opening before this one's closing: this one is left open, and stays text.
      const next = leadingText(parent.children[end] as RootContent);
      if (next && syntax.open.test(next.value)) return;
    }
    if (end === parent.children.length) return;
    const closing = trailingText(parent.children[end] as RootContent)!;
    const { type, title } = syntax.read(opening[1] ?? '');
    closing.value = closing.value.replace(syntax.close, '');
    const rest = first.value.slice(opening[0].length);
    const ownLine = rest.startsWith('\n');
    first.value = ownLine ? rest.slice(1) : rest;
    // Below an opening on a line of its own, the text starts a line lower, as the content check's lines must say.
    if (ownLine && first.position) first.position.start = { line: first.position.start.line + 1, column: 1 };
    const body = (parent.children.slice(start, end + 1) as RootContent[]).filter(
      (node) => node.type !== 'paragraph' || !isEmpty(node),
    );
    const label: Paragraph[] = title
      ? [{ type: 'paragraph', data: { directiveLabel: true }, children: [{ type: 'text', value: title }] }]
      : [];
    const directive: ContainerDirective = {
      type: 'containerDirective',
      name: type,
      attributes: {},
      children: [...label, ...(body as ContainerDirective['children'])],
      position: parent.children[start]!.position && {
        start: parent.children[start]!.position.start,
        end: parent.children[end]!.position?.end ?? parent.children[start]!.position.end,
      },
    };
    parent.children.splice(start, end - start + 1, directive);
    return;
  }
}

/** A paragraph left with nothing but white space once its opening or closing went. */
function isEmpty(node: Paragraph) {
  return node.children.every((child) => child.type === 'text' && child.value.trim() === '');
}

/**
 * Reads the callouts of Hexo's and Hugo's themes, `{% note info 标题 %}` … `{% endnote %}` (NexT, Butterfly) and
 * `{{< admonition tip "标题" >}}` … `{{< /admonition >}}` (LoveIt, DoIt, FixIt), into the same `containerDirective`
 * node as `:::tip[标题]`, so the callouts of posts moved from those tools render as Inkstone's. NexT's classes become
 * callout types (`success` → tip, `danger` → caution); an admonition's type is Obsidian's, which the callouts know. The
 * opening and the closing may share a paragraph with the content or stand alone. One left open stays text (and the
 * content check warns of it). Runs before `remarkCallouts`.
 *
 * @example
 *   `{% note warning 小心 %}\n别删库。\n{% endnote %}` →
 *   `{ type: 'containerDirective', name: 'warning', children: [label「小心」, paragraph「别删库。」] }`
 */
export function remarkTemplateCallouts() {
  return (tree: Root) => forEachBlockChild(tree, collapse);
}
