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
  const posts = frontmatterIn(contentDir).flatMap((fields) => {
    const value = valueOf(fields);
    return typeof value === 'string' && value.trim() !== '' ? [{ category: value.trim() }] : [];
  });
  return new Map(countCategories(posts).map(({ name, count }) => [name, count]));
}

/** The frontmatter fields of every post in `contentDir` that has readable frontmatter. */
const frontmatterIn = (contentDir: string) =>
  listPostFiles(contentDir).flatMap((file) => {
    const read = readFrontmatter(readFileSync(path.join(contentDir, file), 'utf8').replace(/\r\n?/gu, '\n'));
    return read.ok ? [read.frontmatter.data] : [];
  });

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

/**
 * The highest place (`seriesOrder`) a post of `series` in `contentDir` has, or undefined when none has one (the series
 * is read by date).
 *
 * @example
 * lastSeriesOrder('/site/content/blogs', '大模型应用工程'); // → 3, when its parts have seriesOrder 1, 2 and 3
 */
export function lastSeriesOrder(contentDir: string, series: string): number | undefined {
  const places = frontmatterIn(contentDir).flatMap((fields) => {
    const name = seriesName(fields.series);
    return typeof name === 'string' && name.trim() === series && typeof fields.seriesOrder === 'number'
      ? [fields.seriesOrder]
      : [];
  });
  return places.length === 0 ? undefined : Math.max(...places);
}
