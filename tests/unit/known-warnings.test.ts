import { describe, expect, it } from 'vitest';
import { isAstroHeadInjectWarning } from '../../src/lib/known-warnings.ts';

const directive = (name: string, id: string) =>
  `The semantics of the module level directive "${name}" in "${id}" may not be preserved when bundling.`;

describe('known bundler warnings', () => {
  it("are Rolldown's warning about Astro's head-inject directive in MDX modules", () => {
    const message = directive('use astro:head-inject', 'content/blogs/a.mdx?astroPropagatedAssets');
    expect(isAstroHeadInjectWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message })).toBe(true);
  });

  it('are not warnings about other directives, nor other warnings naming the directive', () => {
    expect(
      isAstroHeadInjectWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: directive('use client', 'src/a.ts') }),
    ).toBe(false);
    expect(
      isAstroHeadInjectWarning({ code: 'EVAL', message: 'eval near "use astro:head-inject" in content/blogs/a.mdx' }),
    ).toBe(false);
    expect(isAstroHeadInjectWarning({ message: directive('use astro:head-inject', 'a.mdx') })).toBe(false);
  });
});
