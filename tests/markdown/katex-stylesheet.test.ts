/**
 * KaTeX's HTML and KaTeX's stylesheet must come from the same KaTeX: the post layout loads the stylesheet of the
 * project's `katex`, and rehype-katex renders with the `katex` it depends on. KaTeX 0.18 renamed its classes (`base`
 * became `katex-base`, `sizing` `katex-sizing`), so HTML from one version under the other's stylesheet draws exponents
 * at full size and loses lines; `overrides` in package.json gives rehype-katex the project's `katex`. The guide's
 * end-to-end test checks the drawn result.
 */
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
/** The folder of the `katex` package that `from` (a resolved file) loads. */
const katexFrom = (from: string) => {
  const main = createRequire(from).resolve('katex');
  return realpathSync(main.slice(0, main.lastIndexOf(`${path.sep}dist${path.sep}`)));
};

describe('KaTeX', () => {
  it('renders with the same package whose stylesheet the post pages load', () => {
    const stylesheet = katexFrom(path.resolve(import.meta.dirname, '../../src/layouts/PostLayout.astro'));
    expect(katexFrom(require.resolve('rehype-katex'))).toBe(stylesheet);
    // remark-math's micromark extension renders only when compiled to HTML by micromark itself, which Inkstone never
    // does; it gets the same package all the same.
    expect(katexFrom(createRequire(require.resolve('remark-math')).resolve('micromark-extension-math'))).toBe(
      stylesheet,
    );
  });
});
