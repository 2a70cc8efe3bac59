import { describe, expect, it } from 'vitest';
import { headingsAsWritten, tableOfContents } from '../../src/lib/toc';

const h = (depth: number, slug: string, text = slug) => ({ depth, slug, text });

describe('tableOfContents', () => {
  it('nests h3 headings under the h2 before them and leaves out other levels', () => {
    const toc = tableOfContents([
      h(1, 'title'),
      h(2, 'gpt'),
      h(3, 'gpt-1'),
      h(4, 'detail'),
      h(3, 'gpt-2'),
      h(2, 'deepseek'),
    ]);
    expect(toc).toEqual([
      {
        slug: 'gpt',
        text: 'gpt',
        children: [
          { slug: 'gpt-1', text: 'gpt-1', children: [] },
          { slug: 'gpt-2', text: 'gpt-2', children: [] },
        ],
      },
      { slug: 'deepseek', text: 'deepseek', children: [] },
    ]);
  });

  it('lists an h3 that comes before any h2 at the top level', () => {
    expect(tableOfContents([h(3, 'intro'), h(3, 'scope'), h(2, 'gpt')]).map((e) => e.slug)).toEqual([
      'intro',
      'scope',
      'gpt',
    ]);
  });

  it('leaves out the hidden footnotes heading', () => {
    expect(tableOfContents([h(2, 'gpt'), h(2, 'footnote-label', '脚注')]).map((e) => e.slug)).toEqual(['gpt']);
  });

  it('honours other levels', () => {
    expect(tableOfContents([h(2, 'a'), h(3, 'b'), h(4, 'c')], { min: 3, max: 4 })).toEqual([
      { slug: 'b', text: 'b', children: [{ slug: 'c', text: 'c', children: [] }] },
    ]);
  });
});

describe('headings as written', () => {
  it('takes the text kept for each slug, and leaves the others as Astro reports them', () => {
    const headings = [
      { depth: 2, slug: '公式-x2', text: '公式 x2x^2x2' },
      { depth: 2, slug: '小结', text: '小结' },
    ];
    expect(headingsAsWritten(headings, { '公式-x2': '公式 x^2' })).toEqual([
      { depth: 2, slug: '公式-x2', text: '公式 x^2' },
      { depth: 2, slug: '小结', text: '小结' },
    ]);
    expect(headingsAsWritten(headings, undefined)).toEqual(headings);
  });
});
