import type { Code, Html, Root, RootContent } from 'mdast';
import type { Math } from 'mdast-util-math';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { closingPattern, shortcodeParameters } from '../lib/content-check/template-tags.ts';
import { forEachBlockChild } from './block-children.ts';
import { templateMathFromMarkdown, templateMathSyntax } from './template-math-syntax.ts';

/**
 * The openings of the Hexo tags and Hugo shortcodes whose content is not Markdown: math (hugo-book's `{{< katex >}}`,
 * hexo-math's `{% katex %}` and `{% mathjax %}`), code (Hugo's `{{< highlight >}}`, Hexo's `{% codeblock %}` and
 * `{% code %}`), diagrams (LoveIt's `{{< mermaid >}}`, NexT's `{% mermaid %}`) and raw HTML (`{% raw %}`, LoveIt's
 * `{{< raw >}}`). Hugo's name and parameters in groups 1 and 2, Hexo's in 3 and 4. Sticky: it is tried where a
 * paragraph starts.
 */
const OPENING =
  /\{\{[<%][ \t]*(katex|math|highlight|mermaid|raw)(?![\w-])([^\n]*?)[ \t]*[>%]\}\}|\{%-?[ \t]*(katex|mathjax|math|codeblock|code|mermaid|raw)(?![\w-])([^\n%]*?)[ \t]*-?%\}/uy;

/** One such tag in the source: where its opening and its closing are, and its content as written. */
interface Verbatim {
  kind: 'math' | 'code' | 'html';
  /** Offsets in the source: the opening's start and end, the closing's start and end. */
  open: number;
  openEnd: number;
  close: number;
  closeEnd: number;
  /** What a math tag's parameters ask for, or a code tag's language and fence meta. */
  display: boolean;
  lang: string | null;
  meta: string | null;
  /** A first line of the content, written in the opening: NexT's `{% mermaid graph TD %}` names the diagram's type. */
  lead: string;
}

/** The fence meta of Hugo's `highlight` options: `"linenos=table,hl_lines=8 15-17,linenostart=199"`, or named. */
function hugoCode(parameters: string): Pick<Verbatim, 'lang' | 'meta'> {
  const { named, positional } = shortcodeParameters(parameters);
  const options = new Map([...named].map(([key, value]) => [key.toLowerCase(), value]));
  for (const option of (positional[1] ?? '').split(',')) {
    const [key = '', value = ''] = option.split('=').map((part) => part.trim());
    if (key) options.set(key.toLowerCase(), value);
  }
  const lines = options
    .get('hl_lines')
    ?.replace(/[[\]"']/gu, '')
    .trim();
  const numbers = options.get('linenos');
  const start = options.get('linenostart');
  return fenceOf(named.get('lang') ?? positional[0] ?? null, {
    lines: lines ? lines.split(/[\s,]+/u) : [],
    numbers: numbers !== undefined && numbers !== 'false',
    start,
  });
}

/** The fence meta of Hexo's `codeblock` arguments: `[title] [lang:language] [url] [link text] [option:value…]`. */
function hexoCode(parameters: string): Pick<Verbatim, 'lang' | 'meta'> {
  const options = new Map<string, string>();
  const words: string[] = [];
  for (const word of parameters.trim().split(/\s+/u).filter(Boolean)) {
    const option = /^(lang|line_number|first_line|mark|highlight|wrap|line_threshold):(.*)$/u.exec(word);
    if (option) options.set(option[1]!, option[2]!);
    else words.push(word);
  }
  // A caption may end with a link and its text, which the title leaves out.
  const url = words.findIndex((word) => /^https?:\/\//u.test(word));
  const title = (url === -1 ? words : words.slice(0, url)).join(' ');
  const numbered = options.get('line_number');
  return fenceOf(options.get('lang') ?? null, {
    title,
    lines: options.get('mark')?.split(',') ?? [],
    numbers: numbered === 'true' || (numbered === undefined && options.has('first_line')),
    start: options.get('first_line'),
  });
}

/** A code block's language and the fence meta Inkstone reads: `title="…" {1,5-7} showLineNumbers startLineNumber=5`. */
function fenceOf(
  lang: string | null,
  { title, lines, numbers, start }: { title?: string; lines: string[]; numbers: boolean; start?: string },
): Pick<Verbatim, 'lang' | 'meta'> {
  const marked = lines.filter((line) => /^\d+(?:-\d+)?$/u.test(line));
  const meta = [
    title ? (title.includes('"') ? `title='${title}'` : `title="${title}"`) : '',
    marked.length > 0 ? `{${marked.join(',')}}` : '',
    numbers ? 'showLineNumbers' : '',
    numbers && start && /^\d+$/u.test(start) ? `startLineNumber=${start}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { lang: lang || null, meta: meta || null };
}

/** The tag opening at `OPENING`'s match, with its closing, the first after it; `undefined` if it is never closed. */
function verbatimAt(source: string, match: RegExpExecArray): Verbatim | undefined {
  const hugo = match[1] !== undefined;
  const name = (match[1] ?? match[3])!;
  const parameters = (match[2] ?? match[4] ?? '').trim();
  const openEnd = match.index + match[0].length;
  const close = new RegExp(closingPattern(hugo ? 'hugo' : 'hexo', name), 'gu');
  close.lastIndex = openEnd;
  const end = close.exec(source);
  if (!end) return undefined;
  const kind = name === 'raw' ? 'html' : /^(?:highlight|codeblock|code|mermaid)$/u.test(name) ? 'code' : 'math';
  const display =
    kind === 'math' &&
    (hugo
      ? /(?:^|\s)display(?:=(?:true|"true"))?(?=\s|$)/u.test(parameters)
      : /display(?:Mode)?["']?\s*:\s*true|^display$/u.test(parameters));
  let code: Pick<Verbatim, 'lang' | 'meta'> = { lang: null, meta: null };
  if (name === 'mermaid') code = { lang: 'mermaid', meta: null };
  else if (kind === 'code') code = hugo ? hugoCode(parameters) : hexoCode(parameters);
  const lead = name === 'mermaid' && !hugo ? parameters : '';
  return {
    kind,
    open: match.index,
    openEnd,
    close: end.index,
    closeEnd: end.index + end[0].length,
    display,
    ...code,
    lead,
  };
}

/**
 * A tag's content as written, its line endings as LF; inside a list item or a quote (`prefix`, what precedes the
 * opening on its line), each line without as much of the container's indentation and `>` as the opening had.
 */
function contentOf(source: string, tag: Verbatim, prefix: string): string {
  const text = source.slice(tag.openEnd, tag.close).replace(/\r\n?/gu, '\n');
  if (prefix === '') return text;
  return text.replace(
    /\n([ \t>]*)/gu,
    (_line, lead: string) => `\n${lead.slice(Math.min(lead.length, prefix.length))}`,
  );
}

/** The block a tag stands for: a display formula, a code block or raw HTML. */
function blockOf(tag: Verbatim, content: string): Math | Code | Html {
  if (tag.kind !== 'math') {
    const written = content.replace(/^(?:[ \t]*\n)+/u, '').replace(/(?:\n[ \t]*)+$/u, '');
    const value = tag.lead ? `${tag.lead}\n${written}` : written;
    return tag.kind === 'code' ? { type: 'code', lang: tag.lang, meta: tag.meta, value } : { type: 'html', value };
  }
  const value = content.trim();
  const code = {
    type: 'element' as const,
    tagName: 'code',
    properties: { className: ['language-math', 'math-display'] },
    children: [{ type: 'text' as const, value }],
  };
  return { type: 'math', meta: null, value, data: { hName: 'pre', hChildren: [code] } };
}

/**
 * Reads the Hexo tags and Hugo shortcodes whose content is not Markdown, so that `\\`, `*` and `_` in a formula, or `#`
 * and indentation in code, keep their meaning:
 * - math, `{{< katex >}}x^2{{< /katex >}}` (hugo-book), `{% katex %}` and `{% mathjax %}` (hexo-math), becomes the same
 *   node as `$x^2$`: inside a paragraph, a heading or a table cell it is read as Markdown is parsed
 *   (`templateMathSyntax`), so emphasis never starts inside it; a display one (`{{< katex display >}}`, hexo-math's
 *   `'{"displayMode": true}'`) that makes up its paragraphs becomes the node of `$$…$$`;
 * - code on lines of its own, `{{< highlight go "linenos=table,hl_lines=2 4-5,linenostart=10" >}}` (Hugo) and
 *   `{% codeblock 标题 lang:js mark:2 %}` … `{% endcodeblock %}` (Hexo, or `{% code %}`), becomes a fenced code
 *   block, its options the fence's: a title, marked lines, line numbers and where they start;
 * - diagrams on lines of their own, `{{< mermaid >}}` … `{{< /mermaid >}}` (LoveIt, DoIt, FixIt) and
 *   `{% mermaid graph TD %}` … `{% endmermaid %}` (NexT, whose opening holds the diagram's first line), become
 *   ```` ```mermaid ```` blocks;
 * - raw HTML on lines of its own, `{% raw %}` … `{% endraw %}` (Hexo) and `{{< raw >}}` … `{{< /raw >}}` (LoveIt),
 *   which those tools put in the page as written, becomes the same: an `html` node.
 *
 * Blocks are read after parsing, from the paragraphs the opening starts and the closing ends, their content from the
 * file's text (`file.value`) as written, less a list's or a quote's indentation. A tag left open, and code inside a
 * sentence, stay text (and the content check warns of them).
 *
 * @example
 *   `和为 {{< katex >}}\sum_{i=1}^{n} a_i{{< /katex >}}。` → `和为 $\sum_{i=1}^{n} a_i$。`
 *   `{{< highlight go >}}\n# 不是标题\n{{< /highlight >}}` → ```` ```go\n# 不是标题\n``` ````
 */
export function remarkTemplateVerbatim(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(templateMathSyntax);
  (data.fromMarkdownExtensions ??= []).push(templateMathFromMarkdown);
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? '');
    if (!source.includes('{{') && !source.includes('{%')) return;
    const offsetOf = (point: { offset?: number | undefined } | undefined) => point?.offset ?? -1;
    forEachBlockChild(tree, (parent, index) => {
      const first = parent.children[index] as RootContent;
      if (first.type !== 'paragraph' || !first.position) return;
      const start = offsetOf(first.position.start);
      OPENING.lastIndex = start;
      const match = OPENING.exec(source);
      const tag = match ? verbatimAt(source, match) : undefined;
      // A formula that is not a display one is inline, and the syntax has read it.
      if (!tag || (tag.kind === 'math' && !tag.display)) return;
      // The closing must end this paragraph or a later block of the same container, white space aside.
      let end = index;
      while (end < parent.children.length && offsetOf(parent.children[end]!.position?.end) < tag.closeEnd) end += 1;
      const last = parent.children[end];
      if (!last?.position || source.slice(tag.closeEnd, offsetOf(last.position.end)).trim() !== '') return;
      const lineStart = source.lastIndexOf('\n', start - 1) + 1;
      const node = blockOf(tag, contentOf(source, tag, source.slice(lineStart, start)));
      node.position = { start: first.position.start, end: last.position.end };
      parent.children.splice(index, end - index + 1, node as RootContent);
    });
  };
}
