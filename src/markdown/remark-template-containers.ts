import type { BlockContent, Paragraph, Parent, PhrasingContent, Root, RootContent, TableCell } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { shortcodeParameters, tagArguments } from '../lib/content-check/template-tags.ts';
import { toString } from 'mdast-util-to-string';
import { forEachBlockChild } from './block-children.ts';
import { splitFirstLine } from './inline-lines.ts';

type Body = ContainerDirective['children'];

/** A syntax of another tool's container: how it opens (its parameters in group 1), how it closes, what it makes. */
interface Syntax {
  open: RegExp;
  close: RegExp;
  /** The node of the container, from the opening's parameters and what it holds. */
  make: (parameters: string, body: Body) => RootContent;
}

/** A callout of `type`, titled `title`: the node `:::type[title]` makes, which `remarkCallouts` renders. */
function callout({ type, title }: { type: string; title: string }, body: Body): ContainerDirective {
  const label: Paragraph[] = title
    ? [{ type: 'paragraph', data: { directiveLabel: true }, children: [{ type: 'text', value: title }] }]
    : [];
  return { type: 'containerDirective', name: type, attributes: {}, children: [...label, ...body] };
}

/**
 * Where a quote comes from, as Hexo's `blockquote` tag reads its parameters: `author`, `author, source`,
 * `author https://link`, `author https://link Link title`.
 */
function quoteSource(parameters: string): PhrasingContent[] {
  const text = parameters.trim();
  const link = /(?:^|\s)(https?:\/\/\S+)(?:\s+(\S.*))?$/u.exec(text);
  const before = link ? text.slice(0, link.index).trim() : text;
  const [author, title] = link
    ? [before, link[2]?.trim()]
    : (/^([^,]+?)\s*,\s*(\S.*)$/u.exec(before)?.slice(1) ?? [before]);
  const parts: PhrasingContent[] = [];
  if (author) parts.push({ type: 'strong', children: [{ type: 'text', value: author }] });
  const shown = link && (title || link[1]!.replace(/^https?:\/\//u, '').replace(/^(.{40}).+$/u, '$1…'));
  const cited: PhrasingContent[] | undefined = link
    ? [{ type: 'link', url: link[1]!, children: [{ type: 'text', value: shown! }] }]
    : title
      ? [{ type: 'text', value: title }]
      : undefined;
  if (cited) {
    if (parts.length > 0) parts.push({ type: 'text', value: ', ' });
    parts.push({ type: 'emphasis', data: { hName: 'cite' }, children: cited });
  }
  return parts.length > 0 ? [{ type: 'text', value: '— ' }, ...parts] : [];
}

/**
 * A quote, with where it comes from under it: `<figure class="quote"><blockquote>…</blockquote><figcaption>` (HTML
 * puts a quote's attribution outside the `<blockquote>`). Without a source, the quote alone.
 */
function quote(parameters: string, body: Body): RootContent {
  const source = quoteSource(parameters);
  const quoted = { type: 'blockquote' as const, children: body as BlockContent[] };
  if (source.length === 0) return quoted;
  const caption: Paragraph = {
    type: 'paragraph',
    data: { hName: 'figcaption', hProperties: { className: ['quote__source'] } },
    children: source,
  };
  return {
    type: 'containerDirective',
    name: 'quote',
    attributes: {},
    // Marked as rendered (`hName`), so the callouts do not take it.
    data: { hName: 'figure', hProperties: { className: ['quote'] } },
    children: [quoted, caption],
  };
}

/** NexT's note classes (Hexo), and the `warn` of Hexo's own documentation, as Inkstone's callout types. */
const NEXT_CLASSES: Record<string, string> = {
  default: 'note',
  primary: 'important',
  info: 'note',
  success: 'tip',
  warning: 'warning',
  warn: 'warning',
  danger: 'caution',
};

const SYNTAXES: Syntax[] = [
  // Hexo (NexT's and Butterfly's notes): `{% note info 标题 %}` … `{% endnote %}`.
  {
    open: /^[ \t]*\{%-?[ \t]*note\b([^%\n]*?)-?%\}[ \t]*/u,
    close: /\s*\{%-?[ \t]*endnote[ \t]*-?%\}[ \t]*$/u,
    make: (parameters, body) => {
      // A title may be quoted: `{% note warn "警告！" %}`.
      const words = tagArguments(parameters)
        .map(({ text }) => text)
        .filter((word) => word !== 'no-icon');
      const type = NEXT_CLASSES[words[0] ?? ''];
      const title = (type ? words.slice(1) : words).join(' ');
      return callout({ type: type ?? 'note', title }, body);
    },
  },
  // Hugo (LoveIt's, DoIt's and FixIt's admonitions): `{{< admonition tip "标题" >}}` … `{{< /admonition >}}`, or
  // with `{{% … %}}`.
  {
    open: /^[ \t]*\{\{[<%][ \t]*admonition\b([^\n]*?)[>%]\}\}[ \t]*/u,
    close: /\s*\{\{[<%][ \t]*\/admonition[ \t]*[>%]\}\}[ \t]*$/u,
    make: (parameters, body) => {
      const { named, positional } = shortcodeParameters(parameters);
      const type = named.get('type') ?? positional[0] ?? 'note';
      const made = callout({ type, title: named.get('title') ?? positional[1] ?? '' }, body);
      // `open=false` (or a third parameter `false`): folded, as LoveIt shows it.
      if ((named.get('open') ?? positional[2]) === 'false') made.data = { calloutFold: '-' };
      return made;
    },
  },
  // Hugo's own folded block (0.140): `{{< details summary="标题" open=true >}}` … `{{< /details >}}`, as VitePress's
  // `::: details`.
  {
    open: /^[ \t]*\{\{[<%][ \t]*details\b([^\n]*?)[>%]\}\}[ \t]*/u,
    close: /\s*\{\{[<%][ \t]*\/details[ \t]*[>%]\}\}[ \t]*$/u,
    make: (parameters, body) => {
      const { named } = shortcodeParameters(parameters);
      const made = callout({ type: 'details', title: named.get('summary') ?? '' }, body);
      if (named.get('open') === 'true') made.data = { calloutFold: '+' };
      return made;
    },
  },
  // Hexo's quotes: `{% blockquote 作者, 出处 %}` … `{% endblockquote %}`, or `{% quote %}`.
  {
    open: /^[ \t]*\{%-?[ \t]*(?:blockquote|quote)\b([^%\n]*?)-?%\}[ \t]*/u,
    close: /\s*\{%-?[ \t]*end(?:blockquote|quote)[ \t]*-?%\}[ \t]*$/u,
    make: quote,
  },
];

/** The text of a paragraph's first node, if the paragraph starts with text. */
const leadingText = (node: RootContent | undefined) =>
  node?.type === 'paragraph' && node.children[0]?.type === 'text' ? node.children[0] : undefined;

/**
 * The text a block ends with: its last paragraph's, where that paragraph may be the last of a list or a quote, as a
 * closing on the line after one is (Markdown continues the paragraph lazily), or a table's last row of one cell, as
 * GFM reads a closing on the line after a table.
 */
function trailingText(
  node: RootContent | TableCell | undefined,
): Extract<PhrasingContent, { type: 'text' }> | undefined {
  if (node?.type === 'list' || node?.type === 'listItem' || node?.type === 'blockquote') {
    return trailingText(node.children.at(-1));
  }
  if (node?.type === 'table') {
    const [cell, ...others] = node.children.at(-1)?.children ?? [];
    return others.every((other) => other.children.length === 0) ? trailingText(cell) : undefined;
  }
  const last = node?.type === 'paragraph' || node?.type === 'tableCell' ? node.children.at(-1) : undefined;
  return last?.type === 'text' ? last : undefined;
}

/** A table's last row left empty once the closing went from it. */
function dropEmptyRow(node: RootContent | undefined) {
  if (node?.type === 'table' && node.children.at(-1)?.children.every((cell) => toString(cell).trim() === '')) {
    node.children.pop();
  }
}

/**
 * An opening line in which GFM made links (a quote's source, `{% blockquote 作者 https://… %}`), given back the text it
 * was written as, so the opening is read from the paragraph's first text.
 */
function unlinkOpening(node: RootContent | undefined) {
  if (node?.type !== 'paragraph') return;
  const [line, rest] = splitFirstLine(node.children);
  // Only links, after a tag that starts the paragraph as text: not a tag in code (`{% note %}`).
  if (line[0]?.type !== 'text' || !line.some((child) => child.type === 'link')) return;
  if (!line.every((child) => child.type === 'text' || child.type === 'link')) return;
  const written = toString(line);
  if (!SYNTAXES.some((syntax) => syntax.open.test(written))) return;
  const [next, ...after] = rest;
  const joined = next?.type === 'text' ? `${written}\n${next.value}` : `${written}\n`;
  const position = node.position && { start: node.position.start, end: (next?.position ?? node.position).end };
  node.children = [{ type: 'text', value: joined, position }, ...(next?.type === 'text' ? after : rest)];
}

/** Replaces the container opening at `start` of `parent`, if it is one of `SYNTAXES` and is closed. */
function collapse(parent: Parent, start: number) {
  unlinkOpening(parent.children[start] as RootContent);
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
    closing.value = closing.value.replace(syntax.close, '');
    dropEmptyRow(parent.children[end] as RootContent);
    const rest = first.value.slice(opening[0].length);
    const ownLine = rest.startsWith('\n');
    first.value = ownLine ? rest.slice(1) : rest;
    // Below an opening on a line of its own, the text starts a line lower, as the content check's lines must say.
    if (ownLine && first.position) first.position.start = { line: first.position.start.line + 1, column: 1 };
    const body = (parent.children.slice(start, end + 1) as RootContent[]).filter(
      (node) => node.type !== 'paragraph' || !isEmpty(node),
    );
    const directive = syntax.make(opening[1] ?? '', body as Body);
    directive.position = parent.children[start]!.position && {
      start: parent.children[start]!.position.start,
      end: parent.children[end]!.position?.end ?? parent.children[start]!.position.end,
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
 * Reads the containers of Hexo's and Hugo's themes whose content is Markdown. Callouts, `{% note info 标题 %}` …
 * `{% endnote %}` (NexT, Butterfly) and `{{< admonition tip "标题" >}}` … `{{< /admonition >}}` (LoveIt, DoIt, FixIt),
 * become the same `containerDirective` node as `:::tip[标题]`, so they render as Inkstone's callouts: NexT's classes
 * become callout types (`success` → tip, `danger` → caution); an admonition's type is Obsidian's, which the callouts
 * know; Hugo's `{{< details summary="标题" >}}` folds, as `::: details` does. Hexo's quotes,
 * `{% blockquote 作者, 出处 %}` … `{% endblockquote %}`, become a blockquote with where it comes
 * from as its caption (a link with `作者 https://… 标题`). The opening and the closing may share a paragraph with the
 * content or stand alone. One left open stays text (and the content check warns of it). Runs before `remarkCallouts`.
 *
 * @example
 *   `{% note warning 小心 %}\n别删库。\n{% endnote %}` →
 *   `{ type: 'containerDirective', name: 'warning', children: [label「小心」, paragraph「别删库。」] }`
 *   `{% blockquote 鲁迅, 故乡 %}\n世上本没有路。\n{% endblockquote %}` →
 *   `<figure class="quote"><blockquote><p>世上本没有路。</p></blockquote><figcaption class="quote__source">— <strong>鲁迅</strong>, <cite>故乡</cite></figcaption></figure>`
 */
export function remarkTemplateContainers() {
  return (tree: Root) => forEachBlockChild(tree, collapse);
}
