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

  it('carries the HTML of a heading with math into its entry, beside its text as written', () => {
    const html = '公式 <span class="katex">…</span>';
    expect(tableOfContents([{ depth: 2, slug: '公式-x2', text: '公式 x^2', html }, h(3, 'plain')])).toEqual([
      { slug: '公式-x2', text: '公式 x^2', html, children: [{ slug: 'plain', text: 'plain', children: [] }] },
    ]);
    expect(tableOfContents([h(2, 'plain')])[0]).not.toHaveProperty('html');
  });

  it('honours other levels', () => {
    expect(tableOfContents([h(2, 'a'), h(3, 'b'), h(4, 'c')], { min: 3, max: 4 })).toEqual([
      { slug: 'b', text: 'b', children: [{ slug: 'c', text: 'c', children: [] }] },
    ]);
  });
});

describe('headings as written', () => {
  const headings = [
    { depth: 2, slug: '公式-x2', text: '公式 x2x^2x2' },
    { depth: 2, slug: '小结', text: '小结' },
  ];

  it('takes the text kept for each slug, and leaves the others as Astro reports them', () => {
    expect(headingsAsWritten(headings, { headingTexts: { '公式-x2': '公式 x^2' } })).toEqual([
      { depth: 2, slug: '公式-x2', text: '公式 x^2' },
      { depth: 2, slug: '小结', text: '小结' },
    ]);
    expect(headingsAsWritten(headings, {})).toEqual(headings);
  });

  it('adds the HTML kept for a heading with math, and none to the others', () => {
    const html = '公式 <span class="katex">…</span>';
    const written = headingsAsWritten(headings, {
      headingTexts: { '公式-x2': '公式 x^2', 小结: '小结' },
      headingHtml: { '公式-x2': html },
    });
    expect(written).toEqual([
      { depth: 2, slug: '公式-x2', text: '公式 x^2', html },
      { depth: 2, slug: '小结', text: '小结' },
    ]);
    expect(written[1]).not.toHaveProperty('html');
  });

  it('ignores kept texts and HTML that are not strings', () => {
    expect(headingsAsWritten(headings, { headingTexts: 'x', headingHtml: { 小结: 1 } })).toEqual(headings);
  });
});
