import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Definition, Image, ImageReference, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentFileUrl, resolveImagePath } from '../lib/image-paths.ts';

export interface RemarkPostImagesOptions {
  /** Absolute folder that root-relative URLs under `urlPrefix` point into, e.g. `/site/content/blogs`. */
  contentDir: string;
  /** URL prefix standing for `contentDir`. Default: `/blogs/`. */
  urlPrefix?: string;
  /** Folder that paths in messages are shown relative to. Default: the working directory. */
  root?: string;
  /** File extensions the image service transforms; other images are served as they are. Default: png, jpg, jpeg, webp, avif, tiff. */
  optimizable?: readonly string[];
}

const OPTIMIZABLE = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'tiff'];

const posix = (p: string) => p.split(path.sep).join('/');

/**
 * Checks and rewrites the local images of a post. Optimizable images get a URL
 * relative to the post (which Astro's image pipeline collects) and a
 * `data-original` link to the full-size file; others (GIF, SVG, APNG, ICO) point
 * at the file served as is. A missing file is a fatal message naming the path.
 *
 * @example
 *   In `content/blogs/a.md`: `![GPT-1](/blogs/images/gpt1.png)` →
 *   `<img src="./images/gpt1.png" alt="GPT-1" data-original="/blogs/images/gpt1.png">`
 */
export function remarkPostImages(options: RemarkPostImagesOptions) {
  const { contentDir, urlPrefix = '/blogs/', root = process.cwd(), optimizable = OPTIMIZABLE } = options;
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const postDir = path.dirname(file.path);
    const rewrite = (target: Image | Definition, image: Image | ImageReference) => {
      const resolved = resolveImagePath(target.url, { postFile: file.path, contentDir, urlPrefix });
      if (resolved.kind !== 'local') return;
      const served = contentFileUrl(resolved.file, contentDir, urlPrefix);
      if (!existsSync(resolved.file)) {
        // Root-relative, so Astro does not try to import it before the build can report it.
        target.url = served;
        const message = file.message(
          `Image not found: "${target.url}" (no file at ${posix(path.relative(root, resolved.file))}). Fix the path or add the image.`,
          { place: image.position, ruleId: 'missing-image', source: 'inkstone' },
        );
        message.fatal = true;
        return;
      }
      const extension = path.extname(resolved.file).slice(1).toLowerCase();
      if (!optimizable.includes(extension)) {
        target.url = served;
        return;
      }
      const relative = posix(path.relative(postDir, resolved.file));
      target.url = relative.startsWith('.') ? relative : `./${relative}`;
      image.data = { ...image.data, hProperties: { ...image.data?.hProperties, dataOriginal: served } };
    };
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node) => void definitions.set(node.identifier, node));
    visit(tree, (node) => {
      if (node.type === 'image') rewrite(node, node);
      if (node.type !== 'imageReference') return;
      const definition = definitions.get(node.identifier);
      if (definition) rewrite(definition, node);
    });
  };
}
