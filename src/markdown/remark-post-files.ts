import type { Definition, Link, Root } from 'mdast';
import type { VFile } from 'vfile';
import { isAttachment, resolveImagePath, type SiteFolders } from '../lib/image-paths.ts';
import type { LinkedFiles } from '../lib/linked-files.ts';
import { projectPath } from '../lib/project-path.ts';
import { isRelativeUrl } from '../lib/urls.ts';
import { visit } from '../lib/visit.ts';

export interface RemarkPostFilesOptions extends SiteFolders {
  /**
   * Receives, for a post with relative links, each file they were looked for at and whether it was there
   * (`LinkedFiles`), so that a kept render can be dropped when one appears or goes. Not called for a post without.
   */
  linked?: (files: LinkedFiles) => void;
}

/**
 * Links a post's files by their path from the post, as Markdown editors, GitHub and Hexo's asset folders write them:
 * `[幻灯片](./files/slides.pdf)` in `content/blogs/a.md` leads to `/blogs/files/slides.pdf`, where the build serves
 * the file (`contentFiles`), instead of `/blogs/a/files/slides.pdf`, where the page's own folder would take it. A file
 * is looked for as an image is (`resolveImagePath`): beside the post, then in the folder named after it. Only files
 * the site serves are linked so (those of the content root but posts' sources and hidden files, and those of
 * `public/`); any other link is left as written, for the link check to report when it leads nowhere, and so are
 * root-relative links, already where their file is served. Definitions that an image uses are the images' plugin's.
 *
 * @example
 *   In `content/blogs/a.md`: `[幻灯片](./files/slides.pdf)` → `<a href="/blogs/files/slides.pdf">幻灯片</a>`;
 *   `[代码](a/demo.zip)`, with `content/blogs/a/demo.zip` → `<a href="/blogs/a/demo.zip">代码</a>`
 */
export function remarkPostFiles(options: RemarkPostFilesOptions) {
  const { linked, ...folders } = options;
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const looked: LinkedFiles = {};
    const rewrite = (node: Link | Definition) => {
      if (!isRelativeUrl(node.url)) return;
      const target = resolveImagePath(node.url, { ...folders, postFile: file.path });
      if (target.kind === 'missing') {
        for (const place of target.lookedFor) looked[projectPath(folders.projectRoot, place)] = false;
      } else if (target.kind === 'public' || (target.kind === 'local' && isAttachment(target.file, folders))) {
        looked[projectPath(folders.projectRoot, target.file)] = true;
        node.url = target.url;
      }
    };
    const definitions: Definition[] = [];
    const ofImages = new Set<string>();
    visit(tree, (node) => {
      if (node.type === 'link') rewrite(node);
      else if (node.type === 'definition') definitions.push(node);
      else if (node.type === 'imageReference') ofImages.add(node.identifier);
    });
    for (const definition of definitions) if (!ofImages.has(definition.identifier)) rewrite(definition);
    if (linked && Object.keys(looked).length > 0) linked(looked);
  };
}
