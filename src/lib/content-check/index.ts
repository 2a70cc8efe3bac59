import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import type { PageData } from '../../schema/page.ts';
import type { PostData } from '../../schema/post.ts';
import { isPublished, type PublishingOptions } from '../publishing.ts';
import { mayNamePostFile, postLinkUrl } from '../file-urls.ts';
import { PAGES_FOLDER, pagePath, postSlug, RESERVED_PAGE_SLUGS } from '../slugs.ts';
import { projectPath } from '../project-path.ts';
import { decodeContentFile } from './decode.ts';
import { checkProjectDescriptions } from './descriptions-file.ts';
import { checkDiagrams, postDiagrams } from './diagrams.ts';
import { HashCache } from './hash-cache.ts';
import { checkFrontmatter, checkPageFrontmatter } from './frontmatter-check.ts';
import { readFrontmatter, type Frontmatter } from './frontmatter.ts';
import { checkImages } from './images.ts';
import { mdxSyntaxError } from './mdx.ts';
import { findHiddenPosts, findMisnamedPosts } from './misnamed-posts.ts';
import { checkPostLinks } from './post-links.ts';
import type { HeadingRef, ImageWithoutAlt } from '../../markdown/remark-post-facts.ts';
import { markdownFactsVersion, readMarkdown, type MarkdownFacts } from './markdown.ts';
import type { Problem } from './problems.ts';
import { readTimeWarning } from './read-time.ts';
import { findSeriesOrderProblems } from './series-order.ts';
import { templateTagWarnings } from './template-tags.ts';
import {
  findAliasCollisions,
  findCategoryCollisions,
  findCategorySlips,
  findSlugCollisions,
  type SlugSource,
} from './slugs.ts';

export interface ContentCheckOptions {
  /** Absolute project root; reported paths are relative to it. */
  root: string;
  /** Absolute folder of the posts (`content/blogs`). */
  contentDir: string;
  /** The site's time zone, for dates without an offset. */
  timeZone: string;
  /** The site's author, whom posts without `author` are by (`content/authors.yaml` may describe them). */
  siteAuthor?: string;
  /** Which posts this build publishes: links to the others are broken. */
  publishing: PublishingOptions;
  /** Also check anchors (`#id`) against heading ids. Default: false, since only the build knows every id. */
  anchors?: boolean;
  /** Folder a root-relative image URL `/X` names `X` in. Default: `<root>/content`. */
  contentRoot?: string;
  /** Folder the site serves as it is, where `/X` is looked for next. Default: `<root>/public`. */
  publicDir?: string;
  /** Absolute folder of the pages of their own (`/about/`). Default: `<root>/content/pages`. */
  pagesDir?: string;
  /** File keeping the Markdown facts of unchanged posts between runs. Default: none. */
  cacheFile?: string;
  /** A hash of the Markdown pipeline's code (`pipelineHash`): facts cached under another are read again. */
  pipeline?: string;
  /** The dev server's readings of the posts, kept from one check to the next (`PostReadings`). Default: none. */
  readings?: PostReadings;
}

/** A post whose frontmatter is valid. */
export interface CheckedPost {
  /** `content/blogs/a.md` */
  file: string;
  slug: string;
  data: PostData;
  published: boolean;
  /** What its Markdown holds; a link to a post by its file's path leads where the page's does (`postLinkUrl`). */
  markdown: MarkdownFacts;
  /** Line of the `category` field. */
  categoryLine: number;
  /** Line of the `aliases` field, or 1 without one. */
  aliasesLine: number;
  /** Line of the `series` field, or 1 without one. */
  seriesLine: number;
  /** Line of the `seriesOrder` field, or 1 without one. */
  seriesOrderLine: number;
}

/** A page of its own (`content/pages/about.md` → `/about/`) whose frontmatter is valid. */
export interface CheckedPage {
  /** `content/pages/about.md` */
  file: string;
  slug: string;
  data: PageData;
  published: boolean;
}

export interface ContentReport {
  posts: CheckedPost[];
  pages: CheckedPage[];
  /** Errors, warnings and ignored fields, unsorted. */
  problems: Problem[];
}

/** The files Astro's glob loader reads, in a stable order. */
export function listPostFiles(contentDir: string): string[] {
  return globSync('**/*.{md,mdx}', { cwd: contentDir, expandDirectories: false }).sort();
}

/**
 * `checkContent`, then the checks that read more than each post: its diagrams with Mermaid's parser (`checkDiagrams`,
 * cached beside `cacheFile`) and the series' and categories' descriptions files (`checkProjectDescriptions`). What the
 * build, the dev server and `npm run check` run.
 */
export async function checkAllContent(options: ContentCheckOptions): Promise<ContentReport> {
  const report = checkContent(options);
  const diagrams = await checkDiagrams(postDiagrams(report.posts), {
    ...(options.cacheFile && { cacheFile: path.join(path.dirname(options.cacheFile), 'inkstone-diagrams.json') }),
  });
  return {
    ...report,
    problems: [
      ...report.problems,
      ...diagrams,
      ...checkProjectDescriptions(options.root, report.posts, options.siteAuthor),
    ],
  };
}

/**
 * Checks every post without building: encoding, frontmatter, slugs, local
 * images and links to other posts. Everything found is reported together.
 */
export function checkContent(options: ContentCheckOptions): ContentReport {
  const problems: Problem[] = [];
  const posts: CheckedPost[] = [];
  const slugs: SlugSource[] = [];
  const { readings } = options;
  // With readings, the cache file is read and written by the first check only: the later ones read again only the
  // posts saved since, whose facts the next build finds in a moment.
  const first = readings?.facts === undefined;
  const cache =
    readings?.facts ?? new HashCache<MarkdownFacts>(options.cacheFile, markdownFactsVersion(options.pipeline));
  if (readings) readings.facts = cache;
  const entries = listPostFiles(options.contentDir);
  if (readings) {
    const listed = new Set(entries.map((entry) => path.join(options.contentDir, entry)));
    for (const file of readings.posts.keys()) if (!listed.has(file)) readings.posts.delete(file);
  }
  for (const entry of entries) {
    const result = checkPost(entry, options, cache);
    problems.push(...result.problems);
    if (result.slug) slugs.push(result.slug);
    if (result.post) posts.push(result.post);
  }
  const pages = checkPages(options, cache);
  problems.push(...pages.problems);
  const categories = posts.map((p) => ({ file: p.file, category: p.data.category, line: p.categoryLine }));
  const series = posts.flatMap((p) =>
    p.data.series === undefined ? [] : [{ file: p.file, category: p.data.series, line: p.seriesLine }],
  );
  problems.push(
    ...findMisnamedPosts(options.root, options.contentDir),
    ...findHiddenPosts(options.root, options.contentDir),
    ...findSlugCollisions(slugs),
    ...findCategoryCollisions(categories),
    ...findCategoryCollisions(series, 'series'),
    ...findCategorySlips(categories),
    ...findCategorySlips(series, 'series'),
    ...findSeriesOrderProblems(
      posts.map(({ file, data, seriesLine, seriesOrderLine }) => ({
        file,
        series: data.series,
        seriesOrder: data.seriesOrder,
        seriesLine,
        seriesOrderLine,
      })),
    ),
    ...findAliasCollisions(
      posts
        .filter((post) => post.published)
        .map((post) => ({ file: post.file, slug: post.slug, aliases: post.data.aliases, line: post.aliasesLine })),
      pages.pages.filter((page) => page.published).map((page) => ({ file: page.file, path: pagePath(page.slug) })),
    ),
    ...checkPostLinks(posts, { anchors: options.anchors ?? false }),
  );
  if (first) cache.save();
  return { posts, pages: pages.pages, problems };
}

/**
 * Checks the pages of their own (`content/pages/`, each at `/<slug>/`, the slug as a post's): their encoding and
 * frontmatter (`checkPageFrontmatter`), their images, that no two give one address, and that none takes an address the
 * site's own pages or files have (`RESERVED_PAGE_SLUGS`, the names at the top of `public/`). Links are checked in the
 * built site, as a post's links to anything but posts are.
 */
function checkPages(
  options: ContentCheckOptions,
  cache: HashCache<MarkdownFacts>,
): { pages: CheckedPage[]; problems: Problem[] } {
  const pagesDir = options.pagesDir ?? path.join(options.root, PAGES_FOLDER);
  const folders = siteFolders(options);
  const taken = new Set([
    ...RESERVED_PAGE_SLUGS,
    ...(existsSync(folders.publicDir) ? readdirSync(folders.publicDir) : []),
  ]);
  const pages: CheckedPage[] = [];
  const slugs: SlugSource[] = [];
  const problems: Problem[] = [
    ...findMisnamedPosts(options.root, pagesDir, 'page'),
    ...findHiddenPosts(options.root, pagesDir, 'page'),
  ];
  for (const entry of existsSync(pagesDir) ? listPostFiles(pagesDir) : []) {
    const absolute = path.join(pagesDir, entry);
    const file = projectPath(options.root, absolute);
    const source = readSource(file, readFileSync(absolute));
    if ('problem' in source) {
      problems.push(source.problem);
      continue;
    }
    const { read } = source;
    const slug = slugSource(file, entry, read.frontmatter);
    slugs.push(slug);
    const checked = checkPageFrontmatter(file, read.frontmatter, options.timeZone);
    const facts = cache.get(read.body, readMarkdown);
    problems.push(
      ...checked.problems,
      ...(entry.endsWith('.mdx') ? mdxProblems(file, read.body) : []),
      ...checkImages(file, absolute, facts.images, folders),
      ...facts.imagesWithoutAlt.map((image) => altWarning(file, image)),
      ...facts.topHeadings.map((heading) => topHeadingWarning(file, heading)),
    );
    if (taken.has(slug.slug.toLowerCase())) {
      const origin = slug.fromField ? `"${slug.slug}"` : `"${slug.slug}" (from the file name)`;
      const fix = slug.fromField ? 'give it another slug' : 'give it another file name, or a slug';
      const message = `${origin} gives the URL ${pagePath(slug.slug)}, which the site's own pages or files take — ${fix}`;
      problems.push({ file, line: slug.line, field: 'slug', message, severity: 'error' });
    }
    if (!checked.data) continue;
    const published = !checked.data.draft || options.publishing.drafts;
    pages.push({ file, slug: slug.slug, data: checked.data, published });
  }
  problems.push(...findSlugCollisions(slugs, pagePath));
  return { pages, problems };
}

interface PostResult {
  problems: Problem[];
  slug?: SlugSource;
  post?: CheckedPost;
}

/**
 * What a post's file says by its bytes alone (its frontmatter read and checked, the facts of its Markdown), or the
 * problem that stops it from being read. The rest of the check (images on disk, where links lead, whether it is
 * published now) is done again on every check.
 */
type PostReading = { bytes: Buffer } & (
  | { problem: Problem; slug?: SlugSource }
  | {
      read: SourceRead;
      checked: ReturnType<typeof checkFrontmatter>;
      slug: SlugSource;
      facts: MarkdownFacts;
      mdx: Problem[];
    }
);

/**
 * The readings of the posts, kept between the checks of one dev server (`createPostReadings`): a check after a save
 * reads again only the files whose bytes changed, and not the cache file (1000 posts: about 0.45 s for every post, YAML
 * and hashing most of it, down to the time to read the files).
 */
export interface PostReadings {
  posts: Map<string, PostReading>;
  /** The cache of Markdown facts, as the first check read it. */
  facts?: HashCache<MarkdownFacts>;
}

export const createPostReadings = (): PostReadings => ({ posts: new Map() });

type SourceRead = Extract<ReturnType<typeof readFrontmatter>, { ok: true }>;

/**
 * A post's or a page's frontmatter and body from its bytes, or the problem that stops them from being read: its
 * encoding, or its frontmatter's syntax.
 */
function readSource(file: string, bytes: Buffer): { read: SourceRead } | { problem: Problem } {
  const decoded = decodeContentFile(bytes);
  if (!decoded.ok) {
    const found = `byte 0x${decoded.byte.toString(16).toUpperCase().padStart(2, '0')} at column ${decoded.column}`;
    const message = `expected UTF-8 text, found ${found}, which is not UTF-8 — the file was probably saved as GBK or another legacy encoding; save it again as UTF-8`;
    return { problem: { file, line: decoded.line, field: 'encoding', message, severity: 'error' } };
  }
  const read = readFrontmatter(decoded.text);
  if (!read.ok) {
    const { line, message } = read.error;
    return { problem: { file, line, field: 'frontmatter', message, severity: 'error' } };
  }
  return { read };
}

/** The folders a post's or a page's images and links are looked for in. */
function siteFolders(options: ContentCheckOptions) {
  return {
    projectRoot: options.root,
    contentRoot: options.contentRoot ?? path.join(options.root, 'content'),
    publicDir: options.publicDir ?? path.join(options.root, 'public'),
  };
}

function readPost(
  entry: string,
  file: string,
  bytes: Buffer,
  timeZone: string,
  cache: HashCache<MarkdownFacts>,
): PostReading {
  const source = readSource(file, bytes);
  if ('problem' in source) {
    // A post whose frontmatter cannot be read still takes the address of its file's name.
    const slug = source.problem.field === 'frontmatter' ? { file, ...postSlug(entry, undefined), line: 1 } : undefined;
    return { bytes, problem: source.problem, ...(slug && { slug }) };
  }
  const { read } = source;
  return {
    bytes,
    read,
    checked: checkFrontmatter(file, read.frontmatter, timeZone),
    slug: slugSource(file, entry, read.frontmatter),
    facts: cache.get(read.body, readMarkdown),
    mdx: entry.endsWith('.mdx') ? mdxProblems(file, read.body) : [],
  };
}

function checkPost(entry: string, options: ContentCheckOptions, cache: HashCache<MarkdownFacts>): PostResult {
  const absolute = path.join(options.contentDir, entry);
  const file = projectPath(options.root, absolute);
  const bytes = readFileSync(absolute);
  const kept = options.readings?.posts.get(absolute);
  const reading: PostReading =
    kept?.bytes.equals(bytes) === true ? kept : readPost(entry, file, bytes, options.timeZone, cache);
  options.readings?.posts.set(absolute, reading);

  if ('problem' in reading) return { problems: [reading.problem], slug: reading.slug };
  const { read, checked, slug, facts } = reading;
  const folders = siteFolders(options);
  // Where each link to a post leads on the page, which depends on the files there are (`./getting-started`, a post's
  // file without its extension, leads to its page), so it is not kept with the facts of the text. Only such a link is
  // looked up: a file's link is checked after the build, as written or at its file, so the disk is not asked about
  // every link on every build.
  const links = facts.links.map((link) =>
    mayNamePostFile(link.url) ? { ...link, url: postLinkUrl(link.url, { ...folders, postFile: absolute }) } : link,
  );
  const markdown = { ...facts, links };
  const cover = coverRef(read.frontmatter);
  const problems = [
    ...checked.problems,
    ...reading.mdx,
    ...checkImages(file, absolute, [...markdown.images, ...cover], folders),
  ];
  if (!checked.data) return { problems, slug };
  problems.push(...readTimeWarning(file, read.frontmatter, checked.data, markdown.readingMinutes));
  problems.push(...markdown.imagesWithoutAlt.map((image) => altWarning(file, image)));
  problems.push(...markdown.topHeadings.map((heading) => topHeadingWarning(file, heading)));
  problems.push(...templateTagWarnings(file, markdown.templateTags));
  const published = isPublished(checked.data, options.publishing);
  const categoryLine = read.frontmatter.lines.get('category') ?? 1;
  const lineOf = (field: string) => read.frontmatter.lines.get(field) ?? 1;
  const [aliasesLine, seriesLine, seriesOrderLine] = [lineOf('aliases'), lineOf('series'), lineOf('seriesOrder')];
  const post = {
    file,
    slug: slug.slug,
    data: checked.data,
    published,
    markdown,
    categoryLine,
    aliasesLine,
    seriesLine,
    seriesOrderLine,
  };
  return { problems, slug, post };
}

/** The same rule as the collection's `generateId`: the `slug` field, else the file name. */
function slugSource(file: string, entry: string, frontmatter: Frontmatter): SlugSource {
  const slug = postSlug(entry, frontmatter.data.slug);
  return { file, ...slug, line: slug.fromField ? (frontmatter.lines.get('slug') ?? 1) : 1 };
}

function coverRef(frontmatter: Frontmatter) {
  const cover = frontmatter.data.cover;
  return typeof cover === 'string' ? [{ url: cover, line: frontmatter.lines.get('cover') ?? 1, field: 'cover' }] : [];
}

/** An MDX post that would not compile, reported before the build starts, with the other problems. */
function mdxProblems(file: string, body: string): Problem[] {
  const error = mdxSyntaxError(body);
  if (!error) return [];
  const fix = 'close each JSX tag in the order it was opened, and write a < or { meant as text as \\< or \\{';
  const message = `expected MDX that compiles, found: ${error.reason.replace(/\.$/u, '')} — ${fix}`;
  return [{ file, line: error.line, field: 'mdx', message, severity: 'error' }];
}

/** An image without alt text: screen readers skip it, and its place shows nothing when it does not load. */
function altWarning(file: string, { url, line, html, embed }: ImageWithoutAlt): Problem {
  const fix = html
    ? 'describe the image in its alt attribute: <img alt="…">, or write alt="" if it is decoration'
    : embed
      ? `describe the image after a bar: ![[${url}|…]]`
      : `describe the image between the brackets: ![…](${url})`;
  const message = `${url} has no alt text, so screen readers skip it — ${fix}`;
  return { file, line, field: 'image', message, severity: 'warning' };
}

/** A `# heading` in the body: the page has the post's title as its one level-1 heading already. */
function topHeadingWarning(file: string, { text, line }: HeadingRef): Problem {
  const message = `"${text}" is a level-1 heading (#), a second one after the post's title — write it as ## ${text}, or remove it if it repeats the title`;
  return { file, line, field: 'heading', message, severity: 'warning' };
}
