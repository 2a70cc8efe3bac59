/** A link whose text is to be its post's title (`remarkTemplateLinks`): its other attributes in groups 1 and 2. */
const UNTITLED = /<a\b([^>]*?) data-post-title=""([^>]*)>[^<]*<\/a>/gu;

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/**
 * Gives the links Hexo's `{% post_link hello-world %}` made (`data-post-title`) the title of the post they link to, as
 * Hexo shows them: `titleOf` tells a post's title by its page's path (`/blogs/hello-world/`). A link to no post keeps
 * its text (the slug), and the site's link check reports it.
 *
 * @example
 * withPostTitles('<a href="/blogs/a/" data-post-title="">a</a>', () => 'A 的标题'); // '<a href="/blogs/a/">A 的标题</a>'
 */
export function withPostTitles(html: string, titleOf: (path: string) => string | undefined): string {
  return html.replace(UNTITLED, (link, before: string, after: string) => {
    const href = /\shref="([^"]*)"/u.exec(`${before}${after}`)?.[1];
    const title = href === undefined ? undefined : titleOf(href);
    return title === undefined ? link : `<a${before}${after}>${escapeText(title)}</a>`;
  });
}
