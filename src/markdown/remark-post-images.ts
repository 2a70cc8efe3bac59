import path from 'node:path';
import type { Definition, Image, ImageReference, Nodes, Root } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-to-hast';
import { projectPath } from '../lib/project-path.ts';
import { visit } from '../lib/visit.ts';
import type { VFile } from 'vfile';
import { type FileTarget, RAW_IMG_SRC, replaceRawUrls, resolveFileUrl, type SiteFolders } from '../lib/file-urls.ts';
import { type ImageSizes, intrinsicSize, type IntrinsicSize, sizeText } from '../lib/intrinsic-size.ts';

export interface RemarkPostImagesOptions extends SiteFolders {
  /** File extensions the image service transforms; other images are served as they are. Default: png, jpg, jpeg, webp, avif, tiff. */
  optimizable?: readonly string[];
  /**
   * Receives, for a post with images served as they are, the size each file gave (`ImageSizes`), so that a kept
   * render can be dropped when one changes. Not called for a post without such images.
   */
  sized?: (sizes: ImageSizes) => void;
  /**
   * The path the site is served under (`/blog/`), which the build puts before a URL from the site's root itself: an
   * image not found that names it (`/blog/images/a.png`, as a Hexo site under a path has its posts write) is reported
   * with the URL to write. Default: `/`.
   */
  base?: string;
}

const OPTIMIZABLE = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'tiff'];

const posix = (p: string) => p.split(path.sep).join('/');

type Unservable = Extract<FileTarget, { kind: 'missing' | 'outside' }>;

/**
 * Why an image cannot be shown, with paths relative to the project root. `fromRoot`: the URL without the site's path
 * `base`, when the image is there.
 */
function problemOf(url: string, target: Unservable, projectRoot: string, base: string, fromRoot?: string): string {
  const shown = (file: string) => projectPath(projectRoot, file);
  if (target.kind === 'outside') {
    return `Image outside the project: "${url}" leads to ${shown(target.file)}. Move the image into the project folder and fix the path.`;
  }
  if (fromRoot !== undefined) {
    return `Image not found: "${url}": images are written from the site's root, and the build puts the site's path ${base} before them. Write "${fromRoot}".`;
  }
  const lookedFor = target.lookedFor.map(shown).join(' or ');
  if (target.named) {
    return `Image not found: "${url}" (no file at ${lookedFor}; files of that name: ${target.named.map(shown).join(', ')}). Write the path of the one meant.`;
  }
  return `Image not found: "${url}" (no file at ${lookedFor}). Fix the path or add the image.`;
}

/**
 * Checks and rewrites the local images of a post. Optimizable images get a URL
 * relative to the post (which Astro's image pipeline collects) and a
 * `data-original` link to the full-size file at its clean URL; others (GIF,
 * SVG, APNG, ICO) point at that URL, where the file is served as is, with the
 * width and height the file gives, so the page keeps their space. A `/X`
 * URL names `content/X` (else `public/X`), a relative one resolves from the
 * post's folder. A missing file is a fatal message naming the path.
 *
 * An `<img>` written in raw HTML (to give it a width, say), or in MDX as JSX
 * with a string `src`, is served as it is: a relative `src` becomes the file's
 * clean URL, since the page is not in the post's folder.
 *
 * @example
 *   In `content/blogs/a.md`: `![GPT-1](/blogs/images/gpt1.png)` →
 *   `<img src="./images/gpt1.png" alt="GPT-1" data-original="/blogs/images/gpt1.png">`;
 *   `![图](../img/fit.svg)` → `<img src="/img/fit.svg" alt="图" width="800" height="450">`;
 *   `<img src="./images/a.png" width="300">` → `<img src="/blogs/images/a.png" width="300">`
 */
export function remarkPostImages(options: RemarkPostImagesOptions) {
  const { optimizable = OPTIMIZABLE, sized, base = '/', ...folders } = options;
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const postDir = path.dirname(file.path);
    /** `/images/a.png` for `/blog/images/a.png` under `/blog/`, when that file is there. */
    const withoutBase = (written: string): string | undefined => {
      if (base === '/' || !written.startsWith(base)) return undefined;
      const fromRoot = written.slice(base.length - 1);
      const kind = resolveFileUrl(fromRoot, { ...folders, postFile: file.path }).kind;
      return kind === 'local' || kind === 'public' ? fromRoot : undefined;
    };
    const report = (written: string, target: Unservable, place: Nodes) => {
      const fromRoot = target.kind === 'missing' ? withoutBase(written) : undefined;
      const reason = problemOf(written, target, folders.projectRoot, base, fromRoot);
      const message = file.message(reason, { place: place.position, ruleId: 'missing-image', source: 'inkstone' });
      message.fatal = true;
    };
    /** Rewrites the URL of an image or definition; returns the original's URL for an optimized image. */
    const rewrite = (target: Image | Definition, place: Nodes): string | undefined => {
      const written = target.url;
      const resolved = resolveFileUrl(written, { ...folders, postFile: file.path });
      if (resolved.kind === 'remote') return undefined;
      if (resolved.kind === 'missing' || resolved.kind === 'outside') {
        // Root-relative (or empty), so Astro does not try to import it before the build can report it.
        target.url = resolved.kind === 'missing' ? resolved.url : '';
        report(written, resolved, place);
        return undefined;
      }
      const extension = path.extname(resolved.file).slice(1).toLowerCase();
      if (resolved.kind === 'public' || !optimizable.includes(extension)) {
        target.url = resolved.url;
        const size = intrinsicSize(resolved.file);
        if (size) sizes.set(target, size);
        read[projectPath(folders.projectRoot, resolved.file)] = sizeText(size);
        return undefined;
      }
      const relative = posix(path.relative(postDir, resolved.file));
      target.url = relative.startsWith('.') ? relative : `./${relative}`;
      return resolved.url;
    };
    /** The URL of an image written in HTML or JSX (`<img src>`), where the build serves the file as it is. */
    const servedUrl = (written: string, place: Nodes): string => {
      if (written === '') return written;
      const resolved = resolveFileUrl(written, { ...folders, postFile: file.path });
      if (resolved.kind === 'missing' || resolved.kind === 'outside') report(written, resolved, place);
      // A root-relative URL is already where the file is served.
      if ((resolved.kind !== 'local' && resolved.kind !== 'public') || written.startsWith('/')) return written;
      return resolved.url;
    };
    // A definition can serve several images: it is rewritten once.
    const originals = new Map<Image | Definition, string | undefined>();
    // The size of each image served as it is, which Astro's image pipeline does not give its `<img>`.
    const sizes = new Map<Image | Definition, IntrinsicSize>();
    const read: ImageSizes = {};
    const update = (target: Image | Definition, image: Image | ImageReference) => {
      if (!originals.has(target)) originals.set(target, rewrite(target, image));
      const original = originals.get(target);
      if (original) image.data = { ...image.data, hProperties: { ...image.data?.hProperties, dataOriginal: original } };
      const size = sizes.get(target);
      if (size) image.data = { ...image.data, hProperties: { ...image.data?.hProperties, ...size } };
    };
    const definitions = new Map<string, Definition>();
    const images: (Image | ImageReference)[] = [];
    // One walk: references are resolved after it, as a definition may come after its images.
    visit(tree, (node) => {
      if (node.type === 'definition') definitions.set(node.identifier, node);
      else if (node.type === 'image' || node.type === 'imageReference') images.push(node);
      else if (node.type === 'html') {
        // Raw HTML: only the URL changes, to the file's clean URL, where the build serves it as it is.
        node.value = replaceRawUrls(node.value, RAW_IMG_SRC, (written) => servedUrl(written, node));
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
        // MDX's own `<img>` (JSX) likewise, when its `src` is written as a string rather than an expression.
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'src') continue;
          if (typeof attribute.value === 'string') attribute.value = servedUrl(attribute.value, node);
        }
      }
    });
    for (const image of images) {
      if (image.type === 'image') update(image, image);
      const definition = image.type === 'imageReference' ? definitions.get(image.identifier) : undefined;
      if (definition) update(definition, image);
    }
    if (sized && Object.keys(read).length > 0) sized(read);
  };
}
