/**
 * Starts a post: `npm run new -- "标题" --category 人工智能 [--new-category] [--slug my-post] [--tags a,b] [--lang en]
 * [--series 大模型应用工程] [--new-series]` writes `content/blogs/<slug>.md` with valid frontmatter (today's date in the
 * site's time zone; no readTime, so it is computed) and never overwrites a file.
 * A category no post has yet, but with one character replaced from one that
 * posts have (`人工只能`), is refused unless `--new-category` says it is meant; so is such a series, unless
 * `--new-series` does. A post of a series is its last part, as the newest.
 *
 * `INKSTONE_NOW` fixes "today" and `INKSTONE_ROOT` the project folder, for tests.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { categoriesIn, seriesIn } from '../src/lib/categories.ts';
import { categoryPageKey, closeCategory } from '../src/lib/content-check/slugs.ts';
import { isoDayOfInstant } from '../src/lib/dates.ts';
import { canonicalLanguageTag } from '../src/lib/language-tag.ts';
import { postPath, slugFromPath } from '../src/lib/slugs.ts';
import { slugSchema } from '../src/schema/post.ts';
import { site } from '../src/site.config.ts';

const USAGE =
  'usage: npm run new -- "标题" --category 人工智能 [--new-category] [--slug my-post] [--tags a,b] [--lang en] [--series 系列] [--new-series]';

function fail(message: string): never {
  console.error(`new: ${message}\n${USAGE}`);
  process.exit(1);
}

/**
 * The file-name slug of a title: the slug rule of file names, after dropping characters file systems or URLs refuse,
 * and leading dots, which would hide the file from the build (`.NET 9` → `net-9`).
 */
const slugOf = (title: string) => slugFromPath(title.replace(/[<>:"/\\|?*#]/gu, '')).replace(/^\.+/u, '');

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        category: { type: 'string' },
        'new-category': { type: 'boolean' },
        slug: { type: 'string' },
        tags: { type: 'string' },
        lang: { type: 'string' },
        series: { type: 'string' },
        'new-series': { type: 'boolean' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const title = positionals.join(' ').trim();
if (title === '') fail('expected a title, found none');
const root = process.env.INKSTONE_ROOT ?? fileURLToPath(new URL('../', import.meta.url));
const contentDir = path.join(root, 'content/blogs');
const categories = existsSync(contentDir) ? categoriesIn(contentDir) : new Map<string, number>();
const listed = [...categories].map(([name, posts]) => `${name} (${posts})`).join(', ');
const category = values.category?.trim();
if (!category) fail(`expected --category <name>, found none${listed && ` — the site's categories: ${listed}`}`);
const isNew = !categories.has(category);
const close = isNew ? closeCategory(category, categories.keys()) : undefined;
if (close && categoryPageKey(close) === categoryPageKey(category)) {
  fail(
    `expected the site's category "${close}", found "${category}", which would share its page — write --category ${close}`,
  );
}
if (close && !values['new-category']) {
  fail(
    `expected one of the site's categories or a clearly new one, found "${category}", close to "${close}" — write --category ${close}, or add --new-category to start "${category}"`,
  );
}
const slug = values.slug?.trim() || slugOf(title);
// The rule a `slug` field is checked by: this one is the file's name, which gives the post its URL.
const slugCheck = slugSchema.safeParse(slug);
if (!slugCheck.success) fail(`slug: ${slugCheck.error.issues[0]!.message}`);
if (slug.startsWith('.')) {
  fail(
    `slug: expected a file name not starting with ".", found "${slug}", which the build would skip as a hidden file — write --slug ${slug.replace(/^\.+/u, '')}`,
  );
}
const tags = (values.tags ?? '')
  .split(',')
  .map((tag) => tag.trim())
  .filter(Boolean);

// The post's language, kept only when it is not the site's.
const lang = values.lang === undefined ? undefined : canonicalLanguageTag(values.lang.trim());
if (values.lang !== undefined && !lang) fail(`expected a language tag such as en or zh-CN, found "${values.lang}"`);

// The series, if any: one no post has yet, one character from one that posts have, is refused as a slip, and one that
// would share a series' page (`/series/<name>/`) is refused outright.
const series = values.series?.trim() || undefined;
const partsBefore = series === undefined || !existsSync(contentDir) ? new Map<string, number>() : seriesIn(contentDir);
const closeSeries =
  series !== undefined && !partsBefore.has(series) ? closeCategory(series, partsBefore.keys()) : undefined;
if (closeSeries && categoryPageKey(closeSeries) === categoryPageKey(series!)) {
  fail(
    `expected the site's series "${closeSeries}", found "${series}", which would share its page — write --series ${closeSeries}`,
  );
}
if (closeSeries && !values['new-series']) {
  fail(
    `expected one of the site's series or a clearly new one, found "${series}", close to "${closeSeries}" — write --series ${closeSeries}, or add --new-series to start "${series}"`,
  );
}

const now = process.env.INKSTONE_NOW ? new Date(process.env.INKSTONE_NOW) : new Date();
const frontmatter = {
  title,
  date: isoDayOfInstant(now, site.timeZone),
  category,
  ...(tags.length > 0 ? { tags } : {}),
  ...(lang && lang !== site.language ? { lang } : {}),
  ...(series ? { series } : {}),
};
const file = path.join(contentDir, `${slug}.md`);
const shown = path.relative(root, file).split(path.sep).join('/');

mkdirSync(path.dirname(file), { recursive: true });
try {
  writeFileSync(file, `---\n${stringify(frontmatter)}---\n\n`, { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(`${shown} already exists — choose another --slug`);
  throw error;
}
const notes = [
  ...(isNew ? [`a new category: ${category}`] : []),
  ...(series ? [`part ${(partsBefore.get(series) ?? 0) + 1} of the series ${series}`] : []),
];
console.log(`new: wrote ${shown}, the post at ${postPath(slug)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`);
