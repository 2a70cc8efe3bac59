import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { hasClass } from '../../src/lib/has-class.ts';

describe('hasClass', () => {
  it('finds one class among several, and none on an element without classes', () => {
    expect(hasClass(h('code.language-math.math-inline', 'x'), 'math-inline')).toBe(true);
    expect(hasClass(h('code.language-math', 'x'), 'math-inline')).toBe(false);
    expect(hasClass(h('span', 'x'), 'math-inline')).toBe(false);
  });
});
