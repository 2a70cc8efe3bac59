import { describe, expect, it } from 'vitest';
import { withPostTitles } from '../../src/lib/post-titles.ts';

const titles = new Map([
  ['/blogs/hello-world/', '你好，世界'],
  ['/blogs/a&b/', 'A & <B>'],
]);
const titleOf = (path: string) => titles.get(path);

describe('withPostTitles', () => {
  it("gives a {% post_link %}'s link the title of the post it links to, and drops the mark", () => {
    expect(
      withPostTitles('<p>参见 <a href="/blogs/hello-world/" data-post-title="">hello-world</a>。</p>', titleOf),
    ).toBe('<p>参见 <a href="/blogs/hello-world/">你好，世界</a>。</p>');
  });

  it('writes the title as text, and keeps the attributes the link has besides', () => {
    expect(withPostTitles('<a class="x" href="/blogs/a&b/" data-post-title="" id="y">a&#x26;b</a>', titleOf)).toBe(
      '<a class="x" href="/blogs/a&b/" id="y">A &amp; &lt;B></a>',
    );
  });

  it('leaves a link to no post as it is, and links without the mark alone', () => {
    const html = '<a href="/blogs/gone/" data-post-title="">gone</a> <a href="/blogs/hello-world/">自己的文字</a>';
    expect(withPostTitles(html, titleOf)).toBe(html);
  });
});
