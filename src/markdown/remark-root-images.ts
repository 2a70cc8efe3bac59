import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface RemarkRootImagesOptions {
  /** Absolute folder that root-relative image URLs resolve into, e.g. `/site/content/blogs`. */
  contentDir: string;
  /** URL prefix standing for `contentDir`. Default: `/blogs/`. */
  urlPrefix?: string;
}

/**
 * Rewrites root-relative image URLs that point into the content folder into
 * paths relative to the post, so Astro's image pipeline optimizes them.
 *
 * @example
 *   In `content/blogs/post.md`: `![GPT-1](/blogs/images/gpt1.png)` → `![GPT-1](./images/gpt1.png)`
 */
export function remarkRootImages(options: RemarkRootImagesOptions) {
  const prefix = options.urlPrefix ?? '/blogs/';
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const postDir = path.dirname(file.path);
    visit(tree, 'image', (node) => {
      if (!node.url.startsWith(prefix)) return;
      const target = path.join(options.contentDir, decodeURIComponent(node.url.slice(prefix.length)));
      const relative = path.relative(postDir, target).split(path.sep).join('/');
      node.url = relative.startsWith('.') ? relative : `./${relative}`;
    });
  };
}
