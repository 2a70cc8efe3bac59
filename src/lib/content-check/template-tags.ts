import type { Problem } from './problems.ts';

/** A Hexo tag plugin (`{% note info %}`) or a Hugo shortcode (`{{< admonition >}}`) written in a post's text. */
export interface TemplateTagRef {
  /** `hexo` for `{% name … %}`, `hugo` for `{{< name … >}}` and `{{% name … %}}`. */
  syntax: 'hexo' | 'hugo';
  /** The tag's name: `note`, `admonition`. */
  name: string;
  line: number;
}

/** The opening of a Hexo tag (`{% note`), or of a Hugo shortcode (`{{< admonition`, `{{% notice`); not their ends. */
const OPENING = /\{%-?\s*(?!end)([A-Za-z_][\w-]*)|\{\{[<%]\s*(?!\/)([A-Za-z_][\w-]*)/gu;

/**
 * The Hexo tags and Hugo shortcodes that open in a run of plain text (not code, which shows them on purpose), each
 * with its name and its line in the text (0 for the first). `{% endnote %}` and `{{< /admonition >}}` close one and
 * are not counted.
 *
 * @example
 * templateTagsIn('{% note info %}\n提示{% endnote %}'); // → [{ syntax: 'hexo', name: 'note', line: 0 }]
 */
export function templateTagsIn(text: string): TemplateTagRef[] {
  return [...text.matchAll(OPENING)].map(({ 1: hexo, 2: hugo, index }) => ({
    ...(hexo ? { syntax: 'hexo' as const, name: hexo } : { syntax: 'hugo' as const, name: hugo ?? '' }),
    line: text.slice(0, index).split('\n').length - 1,
  }));
}

/**
 * The closing of the tag `name` as a pattern: `{{< /name >}}` (or `{{% /name %}}`) in Hugo's syntax,
 * `{% endname %}` in Hexo's.
 *
 * @example
 * new RegExp(closingPattern('hexo', 'codeblock')).test('{% endcodeblock %}'); // → true
 */
export function closingPattern(syntax: TemplateTagRef['syntax'], name: string): string {
  return syntax === 'hugo'
    ? String.raw`\{\{[<%][ \t]*/[ \t]*${name}[ \t]*[>%]\}\}`
    : String.raw`\{%-?[ \t]*end${name}[ \t]*-?%\}`;
}

/** `key=value` or `key="a value"` parameters of a Hugo shortcode, and positional ones (`tip "标题"`). */
const PARAMETER = /(?:(\w+)=)?(?:"([^"]*)"|(\S+))/gu;

/**
 * A Hugo shortcode's parameters, named (`title="标题"`) and positional (`tip "标题"`).
 *
 * @example
 * shortcodeParameters('tip title="一个 标题"'); // → { named: Map { 'title' => '一个 标题' }, positional: ['tip'] }
 */
export function shortcodeParameters(text: string) {
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (const [, key, quoted, bare] of text.matchAll(PARAMETER)) {
    if (key) named.set(key, quoted ?? bare ?? '');
    else positional.push(quoted ?? bare ?? '');
  }
  return { named, positional };
}

/** An argument of a Hexo tag: `"in double quotes"` (group 1), `'in single quotes'` (group 2), or a word (group 3). */
const ARGUMENT = /"([^"]*)"|'([^']*)'|(\S+)/gu;

/**
 * A Hexo tag's arguments, as Hexo splits them: at spaces, but not inside quotes, which are taken off.
 *
 * @example
 * tagArguments('foo.jpg "一个 标题"'); // → [{ text: 'foo.jpg', quoted: false }, { text: '一个 标题', quoted: true }]
 */
export function tagArguments(text: string): { text: string; quoted: boolean }[] {
  return [...text.matchAll(ARGUMENT)].map((m) => ({ text: m[1] ?? m[2] ?? m[3]!, quoted: m[3] === undefined }));
}

/** What to write instead, by tag name: the Markdown that does the same in Inkstone. */
const INSTEAD: [RegExp, string][] = [
  [
    /^(?:note|admonition|notice|hint|alert|callout|tip|warning)$/u,
    'a callout: > [!NOTE] (or TIP, WARNING…) on its first line',
  ],
  [/^(?:codeblock|code|highlight|include_code)$/u, 'a fenced code block: ```lang on its first line'],
  [/^(?:blockquote|quote)$/u, 'a quote: > before each line'],
  [/^(?:asset_img|img|image|figure)$/u, 'an image: ![alt](images/file.png "caption")'],
  [/^(?:post_link|post_path|ref|relref|link|url_for|full_url_for)$/u, 'a link: [text](/blogs/slug/)'],
  [/^(?:asset_path)$/u, 'a link to the file by its path from the post: [text](file.pdf)'],
  [/^(?:youtube|vimeo|bilibili|video|iframe|tweet|x|gist)$/u, 'a link to it, or its embed code as raw HTML'],
  [/^(?:katex|math|mathjax)$/u, 'math: $…$ inline, $$…$$ on lines of their own'],
  [/^(?:raw)$/u, 'the raw HTML itself'],
];

/**
 * One warning per tag name in a post, at its first use: Inkstone runs neither Hexo's tags nor Hugo's shortcodes, so
 * they show as written, braces and all. Names the Markdown to write instead where there is one.
 *
 * @example
 * templateTagWarnings('content/blogs/a.md', [{ syntax: 'hexo', name: 'note', line: 3 }]);
 * // → [{ file: 'content/blogs/a.md', line: 3, field: 'template', severity: 'warning',
 * //      message: '{% note %} is a Hexo tag, which Inkstone does not run, so it shows as written — write a callout: …' }]
 */
export function templateTagWarnings(file: string, tags: TemplateTagRef[]): Problem[] {
  const byName = Map.groupBy(tags, ({ syntax, name }) => `${syntax} ${name}`);
  return [...byName.values()].map((uses) => {
    const { syntax, name, line } = uses[0]!;
    const written = syntax === 'hexo' ? `{% ${name} %}` : `{{< ${name} >}}`;
    const kind = syntax === 'hexo' ? 'a Hexo tag' : 'a Hugo shortcode';
    const times = uses.length > 1 ? ` (${uses.length} times in this post, first here)` : '';
    const instead = INSTEAD.find(([names]) => names.test(name))?.[1] ?? 'the Markdown or HTML it stands for';
    const message = `${written} is ${kind}, which Inkstone does not run, so it shows as written${times} — write ${instead}`;
    return { file, line, field: 'template', message, severity: 'warning' };
  });
}
