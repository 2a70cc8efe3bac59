import { describe, expect, it } from 'vitest';
import { escapeAtomCategoryAttributes, feedHtml, textAsHtml, xmlText } from '../../src/lib/feed-html.ts';

const page = 'https://example.com/blogs/post/';

describe('feedHtml', () => {
  it('makes root-relative, relative and fragment URLs absolute', () => {
    expect(feedHtml('<a href="/timeline/">t</a><a href="../other/">o</a><a href="#intro">i</a>', page)).toBe(
      '<a href="https://example.com/timeline/">t</a>' +
        '<a href="https://example.com/blogs/other/">o</a>' +
        '<a href="https://example.com/blogs/post/#intro">i</a>',
    );
  });

  it('makes every image URL absolute, srcset candidates included', () => {
    expect(
      feedHtml('<img src="/_astro/a.webp" srcset="/_astro/a-1x.webp 1x, /_astro/a-2x.webp 2x" alt="">', page),
    ).toBe(
      '<img src="https://example.com/_astro/a.webp" srcset="https://example.com/_astro/a-1x.webp 1x, https://example.com/_astro/a-2x.webp 2x" alt="">',
    );
  });

  it('keeps absolute and mailto links as they are', () => {
    const html = '<a href="https://other.example/">x</a><a href="mailto:a@example.com">m</a>';
    expect(feedHtml(html, page)).toBe(html);
  });

  it('drops what only works on the site: scripts, styles and buttons', () => {
    expect(
      feedHtml('<pre><code>x</code><button>复制</button></pre><script>go()</script><style>p{}</style><p>ok</p>', page),
    ).toBe('<pre><code>x</code></pre><p>ok</p>');
  });

  it('drops what the site hides with CSS, which a reader without it would show: screen-reader text and hidden icons', () => {
    const heading =
      '<h2 id="a">A</h2><a class="heading__anchor" href="#a"><svg aria-hidden="true"><path d=""></path></svg>' +
      '<span class="visually-hidden">链接到本节：A</span></a>';
    expect(feedHtml(heading, page)).toBe('<h2 id="a">A</h2>');
  });

  it('keeps the MathML of a formula and drops its KaTeX HTML copy', () => {
    const katex =
      '<span class="katex"><span class="katex-mathml"><math><mi>x</mi></math></span>' +
      '<span class="katex-html" aria-hidden="true"><span class="mord">x</span></span></span>';
    expect(feedHtml(katex, page)).toBe(
      '<span class="katex"><span class="katex-mathml"><math><mi>x</mi></math></span></span>',
    );
  });

  it('keeps links that show an image', () => {
    const html = '<a href="https://example.com/a.png"><img src="https://example.com/a.png" alt="A"></a>';
    expect(feedHtml(html, page)).toBe(html);
  });
});

describe('feed text fields', () => {
  it('keeps hostile text as text', () => {
    expect(textAsHtml('<img src=x onerror=alert(1)> & co')).toBe('&#x3C;img src=x onerror=alert(1)> &#x26; co');
  });

  it('writes text for XML elements with the entities XML names', () => {
    expect(xmlText('<b>原作者</b> & co')).toBe('&lt;b&gt;原作者&lt;/b&gt; &amp; co');
  });

  it('escapes angle brackets in Atom category attributes only', () => {
    expect(escapeAtomCategoryAttributes('<entry><category term="<b>" label="a&amp;b"/></entry>')).toBe(
      '<entry><category term="&lt;b&gt;" label="a&amp;b"/></entry>',
    );
  });
});
