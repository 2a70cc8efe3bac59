import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from './content-check/frontmatter.ts';
import { listPostFiles } from './content-check/index.ts';
import { countCategories } from './posts.ts';

/**
 * The categories of the posts in `contentDir`, each with how many posts have it, most used first (`countCategories`
 * over the posts' frontmatter, before any build). Posts whose frontmatter cannot be read, or has no category, are left
 * out: the content check reports them.
 *
 * @example
 * categoriesIn('/site/content/blogs'); // → Map { '人工智能' => 5, '前端工程' => 3 }
 */
export function categoriesIn(contentDir: string): Map<string, number> {
  const posts = listPostFiles(contentDir).flatMap((file) => {
    const read = readFrontmatter(readFileSync(path.join(contentDir, file), 'utf8').replace(/\r\n?/gu, '\n'));
    const category = read.ok ? read.frontmatter.data.category : undefined;
    return typeof category === 'string' && category.trim() !== '' ? [{ category: category.trim() }] : [];
  });
  return new Map(countCategories(posts).map(({ name, count }) => [name, count]));
}
