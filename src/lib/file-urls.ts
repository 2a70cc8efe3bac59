import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { escapePath, globSync } from 'tinyglobby';
import { isMarkdownLike, markdownFileUrl } from './slugs.ts';
import { isRelativeUrl, isRemoteUrl, safeDecode } from './urls.ts';

/** The folders the URLs a post writes for its images and files resolve into. */
export interface SiteFolders {
  /** Absolute content root, e.g. `/site/content`: a root-relative URL `/X` names `<contentRoot>/X`. */
  contentRoot: string;
  /** Absolute project root: images may live anywhere inside it, never outside. */
  projectRoot: string;
  /** Absolute folder the site serves as it is; `/X` falls back to `<publicDir>/X`. Default: `<projectRoot>/public`. */
  publicDir?: string;
}

export interface FileUrlOptions extends SiteFolders {
  /** Absolute path of the post that writes the URL. */
  postFile: string;
  /**
   * Receives each place a relative URL's file was looked for at, and whether it was found there, as the post's HTML
   * depends on them: a file's absolute path, or, for a bare name looked for in the whole content root, its
   * `byNamePattern`, found when one file has the name.
   */
  looked?: (place: string, found: boolean) => void;
}

/** Where a URL written in a post for an image or a file points. */
export type FileTarget =
  /** On another site (`https://…`, `//…`, `data:`): left as written. */
  | { kind: 'remote'; url: string }
  /** A file of the project outside `publicDir`, served at `url` (its clean URL, with the query and hash written). */
  | { kind: 'local'; file: string; url: string }
  /** A file of `publicDir`, which the site serves as it is at `url`. */
  | { kind: 'public'; file: string; url: string }
  /**
   * No such file: the paths looked at, and the root-relative URL the page would show; for a bare file name, the files
   * of that name in the content root when there are several (`named`), of which the author must say which.
   */
  | { kind: 'missing'; lookedFor: string[]; url: string; named?: string[] }
  /** A relative URL leading out of the project, to `file`. */
  | { kind: 'outside'; file: string };

/** Each `<img>` start tag in raw HTML, quoted attribute values (which may hold `>`) included. */
export const RAW_IMG_TAG = /<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/giu;

/** An `alt` attribute in a start tag, empty or not: `alt=""` marks an image as decorative on purpose. */
export const ALT_ATTRIBUTE = /\salt\s*=/iu;

/**
 * The `src` of each `<img>` start tag in raw HTML: in `"…"` (group 1) or `'…'` (group 2), at the end of the match.
 * Quoted values of the attributes before it may hold `>` or ` src=`.
 */
export const RAW_IMG_SRC = /<img\b(?:[^>"']|"[^"]*"|'[^']*')*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)')/giu;

/** The `href` of each `<a>` start tag in raw HTML, as `RAW_IMG_SRC` gives an `<img>`'s `src`. */
export const RAW_A_HREF = /<a\b(?:[^>"']|"[^"]*"|'[^']*')*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/giu;

/**
 * `html` with the attribute value that ends each match of `pattern` (`RAW_IMG_SRC`, `RAW_A_HREF`) replaced by what
 * `replace` gives for it, in the same quotes.
 *
 * @example
 * replaceRawUrls('<a href="./a.pdf">', RAW_A_HREF, () => '/blogs/a.pdf'); // '<a href="/blogs/a.pdf">'
 */
export function replaceRawUrls(html: string, pattern: RegExp, replace: (url: string) => string): string {
  return html.replace(pattern, (tag: string, double?: string, single?: string) => {
    const written = double ?? single ?? '';
    const url = replace(written);
    if (url === written) return tag;
    const quote = double === undefined ? "'" : '"';
    return `${tag.slice(0, tag.length - written.length - 2)}${quote}${url}${quote}`;
  });
}

/** The decoded path of a URL, and its `?query#hash` as written (ignored when finding the file, kept on the page). */
function splitUrl(url: string): { urlPath: string; suffix: string } {
  const at = url.search(/[?#]/u);
  return at === -1
    ? { urlPath: safeDecode(url), suffix: '' }
    : { urlPath: safeDecode(url.slice(0, at)), suffix: url.slice(at) };
}

const publicDirOf = (folders: SiteFolders) => folders.publicDir ?? path.join(folders.projectRoot, 'public');
function within(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
/** Whether `file` is a file (not a folder) that exists. */
export const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
const isDirectory = (file: string) => existsSync(file) && statSync(file).isDirectory();

/** Whether `file` lies inside the project, symbolic links followed (a linked `node_modules` is outside). */
function inProject(file: string, projectRoot: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
  return within(projectRoot, file) && within(real(projectRoot), real(file));
}

/**
 * The URL a file of the project is served at: `/` and its path relative to
 * `publicDir`, to the content root (`content/img/a.svg` → `/img/a.svg`), or
 * else to the project root (`assets/b.jpg` → `/assets/b.jpg`), percent-encoded.
 */
export function contentFileUrl(file: string, folders: SiteFolders): string {
  // The innermost first: a `publicDir` inside the content root serves its files at its own root.
  const base = [publicDirOf(folders), folders.contentRoot, folders.projectRoot].find((dir) => within(dir, file));
  return `/${path
    .relative(base ?? folders.projectRoot, file)
    .split(path.sep)
    .map(encodeURIComponent)
    .join('/')}`;
}

function fileTarget(file: string, suffix: string, folders: SiteFolders): FileTarget {
  if (!inProject(file, folders.projectRoot)) return { kind: 'outside', file };
  const url = `${contentFileUrl(file, folders)}${suffix}`;
  if (!isFile(file)) return { kind: 'missing', lookedFor: [file], url };
  return within(publicDirOf(folders), file) ? { kind: 'public', file, url } : { kind: 'local', file, url };
}

/**
 * A relative URL's file: beside the post, or else in the folder named after the post (`a.md`'s `a/`), where Hexo keeps
 * a post's images (`post_asset_folder`) and its `{% asset_img %}` and Markdown images find them. The folder is only
 * looked in (and named when the file is missing) where it exists, and for URLs that do not climb out (`../`). A bare
 * file name found in neither is looked for by its name in the whole content root, as Obsidian finds an attachment
 * anywhere in its vault (pasted images land at the vault's root): the one file of that name, if there is one.
 */
function relativeTarget(urlPath: string, suffix: string, options: FileUrlOptions): FileTarget {
  const postDir = path.dirname(options.postFile);
  /** `file`'s target, told to `options.looked`. */
  const at = (file: string): FileTarget => {
    const target = fileTarget(file, suffix, options);
    if (target.kind !== 'outside') options.looked?.(file, target.kind !== 'missing');
    return target;
  };
  const beside = at(path.resolve(postDir, urlPath));
  if (beside.kind !== 'missing') return beside;
  const assets = path.join(postDir, path.parse(options.postFile).name);
  const climbs = path.normalize(urlPath).startsWith('..');
  // Looked for in the folder only where it exists, but told as looked for there, so that adding both is seen.
  if (!climbs && !isDirectory(assets)) options.looked?.(path.resolve(assets, urlPath), false);
  const inAssets = !climbs && isDirectory(assets) ? at(path.resolve(assets, urlPath)) : undefined;
  if (inAssets && inAssets.kind !== 'missing') return inAssets;
  const missing = { ...beside, lookedFor: [...beside.lookedFor, ...(inAssets?.lookedFor ?? [])] };
  if (/[/\\]/u.test(urlPath) || urlPath.startsWith('.')) return missing;
  const named = globSync(`**/${escapePath(urlPath)}`, {
    cwd: options.contentRoot,
    absolute: true,
    expandDirectories: false,
  }).sort();
  options.looked?.(byNamePattern(options.contentRoot, urlPath), named.length === 1);
  if (named.length === 1) return fileTarget(path.normalize(named[0]!), suffix, options);
  return named.length > 1 ? { ...missing, named: named.map((file) => path.normalize(file)) } : missing;
}

/**
 * Where a bare file name is looked for in the whole content root, as `FileUrlOptions.looked` tells it: the glob pattern
 * of any file of that name under the content root.
 *
 * @example
 * byNamePattern('/site/content', '讲义.pdf'); // '/site/content/**' + '/讲义.pdf'
 */
export const byNamePattern = (contentRoot: string, name: string) => path.join(contentRoot, '**', name);

/**
 * Resolves the URL of an image or a linked file from a post: a root-relative `/X` names
 * `<contentRoot>/X`, else `<publicDir>/X`; a relative URL resolves from the
 * post's folder, anywhere inside the project, or else from the folder named after the post (Hexo's asset folder).
 * Remote URLs are left alone.
 *
 * @example
 *   resolveFileUrl('../img/a.svg#dark', { postFile: '/site/content/blogs/a.md', contentRoot: '/site/content', projectRoot: '/site' })
 *   // → { kind: 'local', file: '/site/content/img/a.svg', url: '/img/a.svg#dark' }
 *   resolveFileUrl('diagram.png', { postFile: '/site/content/blogs/a.md', … }) // with content/blogs/a/diagram.png
 *   // → { kind: 'local', file: '/site/content/blogs/a/diagram.png', url: '/blogs/a/diagram.png' }
 */
export function resolveFileUrl(url: string, options: FileUrlOptions): FileTarget {
  if (isRemoteUrl(url)) return { kind: 'remote', url };
  const { urlPath, suffix } = splitUrl(url);
  if (!url.startsWith('/')) return relativeTarget(urlPath, suffix, options);
  // As a browser would: `/../x` is `/x`.
  const sitePath = path.posix.normalize(urlPath);
  const inContent = path.join(options.contentRoot, sitePath);
  if (isFile(inContent)) return fileTarget(inContent, suffix, options);
  const inPublic = path.join(publicDirOf(options), sitePath);
  if (isFile(inPublic)) return { kind: 'public', file: inPublic, url };
  return { kind: 'missing', lookedFor: [inContent, inPublic], url };
}

/**
 * The file of the project (outside `publicDir`, which the site serves itself)
 * whose clean URL is `url`: the inverse of `contentFileUrl` for files that exist.
 */
export function servedFileAt(url: string, folders: SiteFolders): string | undefined {
  const sitePath = path.posix.normalize(splitUrl(url).urlPath);
  for (const dir of [folders.contentRoot, folders.projectRoot]) {
    const file = path.join(dir, sitePath);
    if (!isFile(file) || !inProject(file, folders.projectRoot) || within(publicDirOf(folders), file)) continue;
    if (safeDecode(contentFileUrl(file, folders)) === sitePath) return file;
  }
  return undefined;
}

/**
 * Whether the site serves `file` because a post links to it (slides, a PDF, an archive, a data file): a file inside the
 * content root that is not a post's source (Markdown, MDX) and not hidden (no part of its path starts with `.`).
 * Images are served from anywhere in the project (`servedFileAt`); other files only from the content root, so that a
 * link can never publish the project's own files (`/package.json`, `/.env`).
 *
 * @example
 * isAttachment('/site/content/blogs/files/slides.pdf', folders); // true
 * isAttachment('/site/content/blogs/draft.md', folders); // false
 */
export function isAttachment(file: string, folders: SiteFolders): boolean {
  const relative = path.relative(folders.contentRoot, file);
  return (
    within(folders.contentRoot, file) &&
    !within(publicDirOf(folders), file) &&
    !isMarkdownLike(file) &&
    !relative.split(path.sep).some((part) => part.startsWith('.'))
  );
}

/** The post files an address without an extension may name, as VitePress and Docusaurus link pages. */
const POST_FILES = ['.md', '.mdx', '/index.md', '/index.mdx'];

/** A URL's path as written and its `?query#hash`. */
function splitWritten(url: string): [string, string] {
  const at = url.search(/[?#]/u);
  return at === -1 ? [url, ''] : [url.slice(0, at), url.slice(at)];
}

/**
 * Whether a link may name a post's file without its extension, as VitePress and Docusaurus write them: a relative
 * path without an extension. A page's address (`../other/`, Hugo's), a folder's (`..`) or a file's with its extension
 * does not.
 *
 * @example
 * mayNamePostFile('./getting-started#安装'); // true
 * mayNamePostFile('./files/slides.pdf'); // false
 */
export function mayNamePostFile(url: string): boolean {
  const [written] = splitWritten(url);
  return isRelativeUrl(url) && !/(?:^|\/)\.{0,2}$/u.test(written) && path.posix.extname(written) === '';
}

/**
 * The page of the post whose file a relative link names without its extension (`./getting-started#用法`, with
 * `getting-started.md` or `getting-started/index.md` beside the post), if that file is there. `looked` receives each
 * file looked at and whether it was there.
 */
function extensionlessPostUrl(url: string, postFile: string, looked: FileUrlOptions['looked']) {
  if (!mayNamePostFile(url)) return undefined;
  const [written, rest] = splitWritten(url);
  for (const ending of POST_FILES) {
    const source = path.resolve(path.dirname(postFile), safeDecode(written) + ending);
    const there = isFile(source);
    looked?.(source, there);
    if (there) return markdownFileUrl(`${written}${ending}${rest}`);
  }
  return undefined;
}

/**
 * Where a link written in a post leads once `remarkPostFiles` has linked it: a relative link to a file the site serves
 * (`isAttachment`, or one of `publicDir`) leads to the file's URL, one naming a post's file without its extension to
 * that post's page; any other link is left as written. `options.looked` receives each place a relative link was
 * looked for at and whether it was found there, which decides where the link leads.
 *
 * @example
 * postLinkUrl('./files/slides.pdf', { postFile: '/site/content/blogs/a.md', … }); // '/blogs/files/slides.pdf'
 * postLinkUrl('./getting-started#安装', { postFile: '/site/content/blogs/a.md', … }); // '/blogs/getting-started/#安装'
 */
export function postLinkUrl(url: string, options: FileUrlOptions): string {
  if (!isRelativeUrl(url)) return url;
  const target = resolveFileUrl(url, options);
  if (target.kind === 'missing') return extensionlessPostUrl(url, options.postFile, options.looked) ?? url;
  const served = target.kind === 'public' || (target.kind === 'local' && isAttachment(target.file, options));
  return served ? target.url : url;
}
