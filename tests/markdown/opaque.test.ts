import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { isOpaque } from '../../src/markdown/opaque.ts';

describe('isOpaque', () => {
  it("is true for code blocks and KaTeX's output", () => {
    expect(isOpaque(h('pre', h('code', 'x')))).toBe(true);
    expect(isOpaque(h('span.katex', 'x'))).toBe(true);
    expect(isOpaque(h('span.katex-display', h('span.katex', 'x')))).toBe(true);
  });

  it('is false for what plugins look into: other spans, figures, lists, headings', () => {
    expect(isOpaque(h('span.katex-error', 'x'))).toBe(false);
    expect(isOpaque(h('span.callout__title', 'x'))).toBe(false);
    expect(isOpaque(h('figure', h('img', { src: 'a.png' })))).toBe(false);
    expect(isOpaque(h('li', 'x'))).toBe(false);
    expect(isOpaque(h('h2', 'x'))).toBe(false);
  });
});
