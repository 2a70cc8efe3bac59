import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A hash of files by their names (as given, relative to `dir`) and bytes, in the order given; a missing file counts as
 * empty. `seed` adds whatever else the result depends on (options, say). For keys of caches that must change whenever
 * one of the files does.
 *
 * @example
 * hashFiles('/site/content/blogs', ['./images/a.png']); // 'k2F…' (43 characters)
 */
export function hashFiles(dir: string, names: readonly string[], seed = ''): string {
  const hash = createHash('sha256').update(`${seed}\0`);
  for (const name of names) {
    const file = path.resolve(dir, name);
    hash
      .update(`${name}\0`)
      .update(existsSync(file) ? readFileSync(file) : '')
      .update('\0');
  }
  return hash.digest('base64url');
}
