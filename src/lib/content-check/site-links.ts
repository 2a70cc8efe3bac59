import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { postPath } from '../slugs.ts';
import { projectPath } from '../project-path.ts';
import { HashCache } from './hash-cache.ts';
import { PAGE_FACTS_VERSION, readPage, type PageFacts } from './html.ts';
import type { CheckedPost } from './index.ts';
import { resolveFileUrl } from '../file-urls.ts';
import { fromBase, isRelativeUrl, safeDecode, underBase } from '../urls.ts';
import { checkRef, resolveInternal, type SiteIndex } from './links.ts';
import { isPostPage, unpublishedNote } from './post-links.ts';
import type { Problem } from './problems.ts';

export interface BuiltSiteOptions {
  /** Absolute output folder of the build. */
  outDir: string;
  /** Absolute project root; reported paths are relative to it. */
  root: string;
  /**
   * The path the site is served under (`/blog/`), under which its pages link to each other and its files: a link
   * outside it is broken. Default: `/`.
   */
  base?: string;
  /** Absolute folder that root-relative URLs name files in, as in the Markdown pipeline. Default: `<root>/content`. */
  contentRoot?: string;
  /** The posts of the build, to report a broken link at its line in the Markdown. */
  posts: readonly CheckedPost[];
  /** File keeping what unchanged pages hold between builds. Default: none. */
  cacheFile?: string;
}

const sameUrl = (a: string, b: string) => a === b || safeDecode(a.trim()) === safeDecode(b.trim());

/** `blogs/a/index.html` → `/blogs/a/`, or `/blog/blogs/a/` under the base `/blog/`; `404.html` → `/404.html`. */
function urlPathOf(file: string, base = '/'): string {
  return `${base}${file}`.replace(/(^|\/)index\.html$/u, '$1');
}

/** A built page: its file, its URLs and its ids. */
export interface BuiltPage {
  file: string;
  refs: PageFacts['refs'];
  ids: ReadonlySet<string>;
  /** The path the page sends readers on to at once, if it does (an alias's page). */
  redirect?: string;
}

/**
 * Reads every file and page of a built site into the index the link check uses, at the paths they are served at,
 * under `base`. With `cacheFile`, pages unchanged since the last build are not parsed.
 */
export function indexBuiltSite(
  outDir: string,
  cacheFile?: string,
  base = '/',
): { site: SiteIndex; pages: Map<string, BuiltPage> } {
  const files = globSync('**/*', { cwd: outDir, dot: true, expandDirectories: false }).sort();
  const served = new Set(files.map((file) => `${base}${file}`));
  const cache = new HashCache<PageFacts>(cacheFile, PAGE_FACTS_VERSION);
  const pages = new Map<string, BuiltPage>();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    // As bytes: most pages are unchanged since the last build, and only a page to parse needs decoding.
    const { ids, refs, redirect } = cache.get(readFileSync(path.join(outDir, file)), readPage);
    const to = redirect === undefined ? undefined : resolveInternal(redirect, urlPathOf(file, base))?.path;
    pages.set(urlPathOf(file, base), { file, refs, ids: new Set(ids), ...(to !== undefined && { redirect: to }) });
  }
  cache.save();
  const pageAt = (p: string) => pages.get(p) ?? pages.get(`${p}/`);
  // An alias's page sends readers on with the address's anchor: the anchor is looked for where it leads.
  const idsOf = (p: string) => {
    const page = pageAt(p);
    return page?.redirect === undefined ? page?.ids : pageAt(page.redirect)?.ids;
  };
  return { pages, site: { exists: (p) => served.has(p) || pageAt(p) !== undefined, idsOf } };
}

/**
 * A problem of a post's URL named by the URL as the post writes it, from the site's root, where the page has it under
 * the site's path: `/nope/: expected a page of this site at /blog/nope/, found none`, not `expected a page … at
 * /blog/nope/` alone, nor the built page's `/blog/a/#x` for the post's `/a/#x`.
 */
function asPostWrites(reason: string, htmlUrl: string, postUrl: string): string {
  const [html, written] = [safeDecode(htmlUrl.trim()), safeDecode(postUrl.trim())];
  if (html === written) return reason;
  return `${written}: ${reason.startsWith(`${html}: `) ? reason.slice(html.length + 2) : reason}`;
}

/**
 * What to write instead of a post's URL that has the site's path in it already (`/blog/blogs/a/` under `/blog/`, as a
 * Hexo site under a path has its posts write), which the build put under the path a second time: the URL from the
 * site's root, when that leads somewhere. `written` is the broken target from the site's root, `/blog/blogs/a/`.
 */
function withBaseTwice(base: string, written: string, site: SiteIndex, url: string): string | undefined {
  if (base === '/' || !written.startsWith(base) || !site.exists(written)) return undefined;
  // The URL as the post has it, from the built page's `/blog/blog/blogs/a/#x`.
  const asWritten = safeDecode(url.trim()).slice(base.length - 1);
  const fix = asWritten.slice(base.length - 1);
  return `${asWritten}: expected a URL from the site's root, found one that starts with the site's path ${base} — write ${fix}, which the build puts under ${base}`;
}

/**
 * Every internal link, image, script and stylesheet of the built site must
 * resolve, anchors included. A problem in a post is reported at its line in
 * the Markdown; one from a layout at the built file.
 */
export function checkBuiltSite(options: BuiltSiteOptions): Problem[] {
  const base = options.base ?? '/';
  const { site, pages } = indexBuiltSite(options.outDir, options.cacheFile, base);
  const postByPage = new Map(
    options.posts.map((post) => [decodeURIComponent(underBase(base, postPath(post.slug))), post]),
  );
  const folders = { contentRoot: options.contentRoot ?? path.join(options.root, 'content'), projectRoot: options.root };
  /** Where a post's relative link was looked for as a file, which `remarkPostFiles` would have linked (broken links only). */
  const filesLookedFor = (url: string, post: CheckedPost | undefined): string[] => {
    if (!post || !isRelativeUrl(url)) return [];
    const target = resolveFileUrl(url, { ...folders, postFile: path.join(options.root, post.file) });
    return target.kind === 'missing' ? target.lookedFor.map((file) => projectPath(options.root, file)) : [];
  };
  // A link to an old address of a draft (`/posts/old/`) says why its page is missing.
  const noteOf = unpublishedNote(options.posts);
  const problems: Problem[] = [];
  for (const [pagePath, page] of pages) {
    const seen = new Set<string>();
    const post = postByPage.get(pagePath);
    for (const ref of page.refs) {
      // A link repeated on a page (in the text and a table of contents, say) is one problem.
      const key = `${ref.kind} ${ref.url}`;
      // Checked again naming the files looked for, which takes reading the disk, only when broken.
      const broken =
        !seen.has(key) &&
        checkRef(ref.url, ref.kind, pagePath, site) &&
        checkRef(ref.url, ref.kind, pagePath, site, filesLookedFor(ref.url, post));
      seen.add(key);
      if (!broken) continue;
      const sources = post ? (ref.kind === 'link' ? post.markdown.links : post.markdown.images) : [];
      // The HTML has the URL percent-encoded (`#%E7%A7%AF`) where the Markdown has `#积`, and a URL from the site's
      // root under the base (`rehypeBase`).
      const matching = sources.filter((source) => sameUrl(underBase(base, source.url), ref.url));
      const lines = matching.map((source) => source.line);
      // A post's link to a post that is not published was reported at its line before the build (`checkPostLinks`);
      // a build where broken links are warnings gets this far, and would warn of it twice.
      const target = resolveInternal(ref.url, pagePath)?.path ?? '';
      // From the site's root, as the posts write their links.
      const written = fromBase(base, target) ?? target;
      if (post && lines.length > 0 && isPostPage(written) && !site.exists(target)) continue;
      if (post && lines.length > 0) {
        const reason = asPostWrites(broken.reason, ref.url, matching[0]?.url ?? ref.url);
        const message =
          withBaseTwice(base, written, site, ref.url) ?? reason + (ref.kind === 'link' ? noteOf(written) : '');
        for (const line of lines) problems.push({ file: post.file, line, field: ref.kind, message, severity: 'error' });
      } else {
        const built = projectPath(options.root, path.join(options.outDir, page.file));
        problems.push({ file: built, line: ref.line, field: ref.kind, message: broken.reason, severity: 'error' });
      }
    }
  }
  return problems;
}
