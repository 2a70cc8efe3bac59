import path from 'node:path';
import { isFile } from './file-urls.ts';

/**
 * The files a post's relative links were looked for at (relative to the project root, with `/`) and whether each was
 * there when the post was rendered: a link to a file that is there becomes the file's URL, one to a file that is not
 * is left as written, so the post's HTML depends on which of them exist.
 */
export type LinkedFiles = Record<string, boolean>;

/**
 * Whether a file of `linked` has since appeared or gone, so that a post rendered before must be rendered again.
 *
 * @example
 * linkedFilesChanged('/site', { 'content/blogs/files/slides.pdf': false }); // → true once slides.pdf is added
 */
export function linkedFilesChanged(root: string, linked: LinkedFiles | undefined): boolean {
  if (!linked) return false;
  return Object.entries(linked).some(([file, was]) => isFile(path.join(root, file)) !== was);
}
