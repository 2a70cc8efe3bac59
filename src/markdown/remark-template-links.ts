import type { PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { shortcodeParameters, tagArguments } from '../lib/content-check/template-tags.ts';
import { postFileUrl, postPath, slugFromPath } from '../lib/slugs.ts';
import { SKIP, visit } from '../lib/visit.ts';
import { astroFrontmatter } from './astro-data.ts';
import { splitText, textPart as part } from './inline-lines.ts';

/**
 * Hexo's link to another post, `{% post_link hello-world 标题 %}`, or to a file of the post's asset folder,
 * `{% asset_link slides.pdf 幻灯片 %}`: the tag's name (group 1) and its arguments (group 2).
 */
const HEXO_LINK = /\{%-?[ \t]*(post_link|asset_link)[ \t]+([^%\n]*?)[ \t]*-?%\}/gu;
const HEXO_LINK_NAME = /post_link|asset_link/u;

/**
 * The file name and the link's text (empty if none) of `post_link`'s or `asset_link`'s arguments: quotes taken off,
 * and Hexo's last `escape` argument (`true`, `false`) left out.
 */
function linkArguments(text: string): { name: string; text: string } | undefined {
  const [name, ...rest] = tagArguments(text);
  const last = rest.at(-1);
  if (last && !last.quoted && /^(?:true|false)$/u.test(last.text)) rest.pop();
  return name && { name: name.text, text: rest.map((argument) => argument.text).join(' ') };
}

/** The opening of Hugo's `ref` or `relref` shortcode, up to its parameters. */
const REF_OPENING = String.raw`\{\{[<%][ \t]*(?:rel)?ref[ \t]`;

/** Hexo's `{% asset_path slides.pdf %}`, the address of a file of the post's asset folder: its arguments (group 1). */
const ASSET_PATH_OPENING = String.raw`\{%-?[ \t]*asset_path[ \t]+`;
const ASSET_PATH_END = String.raw`[ \t]*-?%\}`;
const ASSET_PATHS = new RegExp(String.raw`${ASSET_PATH_OPENING}([^%\n]*?)${ASSET_PATH_END}`, 'gu');

/**
 * The end of a Markdown link or image whose address is a tag, which Markdown leaves text as the address has spaces:
 * Hugo's `ref` or `relref` shortcode, `]({{< ref "post.md" >}})` (its parameters, group 1), or Hexo's `asset_path`,
 * `]({% asset_path slides.pdf %})` (its arguments, group 2).
 */
const TAG_LINK_END = new RegExp(
  String.raw`\]\((?:${REF_OPENING}[ \t]*([^\n]*?)[ \t]*[>%]\}\}|${ASSET_PATH_OPENING}([^%\n]*?)${ASSET_PATH_END})\)`,
  'gu',
);
/** Whether a text may hold a `TAG_LINK_END`. */
const TAG_LINK = new RegExp(`${REF_OPENING}|asset_path`, 'u');

/**
 * The address of the post Hugo's `ref` or `relref` names (`"post.md"`, `"posts/post.md#section"`, `path="post"`): its
 * page, as Inkstone names the file's (`/blogs/post/`), with the anchor; `#section` alone is on the same page. Nothing
 * when it names no file (a section, `"/"`).
 */
function refUrl(parameters: string): string | undefined {
  const { named, positional } = shortcodeParameters(parameters);
  const [file = '', anchor = ''] = (named.get('path') ?? positional[0] ?? '').split('#');
  if (file === '') return anchor ? `#${anchor}` : undefined;
  return postFileUrl(file, anchor);
}

/** The file name `asset_path`'s arguments give (quotes taken off), as a path from the post. */
const assetPath = (text: string) => tagArguments(text)[0]?.text;

/**
 * Reads `[text]({{< ref "post.md" >}})` and `[text]({% asset_path slides.pdf %})` in `parent`'s children into links,
 * and `![alt]({% asset_path diagram.png %})` into an image. Markdown leaves them text, as the address has spaces; a
 * link's text may hold emphasis or code, so the `[` can be in an earlier text node than the `](…)`.
 */
function readTagLinks(parent: { children: PhrasingContent[] }) {
  const { children } = parent;
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index]!;
    if (node.type !== 'text') continue;
    // The first that names a post or a file: `[首页]({{< ref "/" >}})` stays text.
    const [match, url] =
      [...node.value.matchAll(TAG_LINK_END)]
        .map((found) => [found, found[2] === undefined ? refUrl(found[1] ?? '') : assetPath(found[2])] as const)
        .find(([, to]) => to) ?? [];
    if (!match || !url) continue;
    let first = index;
    let open = node.value.lastIndexOf('[', match.index);
    while (open === -1 && first > 0) {
      first -= 1;
      const before = children[first]!;
      if (before.type === 'text') open = before.value.lastIndexOf('[');
    }
    if (open === -1) continue;
    const start = children[first] as Text;
    const label =
      first === index
        ? [part(node, open + 1, match.index)]
        : [part(start, open + 1, start.value.length), ...children.slice(first + 1, index), part(node, 0, match.index)];
    const image = open > 0 && start.value[open - 1] === '!';
    const at = part(start, image ? open - 1 : open, open).position;
    const content: PhrasingContent = image
      ? { type: 'image', url, alt: toString(label) }
      : { type: 'link', url, children: label.filter((child) => child.type !== 'text' || child.value !== '') };
    const parts: PhrasingContent[] = [
      part(start, 0, image ? open - 1 : open),
      { ...content, ...(at && { position: at }) },
      part(node, match.index + match[0].length, node.value.length),
    ];
    const kept = parts.filter((child) => child.type !== 'text' || child.value !== '');
    children.splice(first, index - first + 1, ...kept);
    // On to what follows the link, which may hold another.
    index = first + kept.indexOf(parts[1]!);
  }
}

/**
 * Reads links to other posts written in Hexo's and Hugo's tags into links to the post that file is
 * (`/blogs/hello-world/`, its slug as Inkstone gives a file's, so a post given another `slug` is a link the site's
 * link check reports). Tags in code stay as written.
 * - Hexo's `{% post_link hello-world %}` and `{% post_link hello-world 标题 %}`, in text. A link without its own text
 *   shows the post's title, as Hexo's does: the plugin cannot know it, so it writes the slug, marks the link
 *   (`data-post-title`) and lists the linked pages in the computed frontmatter (`postLinks`), and the post's page puts
 *   the titles in (`withPostTitles`).
 * - Hugo's `ref` and `relref` as a link's address, `[文字]({{< ref "hello-world.md#小节" >}})`.
 * - Hexo's `{% asset_link slides.pdf 幻灯片 %}`, in text: a link to a file of the post's asset folder, by its name,
 *   showing the text given or else the name. `remarkPostFiles` then finds the file and links it where it is served.
 * - Hexo's `{% asset_path slides.pdf %}`, the address of such a file, as a link's or an image's address
 *   (`![示意图]({% asset_path diagram.png %})`) or in raw HTML (`<img src="{% asset_path diagram.png %}">`): the
 *   file's name, which `remarkPostImages` and `remarkPostFiles` find. Elsewhere in text it stays, warned of.
 *
 * @example
 *   `参见 {% post_link hello-world %}。` →
 *   `参见 <a href="/blogs/hello-world/" data-post-title="">hello-world</a>。` (`postLinks: ['/blogs/hello-world/']`)
 *   `[上一篇]({{< relref "hello-world.md" >}})` → `<a href="/blogs/hello-world/">上一篇</a>`
 *   `{% asset_link slides.pdf 幻灯片 %}` → `<a href="slides.pdf">幻灯片</a>`
 *   `![示意图]({% asset_path diagram.png %})` → `<img src="diagram.png" alt="示意图">`
 */
export function remarkTemplateLinks() {
  return (tree: Root, file: VFile) => {
    // Most posts have none: their trees need no walk.
    const source = String(file.value ?? '');
    if (TAG_LINK.test(source)) {
      visit(tree, (node) => {
        // Raw HTML's `<img src="{% asset_path diagram.png %}">`: the path, which the images' and files' plugins find.
        if (node.type === 'html')
          node.value = node.value.replace(ASSET_PATHS, (tag, args: string) => assetPath(args) ?? tag);
        if (!('children' in node) || node.type === 'link') return;
        if (node.children.some((child) => child.type === 'text' && TAG_LINK.test(child.value))) {
          readTagLinks(node as { children: PhrasingContent[] });
        }
      });
    }
    if (!HEXO_LINK_NAME.test(source)) return;
    const untitled = new Set<string>();
    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link' || !HEXO_LINK_NAME.test(node.value)) return;
      const parts = splitText(node, HEXO_LINK, (match) => {
        const found = linkArguments(match[2] ?? '');
        if (!found) return undefined;
        // The file as a path from the post, which `remarkPostFiles` finds in the post's asset folder.
        if (match[1] === 'asset_link') {
          return { type: 'link', url: found.name, children: [{ type: 'text', value: found.text || found.name }] };
        }
        const slug = slugFromPath(found.name);
        const url = postPath(slug);
        if (!found.text) untitled.add(url);
        return {
          type: 'link',
          url,
          children: [{ type: 'text', value: found.text || slug }],
          ...(found.text ? {} : { data: { hProperties: { dataPostTitle: '' } } }),
        };
      });
      if (!parts) return;
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
    if (untitled.size > 0) astroFrontmatter(file).postLinks = [...untitled];
  };
}
