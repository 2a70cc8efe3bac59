import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A hash of the local images a Markdown post shows (`imagePaths`, relative to the post's file `postFile`, itself
 * relative to `root`), by their bytes. Astro names the optimized copies of an image by its content, so replacing an
 * image changes the post's page although neither the post nor its stored HTML changed. Remote images are left out;
 * a missing file counts as empty.
 *
 * @example
 * imageFingerprint('/site', 'content/blogs/a.md', ['./images/a.png']); // 'k2F…' (43 characters)
 */
export function imageFingerprint(root: string, postFile: string, imagePaths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const image of imagePaths) {
    if (/^[a-z][a-z\d+.-]*:/iu.test(image)) continue;
    const file = path.resolve(root, path.dirname(postFile), image);
    hash
      .update(`${image}\0`)
      .update(existsSync(file) ? readFileSync(file) : '')
      .update('\0');
  }
  return hash.digest('base64url');
}
