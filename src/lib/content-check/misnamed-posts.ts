import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { projectPath } from '../project-path.ts';
import { MARKDOWN_EXTENSIONS } from '../slugs.ts';
import type { Problem } from './problems.ts';

const MARKDOWN_LIKE = `**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`;
const POST = /\.mdx?$/u;

/**
 * Markdown files among the posts that the build would skip without a word: `Post.MD`, `post.markdown` (Jekyll's
 * habit). Each is an error naming the file and the name to give it.
 *
 * @example
 * findMisnamedPosts('/site', '/site/content/blogs');
 * // → [{ file: 'content/blogs/Post.MD', line: 1, field: 'file', message: 'expected … — rename it to Post.md', … }]
 */
export function findMisnamedPosts(root: string, contentDir: string, what: 'post' | 'page' = 'post'): Problem[] {
  return globSync(MARKDOWN_LIKE, { cwd: contentDir, caseSensitiveMatch: false, expandDirectories: false })
    .filter((entry) => !POST.test(entry))
    .sort()
    .map((entry) => {
      const extension = path.extname(entry);
      const renamed = postFileName(path.basename(entry, extension), extension);
      return {
        file: projectPath(root, path.join(contentDir, entry)),
        line: 1,
        field: 'file',
        message: `expected a ${what} ending in .md or .mdx, found "${extension}", which the build would skip — rename it to ${renamed}`,
        severity: 'error',
      };
    });
}

/** A post's file name as the build reads it: `stem` and `.md`, or `.mdx` for MDX in any case. */
const postFileName = (stem: string, extension: string) =>
  `${stem}${extension.toLowerCase() === '.mdx' ? '.mdx' : '.md'}`;

/** Whether the file is a file that starts with a frontmatter block, as posts do and editors' hidden files do not. */
function startsWithFrontmatter(file: string): boolean {
  // Emacs's lock files (`.#a.md`) are links to nowhere.
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return false;
  return /^\uFEFF?---\r?\n/u.test(readFileSync(file, 'utf8').slice(0, 8));
}

/**
 * Posts the build skips as hidden: files or folders whose name starts with "." (`.hello.md`, `.drafts/a.md`), which
 * Astro's glob loader never reads. Each one that starts with frontmatter, as posts do, is a warning naming the file
 * and how to publish it; `draft: true` is the way to keep a post unpublished. Editors' own hidden files (Emacs's lock
 * links `.#a.md`, the `._a.md` that macOS leaves on other disks) have no frontmatter and are left alone.
 *
 * @example
 * findHiddenPosts('/site', '/site/content/blogs');
 * // → [{ file: 'content/blogs/.hello.md', line: 1, field: 'file', message: 'expected … — rename it to hello.md …', … }]
 */
export function findHiddenPosts(root: string, contentDir: string, what: 'post' | 'page' = 'post'): Problem[] {
  const hidden = (name: string) => name.startsWith('.');
  return globSync(MARKDOWN_LIKE, { cwd: contentDir, caseSensitiveMatch: false, expandDirectories: false, dot: true })
    .filter((entry) => entry.split('/').some(hidden) && startsWithFrontmatter(path.join(contentDir, entry)))
    .sort()
    .map((entry) => {
      const names = entry.split('/');
      const name = names.pop()!;
      const folder = names.find(hidden);
      const keep = 'with draft: true to keep it unpublished';
      let message: string;
      if (folder) {
        message = `expected ${what}s outside hidden folders, found this one in "${folder}/", which the build skips as its name starts with "." — move it out of ${folder}/ (${keep})`;
      } else {
        const extension = path.extname(name);
        const stem = name.slice(0, -extension.length).replace(/^\.+/u, '');
        const fix = stem
          ? `rename it to ${postFileName(stem, extension)}`
          : 'give it a name starting with a letter or digit';
        message = `expected a ${what} name not starting with ".", found "${name}", which the build skips as a hidden file — ${fix} (${keep})`;
      }
      return {
        file: projectPath(root, path.join(contentDir, entry)),
        line: 1,
        field: 'file',
        message,
        severity: 'warning',
      };
    });
}
