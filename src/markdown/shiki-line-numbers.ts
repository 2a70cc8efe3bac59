import type { ShikiTransformer } from 'shiki';

/**
 * Whether a fence's meta asks for line numbers, and from which number: `showLineNumbers` (Expressive Code,
 * rehype-pretty-code), with `startLineNumber=5`, and VitePress's `:line-numbers` or `:line-numbers=5`.
 * `showLineNumbers=false` and `:no-line-numbers` ask for none. (rehype-pretty-code's `showLineNumbers{5}` is not read:
 * `{5}` marks line 5, as in every other fence.)
 *
 * @example
 * lineNumbersOf('title="a.ts" showLineNumbers startLineNumber=5'); // { start: 5 }
 * lineNumbersOf('{2}'); // undefined
 */
export function lineNumbersOf(meta: string): { start: number } | undefined {
  // Quoted values (a title) are text, not flags.
  const words = meta.replace(/"[^"]*"|'[^']*'/gu, '""').split(/\s+/u);
  if (words.some((word) => word === 'showLineNumbers=false' || word === ':no-line-numbers')) return undefined;
  for (const word of words) {
    const match = /^(?:showLineNumbers(?:=true)?|:line-numbers(?:=(\d+))?)$/u.exec(word);
    if (!match) continue;
    const start =
      match[1] ?? words.find((other) => /^startLineNumber=\d+$/u.test(other))?.slice('startLineNumber='.length);
    return { start: start === undefined ? 1 : Number(start) };
  }
  return undefined;
}

/**
 * Numbers the lines of the code blocks whose fence asks for it (`lineNumbersOf`): the `<pre>` gets the class
 * `line-numbers` and, as CSS variables, the number before its first line and the digits of its last, from which the
 * stylesheet draws each number before its line. Drawn by CSS, the numbers are neither copied nor read out with the code.
 *
 * @example
 *   ```` ```js showLineNumbers startLineNumber=9 ```` (two lines) →
 *   `<pre class="shiki … line-numbers" style="…;--line-start:8;--line-digits:2">`
 */
export function transformerLineNumbers(): ShikiTransformer {
  return {
    name: 'inkstone:line-numbers',
    pre(pre) {
      const numbers = lineNumbersOf(this.options.meta?.__raw ?? '');
      if (!numbers) return;
      const last = numbers.start + this.lines.length - 1;
      this.addClassToHast(pre, 'line-numbers');
      const style = typeof pre.properties.style === 'string' ? pre.properties.style : '';
      pre.properties.style = `${style};--line-start:${numbers.start - 1};--line-digits:${String(last).length}`;
    },
  };
}
