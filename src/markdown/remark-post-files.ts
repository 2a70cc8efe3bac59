import type { Definition, Root } from 'mdast';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-mdx-jsx';
import { postLinkUrl, RAW_A_HREF, replaceRawUrls, type SiteFolders } from '../lib/file-urls.ts';
import type { LinkedFiles } from '../lib/linked-files.ts';
import { projectPath } from '../lib/project-path.ts';
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
 * is looked for as an image is (`resolveFileUrl`): beside the post, then in the folder named after it. Only files
 * the site serves are linked so (those of the content root but posts' sources and hidden files, and those of
 * `public/`); any other link is left as written, for the link check to report when it leads nowhere, and so are
 * root-relative links, already where their file is served. Definitions that an image uses are the images' plugin's.
 * An `<a href>` in raw HTML, or in MDX as JSX with a string `href`, is linked the same way.
 * A link to another post's file without its extension, as VitePress and Docusaurus write them (`./getting-started`,
 * with `getting-started.md` or `getting-started/index.md` beside the post), leads to that post's page, as
 * `remarkMarkdownLinks` leads `./getting-started.md`: from the page, the path would lead into the page's own folder.
 * Where each link leads is `postLinkUrl`'s to say, which the content check asks too, to check the links at their lines.
 *
 * @example
 *   In `content/blogs/a.md`: `[幻灯片](./files/slides.pdf)` → `<a href="/blogs/files/slides.pdf">幻灯片</a>`;
 *   `[代码](a/demo.zip)`, with `content/blogs/a/demo.zip` → `<a href="/blogs/a/demo.zip">代码</a>`;
 *   `[入门](./getting-started#安装)`, with `content/blogs/getting-started.md` → `<a href="/blogs/getting-started/#安装">入门</a>`
 */
export function remarkPostFiles(options: RemarkPostFilesOptions) {
  const { linked, ...folders } = options;
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const looked: LinkedFiles = {};
    /** Where a link written as `url` leads: the file's URL, the post's page, or `url` itself. */
    const linkUrl = (url: string) =>
      postLinkUrl(url, {
        ...folders,
        postFile: file.path,
        looked: (place, found) => void (looked[projectPath(folders.projectRoot, place)] = found),
      });
    const definitions: Definition[] = [];
    const ofImages = new Set<string>();
    visit(tree, (node) => {
      if (node.type === 'link') node.url = linkUrl(node.url);
      else if (node.type === 'definition') definitions.push(node);
      else if (node.type === 'imageReference') ofImages.add(node.identifier);
      // Raw HTML's `<a href>` (written to add `download`, say) and MDX's own `<a>` with a string `href`.
      else if (node.type === 'html') node.value = replaceRawUrls(node.value, RAW_A_HREF, linkUrl);
      else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'href') continue;
          if (typeof attribute.value === 'string') attribute.value = linkUrl(attribute.value);
        }
      }
    });
    for (const definition of definitions) {
      if (!ofImages.has(definition.identifier)) definition.url = linkUrl(definition.url);
    }
    if (linked && Object.keys(looked).length > 0) linked(looked);
  };
}
