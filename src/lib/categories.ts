import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from './content-check/frontmatter.ts';
import { listPostFiles } from './content-check/index.ts';
import { seriesName } from '../schema/post.ts';
import { countCategories } from './posts.ts';

/**
 * How many posts in `contentDir` give each value of a frontmatter field (`valueOf` reads it from the fields), most
 * first (`countCategories`), before any build. Posts whose frontmatter cannot be read, or that give no text, are left
 * out: the content check reports them.
 */
function countsIn(contentDir: string, valueOf: (fields: Record<string, unknown>) => unknown): Map<string, number> {
  const posts = listPostFiles(contentDir).flatMap((file) => {
    const read = readFrontmatter(readFileSync(path.join(contentDir, file), 'utf8').replace(/\r\n?/gu, '\n'));
    const value = read.ok ? valueOf(read.frontmatter.data) : undefined;
    return typeof value === 'string' && value.trim() !== '' ? [{ category: value.trim() }] : [];
  });
  return new Map(countCategories(posts).map(({ name, count }) => [name, count]));
}

/**
 * The categories of the posts in `contentDir`, each with how many posts have it, most used first.
 *
 * @example
 * categoriesIn('/site/content/blogs'); // → Map { '人工智能' => 5, '前端工程' => 3 }
 */
export const categoriesIn = (contentDir: string) => countsIn(contentDir, (fields) => fields.category);

/**
 * The series of the posts in `contentDir` (`series`, or Hugo's list of one), each with how many posts it has.
 *
 * @example
 * seriesIn('/site/content/blogs'); // → Map { '大模型应用工程' => 3 }
 */
export const seriesIn = (contentDir: string) => countsIn(contentDir, ({ series }) => seriesName(series));
