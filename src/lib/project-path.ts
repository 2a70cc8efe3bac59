import path from 'node:path';

/**
 * `file` as Inkstone's messages and caches name it: relative to the project folder `root`, with `/` on every system.
 *
 * @example
 * projectPath('/site', '/site/content/blogs/a.md'); // 'content/blogs/a.md'
 */
export function projectPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
