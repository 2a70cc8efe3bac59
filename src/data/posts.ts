import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import { type CollectionEntry, getCollection, render } from 'astro:content';
import { aliasPageHtml, aliasPaths } from '../lib/aliases';
import { cacheKey } from '../lib/cache-key';
import { hashFiles } from '../lib/file-hash';
import { parseReadTime } from '../lib/reading-time';
import { isPublished, publishingFromEnv } from '../lib/publishing';
import { groupNames, namedAuthors, sortPosts, type TagGroup } from '../lib/posts';
import { postTerms, type PostTerms } from '../lib/post-terms';
import { postPath, tagSegment } from '../lib/slugs';
import { isRemoteUrl } from '../lib/urls';
import { site } from '../site.config';
import { ui } from './i18n';
import { address, href } from './site-paths';

/** Fixed once per build so every page agrees on what is published, posts and pages of their own alike. */
export const publishing = publishingFromEnv(process.env, import.meta.env.DEV, new Date());

/** A published post with everything list pages need. */
export interface Post {
  slug: string;
  title: string;
  date: Date;
  updated?: Date;
  category: string;
  tags: string[];
  draft: boolean;
  /** Whether it heads the home page (`pinned`). */
  pinned: boolean;
  /** Whether it is left out of every list, feed, sitemap and search (`unlisted`): only its page is published. */
  unlisted: boolean;
  /** Whether readers may comment on it, where the site has comments (`comments`). */
  comments: boolean;
  /** Whether it ends with the codes readers may tip its author by, where the site has them (`reward`). */
  reward: boolean;
  readingMinutes: number;
  /** The author's description, else the first paragraph. */
  summary: string;
  /** The post's language (`lang` in its frontmatter) when it is not the site's: set on its title and text. */
  lang?: string;
  /** The series it is a part of (`series`). */
  series?: string;
  /** Its place in the series when the author gave one (`seriesOrder`). */
  seriesOrder?: number;
  /** Who wrote it when not the site's author (`author`): shown under its title. `authorsOf` gives either. */
  author?: string[];
  /** What the notice under it says (`postTerms`): none for a post without one. */
  terms?: PostTerms;
  entry: CollectionEntry<'blogs'>;
}

/**
 * What the remark plugins computed for a post. The glob loader stores it with a Markdown post's HTML, which is what
 * `render()` would return for it (after resolving the post's images, not needed here); MDX posts are only compiled
 * when rendered.
 */
async function computedFrontmatter(entry: CollectionEntry<'blogs'>): Promise<Record<string, unknown>> {
  const stored = entry.rendered?.metadata?.frontmatter;
  if (stored) return stored as Record<string, unknown>;
  return (await render(entry)).remarkPluginFrontmatter;
}

async function toPost(entry: CollectionEntry<'blogs'>): Promise<Post> {
  const computed = await computedFrontmatter(entry);
  const { data } = entry;
  return {
    slug: entry.id,
    title: data.title,
    date: data.date,
    updated: data.updated,
    category: data.category,
    tags: data.tags,
    draft: data.draft,
    pinned: data.pinned,
    unlisted: data.unlisted,
    comments: data.comments,
    reward: data.reward,
    readingMinutes: (data.readTime && parseReadTime(data.readTime)) || Number(computed.readingMinutes ?? 1),
    summary: data.description || String(computed.excerpt ?? ''),
    lang: data.lang === site.language ? undefined : data.lang,
    series: data.series,
    seriesOrder: data.seriesOrder,
    author: namedAuthors(data.author, site.author),
    terms: postTerms(data, site.license),
    entry,
  };
}

async function loadPosts(): Promise<Post[]> {
  const entries = await getCollection('blogs', ({ data }) => isPublished(data, publishing));
  return sortPosts(await Promise.all(entries.map(toPost)));
}

/** What a list shows of a post: all of it but the entry. */
export type PostCard = Omit<Post, 'entry'>;

export function postCard({ entry: _entry, ...card }: Post): PostCard {
  return card;
}

/** The posts a post's page links to besides itself: the newer and the older one, and the related ones. */
export interface PostLinks {
  newer?: Post;
  older?: Post;
  related: Post[];
  /** The posts of its series in reading order, itself included (`seriesParts`); none when it is in no series. */
  series: Post[];
  /** The posts its text links to by Hexo's `{% post_link %}` without a text of its own, which show their titles. */
  mentioned: Post[];
}

/** The paths of the posts whose titles a post's HTML shows (`postLinks`, from `remarkTemplateLinks`). */
function postLinksOf(post: Post): string[] {
  const links = (post.entry.rendered?.metadata?.frontmatter as { postLinks?: unknown } | undefined)?.postLinks;
  return Array.isArray(links) ? links.filter((link): link is string => typeof link === 'string') : [];
}

/**
 * The address of each alias of the posts (`aliases:`; decoded, a folder's or an `.html` file's) and its post, where a
 * page sends readers on to the post. The content check refuses an alias that leads to a post's page or another post's alias.
 */
export function aliasPages(posts: readonly Post[]): { path: string; post: Post }[] {
  return posts.flatMap((post) => aliasPaths(post.entry.data.aliases).map((path) => ({ path, post })));
}

/** The page an alias of `post` serves (`aliasPageHtml`), as a response both alias routes give. */
export function aliasPage(post: Post): Response {
  const to = postPath(post.slug);
  const html = aliasPageHtml({
    to: href(to),
    canonical: address(to),
    title: `${post.title} | ${site.title}`,
    postTitle: post.title,
    lang: post.lang ?? site.language,
    moved: ui.t('post.moved'),
  });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/** The published posts `post` links to by `{% post_link %}` and shows the titles of. */
export function mentionedPosts(posts: readonly Post[], post: Post): Post[] {
  const wanted = new Set(postLinksOf(post));
  return wanted.size === 0 ? [] : posts.filter((other) => wanted.has(postPath(other.slug)));
}

/** The title of each published post, by its page's path, for `withPostTitles`. */
export async function postTitles(): Promise<Map<string, string>> {
  return new Map((await getAllPosts()).map((post) => [postPath(post.slug), post.title]));
}

/**
 * The `cacheKey` of a post's page: its card; its source and frontmatter (the digest) and its data, where a cover
 * image's URL names its content; its rendered HTML or the name of the file it is stored in, which is its hash (it
 * changes with the Markdown pipeline, not the digest); the bytes of the images in it; and the cards of the posts it
 * links to, its series' and its text's `{% post_link %}`s by title included; and whatever else it `shown` from
 * outside the post (its authors' pages and pictures). An MDX post has no stored HTML: Astro tracks the compiled module
 * it renders instead.
 */
export function postPageKey(
  post: Post,
  { newer, older, related, series, mentioned }: PostLinks,
  ...shown: unknown[]
): string {
  const { digest, data, filePath, rendered } = post.entry;
  const html = rendered?.metadata?.htmlFile ?? rendered?.html;
  // Local images, relative to the post: Astro names their optimized copies by content. Remote ones are left out.
  const images = (rendered?.metadata?.imagePaths ?? []).filter((image) => !isRemoteUrl(image));
  const imageBytes =
    images.length > 0 && filePath
      ? hashFiles(path.join(fileURLToPath(root), path.dirname(filePath)), images)
      : undefined;
  const cards = [newer, older, ...related, ...series, ...mentioned].map((linked) => linked && postCard(linked));
  // The file's path too: the page links to where it can be edited (`editLink`).
  return cacheKey([postCard(post), digest, data, filePath, html, imageBytes, cards, shown]);
}

/** The `cacheKey` of a page listing `posts`, with whatever else it shows (its title, its page number…). */
export function listPageKey(posts: readonly Post[], ...shown: unknown[]): string {
  return cacheKey([posts.map(postCard), shown]);
}

/** Who wrote a post: its own `author`, else the site's. */
export const authorsOf = (post: Post): string[] => post.author ?? [site.author];

/**
 * Whom a post's JSON-LD and feed entries credit with it: the original's author for a post from elsewhere (`source`;
 * no one when it names none), else `authorsOf`.
 */
export function creditedAuthors(post: Post): string[] {
  const source = post.terms?.source;
  if (!source) return authorsOf(post);
  return source.author === undefined ? [] : [source.author];
}

/**
 * Whether the site has author pages (`/authors/<name>/`) and feeds: whether some post names its author. A site of one
 * author, whose every post is the site's, has none.
 */
export const hasAuthorPages = (posts: readonly Post[]): boolean => posts.some((post) => post.author);

/** The category, tags and authors of a post that have pages of their own, which it links to. */
export interface LinkedTerms {
  category: boolean;
  tags: ReadonlySet<string>;
  authors: ReadonlySet<string>;
}

/**
 * Which of a post's category, tags and authors have pages: all of a listed post's, which are in their lists; those of
 * an unlisted post that listed posts share (the others have no page, as it is in no list). By the names as it writes
 * them.
 */
export async function linkedTerms(post: Post): Promise<LinkedTerms> {
  const authors = post.author ?? [];
  if (!post.unlisted) return { category: true, tags: new Set(post.tags), authors: new Set(authors) };
  const listed = await getPosts();
  const tagPages = new Set(listed.flatMap((other) => other.tags.map(tagSegment)));
  const authorPages = new Set(hasAuthorPages(listed) ? listed.flatMap(authorsOf).map(tagSegment) : []);
  return {
    category: listed.some((other) => other.category === post.category),
    tags: new Set(post.tags.filter((tag) => tagPages.has(tagSegment(tag)))),
    authors: new Set(authors.filter((name) => authorPages.has(tagSegment(name)))),
  };
}

/** Each author with their posts, the site's author included, where the site has author pages (`hasAuthorPages`). */
export const groupAuthors = (posts: readonly Post[]): TagGroup<Post>[] =>
  hasAuthorPages(posts) ? groupNames(posts, authorsOf) : [];

let cached: Promise<Post[]> | undefined;

/**
 * Every published post, newest first, the unlisted ones too: what has a page, aliases and a title other posts show.
 * Cached for the build; fresh on every request in dev.
 */
export function getAllPosts(): Promise<Post[]> {
  if (import.meta.env.DEV) return loadPosts();
  cached ??= loadPosts();
  return cached;
}

/** The posts lists, feeds and related posts show: every published post but the unlisted ones, newest first. */
export async function getPosts(): Promise<Post[]> {
  return (await getAllPosts()).filter((post) => !post.unlisted);
}
