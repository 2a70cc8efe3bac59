import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import {
  transformerMetaHighlight,
  transformerNotationDiff,
  transformerNotationFocus,
  transformerNotationHighlight,
} from '@shikijs/transformers';
import {
  type BundledLanguage,
  type BundledTheme,
  bundledLanguages,
  createHighlighter,
  type Highlighter,
  isSpecialLang,
  type ShikiTransformer,
} from 'shiki';
import type { VFile } from 'vfile';
import { type CodeBlock, codeBlocks } from './code-blocks.ts';
import { transformerLineNumbers } from './shiki-line-numbers.ts';

export interface RehypeShikiOptions {
  /** The theme for each colour scheme; the page picks one through CSS variables. Default: `github-light-high-contrast` and `github-dark-default`, whose every token colour has 4.5:1 contrast, on marked lines too. */
  themes?: { light: BundledTheme; dark: BundledTheme };
  /** Shiki transformers. Default: line highlights (`{2,4-6}`) and line numbers (`showLineNumbers`) from the fence meta, and the `// [!code ++]`, `[!code highlight]` and `[!code focus]` notations. */
  transformers?: ShikiTransformer[];
}

const defaultTransformers = () => [
  transformerMetaHighlight(),
  transformerLineNumbers(),
  transformerNotationDiff(),
  transformerNotationHighlight(),
  transformerNotationFocus(),
];

/** Loads the grammar of `language`, or reports it and falls back to plain text. */
async function grammar(highlighter: Highlighter, block: CodeBlock, file: VFile): Promise<BundledLanguage | 'text'> {
  const { language } = block;
  if (language === '' || isSpecialLang(language)) return 'text';
  if (language in bundledLanguages) {
    await highlighter.loadLanguage(language as BundledLanguage);
    return language as BundledLanguage;
  }
  file.message(`Unknown code language "${language}": the block is shown as plain text.`, {
    place: block.pre.position,
    ruleId: 'unknown-language',
    source: 'inkstone',
  });
  return 'text';
}

/**
 * Highlights fenced code with Shiki in a light and a dark theme at once: each
 * token carries both colours as CSS variables (`--shiki-light`, `--shiki-dark`)
 * and the stylesheet picks one. One highlighter serves every file; grammars load
 * as posts need them. An unknown language is shown as plain text, with a warning.
 *
 * @example
 *   ```` ```ts\nconst a = 1;\n``` ```` →
 *   `<pre class="shiki shiki-themes github-light-high-contrast github-dark-default" style="--shiki-light:#0e1116;…" tabindex="0" data-language="ts"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583">const</span>…</span></code></pre>`
 */
export function rehypeShiki(options: RehypeShikiOptions = {}) {
  const themes = options.themes ?? { light: 'github-light-high-contrast', dark: 'github-dark-default' };
  const transformers = options.transformers ?? defaultTransformers();
  let highlighter: Promise<Highlighter> | undefined;
  return async (tree: Root, file: VFile) => {
    const blocks = codeBlocks(tree);
    if (blocks.length === 0) return;
    const shiki = await (highlighter ??= createHighlighter({ themes: [themes.light, themes.dark], langs: [] }));
    for (const block of blocks) {
      const lang = await grammar(shiki, block, file);
      const code = toString(block.code).replace(/\n$/u, '');
      const root = shiki.codeToHast(code, {
        lang,
        themes,
        defaultColor: false,
        meta: { __raw: block.meta },
        transformers,
      });
      const pre = root.children[0] as Element;
      pre.properties.dataLanguage = block.language || undefined;
      Object.assign(block.pre, { properties: pre.properties, children: pre.children });
    }
  };
}
