import { slug } from 'github-slugger';
import { isRemoteUrl, safeDecode, siteAddress } from './urls.ts';

/** Extensions of Markdown files, in any case: the build reads only `.md` and `.mdx`, in lower case. */
export const MARKDOWN_EXTENSIONS = ['md', 'mdx', 'markdown', 'mdown', 'mkdn', 'mkd', 'mdwn'];
const MARKDOWN_LIKE = new RegExp(`\\.(?:${MARKDOWN_EXTENSIONS.join('|')})$`, 'iu');

/** Whether `file` is a post or a Markdown file that should be one: what the dev server re-checks when it is saved. */
export const isMarkdownLike = (file: string) => MARKDOWN_LIKE.test(file);

/**
 * The slug of a post from its file path: the file name without extension,
 * ASCII lower-cased and runs of white space turned into `-`. Everything else
 * (Chinese characters included) is kept as written. A folder's `index.md`
 * (a Hugo page bundle, an Astro or Obsidian folder post, with its images
 * beside it) is named by its folder.
 *
 * @example
 * slugFromPath('GPT and DeepSeek.md'); // 'gpt-and-deepseek'
 * slugFromPath('my-post/index.md'); // 'my-post'
 */
export function slugFromPath(filePath: string): string {
  const parts = filePath.split(/[\\/]/u).filter((part) => part !== '');
  const name = parts.pop() ?? '';
  const named = /^index(?:\.mdx?)?$/iu.test(name) && parts.length > 0 ? parts.pop()! : name;
  return urlWord(named.replace(/\.(md|mdx)$/iu, ''));
}

/** Text as post slugs and tags write it in URLs: trimmed, runs of white space as `-`, ASCII letters lower-cased. */
const urlWord = (text: string) =>
  text
    .trim()
    .replace(/\s+/gu, '-')
    .replace(/[A-Z]/gu, (c) => c.toLowerCase());

/** The slug a post gets: its frontmatter `slug` when that is non-empty text, else `slugFromPath`. */
export function postSlug(filePath: string, slugField: unknown): { slug: string; fromField: boolean } {
  if (typeof slugField === 'string' && slugField.trim() !== '') return { slug: slugField.trim(), fromField: true };
  return { slug: slugFromPath(filePath), fromField: false };
}

/** `/blogs/<slug>/`, encoded the way browsers request it. */
export function postPath(slug: string): string {
  return `/blogs/${encodeURIComponent(slug)}/`;
}

/** Where the pages of their own are, from the project root. */
export const PAGES_FOLDER = 'content/pages';

/** `/<slug>/`, the address of a page of its own (`content/pages/about.md` → `/about/`), encoded as browsers request it. */
export function pagePath(slug: string): string {
  return `/${encodeURIComponent(slug)}/`;
}

/**
 * The first segments of the addresses the site's own pages and files take (`/tags/…`, Astro's and Pagefind's folders):
 * no alias may lead there, nor a page of its own be there.
 */
export const OWN_SEGMENTS: readonly string[] = [
  'categories',
  'tags',
  'series',
  'authors',
  'page',
  'search',
  'timeline',
  'pagefind',
  '_astro',
  '_inkstone',
  '404.html',
];

/**
 * The addresses no page of its own may take: the site's own (`OWN_SEGMENTS`), the posts' folder, where aliases may
 * lead, and the site's files at its root.
 */
export const RESERVED_PAGE_SLUGS: readonly string[] = [
  ...OWN_SEGMENTS,
  'blogs',
  // `content/pages/index.md` is not the home page, which lists the posts.
  'index',
  '404',
  'rss.xml',
  'atom.xml',
  'opensearch.xml',
  'robots.txt',
];

/** The post's full address on the site at `siteUrl`, as feeds, the sitemap and its license notice give it. */
export function postUrl(slug: string, siteUrl: string): string {
  return siteAddress(postPath(slug), siteUrl);
}

/**
 * The page of the post a file's path names, as links from other tools name posts by their files (Hexo's `post_link`,
 * Hugo's `ref`, Obsidian's wikilinks, `./other.md`), with `#anchor` if there is one; undefined when the path names no
 * file (`/`).
 *
 * @example
 * postFileUrl('posts/Hello World.md', '用法'); // '/blogs/hello-world/#用法'
 */
export function postFileUrl(file: string, anchor = ''): string | undefined {
  const slug = slugFromPath(file);
  return slug ? `${postPath(slug)}${anchor ? `#${anchor}` : ''}` : undefined;
}

/**
 * The URL segment of a category: the name as written, but `/` and `\` (which
 * would split the path, as in `C/C++`) turned into `-`.
 */
export function categorySegment(category: string): string {
  return category.replace(/[/\\]/gu, '-');
}

/** `/categories/<segment>/`, percent-encoded. */
export function categoryPath(category: string): string {
  return `/categories/${encodeURIComponent(categorySegment(category))}/`;
}

/**
 * `/series/<segment>/`, percent-encoded: a series' segment is written as a category's (`categorySegment`).
 *
 * @example
 * seriesPath('C/C++ 入门'); // '/series/C-C%2B%2B%20%E5%85%A5%E9%97%A8/'
 */
export function seriesPath(series: string): string {
  return `/series/${encodeURIComponent(categorySegment(series))}/`;
}

/**
 * The URL segment of a tag: trimmed, runs of white space turned into `-`, ASCII letters lower-cased (as post slugs
 * are) and `/` or `\` turned into `-`. Tags written differently that give one segment (`Code Review` and
 * `code review`) share one page.
 *
 * @example
 * tagSegment('Core Web Vitals'); // 'core-web-vitals'
 */
export function tagSegment(tag: string): string {
  return urlWord(tag.replace(/[/\\]/gu, '-'));
}

/** `/tags/<segment>/`, percent-encoded. */
export function tagPath(tag: string): string {
  return `/tags/${encodeURIComponent(tagSegment(tag))}/`;
}

/** `/authors/<segment>/`, percent-encoded: an author's segment is written as a tag's (`tagSegment`). */
export function authorPath(author: string): string {
  return `/authors/${encodeURIComponent(tagSegment(author))}/`;
}

/** A relative address of a Markdown file, with its anchor: `../notes/other.md#用法`. */
const MARKDOWN_FILE = /^([^?#]+\.mdx?)(?:#(.*))?$/iu;

/**
 * The page of a post's Markdown file linked by its path, `other.md#小节`: `/blogs/other/#小节`, its slug as Inkstone
 * gives the file's. An anchor written as the heading's text (`#Choose%20Your%20Workflow`, as Obsidian writes one) is
 * the heading's id; one without spaces is kept as written. Nothing for any other address.
 *
 * @example
 * markdownFileUrl('../notes/Other Post.md#Choose%20Your%20Workflow'); // '/blogs/other-post/#choose-your-workflow'
 */
export function markdownFileUrl(url: string): string | undefined {
  if (url.startsWith('/') || url.startsWith('#') || isRemoteUrl(url)) return undefined;
  const match = MARKDOWN_FILE.exec(url);
  if (!match) return undefined;
  const anchor = match[2] === undefined ? '' : safeDecode(match[2]);
  return postFileUrl(safeDecode(match[1]!), /\s/u.test(anchor) ? slug(anchor) : anchor);
}
