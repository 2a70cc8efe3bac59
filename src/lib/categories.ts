import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from './content-check/frontmatter.ts';
import { listPostFiles } from './content-check/index.ts';

/**
 * The categories of the posts in `contentDir`, each with how many posts have it, most used first. Posts whose
 * frontmatter cannot be read, or has no category, are left out: the content check reports them.
 *
 * @example
 * categoriesIn('/site/content/blogs'); // → Map { '人工智能' => 5, '前端工程' => 3 }
 */
export function categoriesIn(contentDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of listPostFiles(contentDir)) {
    const read = readFrontmatter(readFileSync(path.join(contentDir, file), 'utf8').replace(/\r\n?/gu, '\n'));
    const category = read.ok ? read.frontmatter.data.category : undefined;
    if (typeof category === 'string' && category.trim() !== '') {
      counts.set(category.trim(), (counts.get(category.trim()) ?? 0) + 1);
    }
  }
  return new Map([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
