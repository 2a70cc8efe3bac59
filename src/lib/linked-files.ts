import path from 'node:path';
import { escapePath, globSync } from 'tinyglobby';
import { isFile } from './file-urls.ts';

/**
 * The places a post's relative links were looked for at (relative to the project root, with `/`) and whether each was
 * found there when the post was rendered: a link to a file that is there becomes the file's URL, one to a file that is
 * not is left as written, so the post's HTML depends on them. A place is a file, or, for a bare name looked for in the
 * whole content root (`byNamePattern`), `content/**` and the name, found when one file has the name.
 */
export type LinkedFiles = Record<string, boolean>;

/** The folder and name of a by-name place (`content/**` + `/讲义.pdf`), or undefined for a file's place. */
function byName(place: string): { folder: string; name: string } | undefined {
  const at = place.lastIndexOf('/**/');
  return at === -1 ? undefined : { folder: place.slice(0, at), name: place.slice(at + 4) };
}

/** Whether `place` (a key of `LinkedFiles`) is found now. */
function foundNow(root: string, place: string): boolean {
  const named = byName(place);
  if (!named) return isFile(path.join(root, place));
  const cwd = path.join(root, named.folder);
  return globSync(`**/${escapePath(named.name)}`, { cwd, expandDirectories: false }).length === 1;
}

/**
 * Whether a place of `linked` has since gained or lost its file, so that a post rendered before must be rendered again.
 *
 * @example
 * linkedFilesChanged('/site', { 'content/blogs/files/slides.pdf': false }); // → true once slides.pdf is added
 */
export function linkedFilesChanged(root: string, linked: LinkedFiles | undefined): boolean {
  if (!linked) return false;
  return Object.entries(linked).some(([place, was]) => foundNow(root, place) !== was);
}

/**
 * Whether the project file `file` (relative to the project root, with `/`) is one of the places of `linked`: the file
 * itself, or a file of the name looked for in the folder.
 *
 * @example
 * isLinkedPlace({ 'content/**' + '/讲义.pdf': false }, 'content/attachments/讲义.pdf'); // true
 */
export function isLinkedPlace(linked: LinkedFiles, file: string): boolean {
  if (file in linked) return true;
  return Object.keys(linked).some((place) => {
    const named = byName(place);
    return named !== undefined && file.startsWith(`${named.folder}/`) && path.posix.basename(file) === named.name;
  });
}
