import path from 'node:path';
import { globSync } from 'tinyglobby';
import { projectPath } from '../project-path.ts';
import type { Problem } from './problems.ts';

/** Extensions of Markdown files, in any case: the build reads only `.md` and `.mdx`, in lower case. */
const EXTENSIONS = ['md', 'mdx', 'markdown', 'mdown', 'mkdn', 'mkd', 'mdwn'];
const MARKDOWN_LIKE = `**/*.{${EXTENSIONS.join(',')}}`;
const MARKDOWN_FILE = new RegExp(`\\.(?:${EXTENSIONS.join('|')})$`, 'iu');
const POST = /\.mdx?$/u;

/** Whether `file` is a post or a Markdown file that should be one: what the dev server re-checks when it is saved. */
export const isMarkdownLike = (file: string) => MARKDOWN_FILE.test(file);

/**
 * Markdown files among the posts that the build would skip without a word: `Post.MD`, `post.markdown` (Jekyll's
 * habit). Each is an error naming the file and the name to give it.
 *
 * @example
 * findMisnamedPosts('/site', '/site/content/blogs');
 * // → [{ file: 'content/blogs/Post.MD', line: 1, field: 'file', message: 'expected … — rename it to Post.md', … }]
 */
export function findMisnamedPosts(root: string, contentDir: string): Problem[] {
  return globSync(MARKDOWN_LIKE, { cwd: contentDir, caseSensitiveMatch: false, expandDirectories: false })
    .filter((entry) => !POST.test(entry))
    .sort()
    .map((entry) => {
      const extension = path.extname(entry);
      const renamed = `${path.basename(entry, extension)}${extension.toLowerCase() === '.mdx' ? '.mdx' : '.md'}`;
      return {
        file: projectPath(root, path.join(contentDir, entry)),
        line: 1,
        field: 'file',
        message: `expected a post ending in .md or .mdx, found "${extension}", which the build would skip — rename it to ${renamed}`,
        severity: 'error',
      };
    });
}
