import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from './content-check/frontmatter.ts';
import { listPostFiles } from './content-check/index.ts';
import { seriesName } from '../schema/post.ts';
import { countCategories } from './posts.ts';

/** A post's frontmatter fields, as written. */
export type PostFields = Record<string, unknown>;

/**
 * How many of `posts` give each value of a frontmatter field (`valueOf` reads it from the fields), most first
 * (`countCategories`). Posts that give no text are left out: the content check reports them.
 */
function countsOf(posts: readonly PostFields[], valueOf: (fields: PostFields) => unknown): Map<string, number> {
  const given = posts.flatMap((fields) => {
    const value = valueOf(fields);
    return typeof value === 'string' && value.trim() !== '' ? [{ category: value.trim() }] : [];
  });
  return new Map(countCategories(given).map(({ name, count }) => [name, count]));
}

/**
 * The frontmatter fields of every post in `contentDir` (`.md` and `.mdx`, subfolders included) whose frontmatter can
 * be read, before any build; read once for the counts below. Posts whose frontmatter cannot be read are left out: the
 * content check reports them.
 *
 * @example
 * const posts = postFieldsIn('/site/content/blogs'); // → [{ title: '…', category: '人工智能' }, …]
 */
export const postFieldsIn = (contentDir: string): PostFields[] =>
  listPostFiles(contentDir).flatMap((file) => {
    const read = readFrontmatter(readFileSync(path.join(contentDir, file), 'utf8').replace(/\r\n?/gu, '\n'));
    return read.ok ? [read.frontmatter.data] : [];
  });

/**
 * The categories of `posts`, each with how many posts have it, most used first.
 *
 * @example
 * categoriesOf(postFieldsIn('/site/content/blogs')); // → Map { '人工智能' => 5, '前端工程' => 3 }
 */
export const categoriesOf = (posts: readonly PostFields[]) => countsOf(posts, (fields) => fields.category);

/**
 * The series of `posts` (`series`, or Hugo's list of one), each with how many posts it has.
 *
 * @example
 * seriesOf(postFieldsIn('/site/content/blogs')); // → Map { '大模型应用工程' => 3 }
 */
export const seriesOf = (posts: readonly PostFields[]) => countsOf(posts, ({ series }) => seriesName(series));

/**
 * The highest place (`seriesOrder`) a post of `series` among `posts` has, or undefined when none has one (the series
 * is read by date).
 *
 * @example
 * lastSeriesOrder(posts, '大模型应用工程'); // → 3, when its parts have seriesOrder 1, 2 and 3
 */
export function lastSeriesOrder(posts: readonly PostFields[], series: string): number | undefined {
  const places = posts.flatMap((fields) => {
    const name = seriesName(fields.series);
    return typeof name === 'string' && name.trim() === series && typeof fields.seriesOrder === 'number'
      ? [fields.seriesOrder]
      : [];
  });
  return places.length === 0 ? undefined : Math.max(...places);
}
