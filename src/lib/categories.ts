import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distance } from 'fastest-levenshtein';
import { readFrontmatter } from './content-check/frontmatter.ts';
import { listPostFiles } from './content-check/index.ts';
import { categorySegment } from './slugs.ts';

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

/**
 * The existing category that `category`, one no post has yet, is most likely a slip for: one that gives the same URL
 * (`C/C++` for `C-C++`), or one a single character away (`人工智能` for `人工只能`), though not among names of one or two
 * characters, where one character is too much of the name (`前端` and `后端`). `undefined` when none is that close.
 *
 * @example
 * closeCategory('人工只能', ['人工智能', '前端工程']); // → '人工智能'
 */
export function closeCategory(category: string, existing: Iterable<string>): string | undefined {
  const length = (text: string) => [...text].length;
  for (const other of existing) {
    if (categorySegment(other) === categorySegment(category)) return other;
    if (Math.min(length(category), length(other)) >= 3 && distance(category, other) <= 1) return other;
  }
  return undefined;
}
