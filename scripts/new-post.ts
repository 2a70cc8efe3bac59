/**
 * Starts a post: `npm run new -- "标题" --category 人工智能 [--new-category] [--slug my-post] [--tags a,b] [--lang en]
 * [--series 大模型应用工程] [--new-series] [--author 张三,李四]` writes `content/blogs/<slug>.md` with valid frontmatter (today's date in the
 * site's time zone; no readTime, so it is computed) and never overwrites a file.
 * A category no post has yet, but with one character replaced from one that
 * posts have (`人工只能`), is refused unless `--new-category` says it is meant; so is such a series, unless
 * `--new-series` does. A post of a series is its last part, as the newest (or by `seriesOrder`, after the highest, when
 * the series' parts have one).
 *
 * `npm run new -- "关于本站" --page [--slug about] [--lang en]` starts a page of its own instead,
 * `content/pages/<slug>.md`, at `/<slug>/`, refusing an address the site's own pages or files take.
 *
 * `INKSTONE_NOW` fixes "today" and `INKSTONE_ROOT` the project folder, for tests.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { categoriesOf, lastSeriesOrder, postFieldsIn, seriesOf } from '../src/lib/categories.ts';
import { namedAuthors } from '../src/lib/posts.ts';
import { categoryPageKey, closeCategory } from '../src/lib/content-check/slugs.ts';
import { isoDayOfInstant } from '../src/lib/dates.ts';
import { canonicalLanguageTag } from '../src/lib/language-tag.ts';
import { PAGES_FOLDER, pagePath, postPath, RESERVED_PAGE_SLUGS, slugFromPath } from '../src/lib/slugs.ts';
import { slugSchema } from '../src/schema/post.ts';
import { site } from '../src/site.config.ts';

const USAGE = [
  'usage: npm run new -- "标题" --category 人工智能 [--new-category] [--slug my-post] [--tags a,b] [--lang en] [--series 系列] [--new-series] [--author 张三,李四]',
  '       npm run new -- "关于本站" --page [--slug about] [--lang en]',
].join('\n');

/**
 * Refuses a category or series no post has yet (`name`) when it would share the page of one posts have (`markdown`
 * beside `Markdown`), or is one character from one (`人工只能`) unless `--new-<field>` says it is meant.
 */
function refuseSlip(
  field: 'category' | 'series',
  plural: string,
  name: string,
  existing: Iterable<string>,
  meant: boolean,
) {
  const close = closeCategory(name, existing);
  if (close && categoryPageKey(close) === categoryPageKey(name)) {
    fail(
      `expected the site's ${field} "${close}", found "${name}", which would share its page — write --${field} ${close}`,
    );
  }
  if (close && !meant) {
    fail(
      `expected one of the site's ${plural} or a clearly new one, found "${name}", close to "${close}" — write --${field} ${close}, or add --new-${field} to start "${name}"`,
    );
  }
}

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
        author: { type: 'string' },
        page: { type: 'boolean' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const title = positionals.join(' ').trim();
if (title === '') fail('expected a title, found none');
const root = process.env.INKSTONE_ROOT ?? fileURLToPath(new URL('../', import.meta.url));
const slug = values.slug?.trim() || slugOf(title);
// The rule a `slug` field is checked by: this one is the file's name, which gives the post its URL.
const slugCheck = slugSchema.safeParse(slug);
if (!slugCheck.success) fail(`slug: ${slugCheck.error.issues[0]!.message}`);
if (slug.startsWith('.')) {
  fail(
    `slug: expected a file name not starting with ".", found "${slug}", which the build would skip as a hidden file — write --slug ${slug.replace(/^\.+/u, '')}`,
  );
}

// The post's or page's language, kept only when it is not the site's.
const lang = values.lang === undefined ? undefined : canonicalLanguageTag(values.lang.trim());
if (values.lang !== undefined && !lang) fail(`expected a language tag such as en or zh-CN, found "${values.lang}"`);

/** Writes `frontmatter` to `file`, a new file (never over one), and says so with `what`. */
function writeNew(file: string, frontmatter: Record<string, unknown>, what: string) {
  const shown = path.relative(root, file).split(path.sep).join('/');
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, `---\n${stringify(frontmatter)}---\n\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(`${shown} already exists — choose another --slug`);
    throw error;
  }
  console.log(`new: wrote ${shown}, ${what}`);
}

if (values.page) {
  // A page of its own: a title, and its language if not the site's; none of a post's fields.
  for (const flag of ['category', 'new-category', 'tags', 'series', 'new-series', 'author'] as const) {
    if (values[flag] !== undefined) fail(`--page: a page has no ${flag.replace('new-', '')} — leave --${flag} out`);
  }
  if (RESERVED_PAGE_SLUGS.includes(slug) || existsSync(path.join(root, 'public', slug))) {
    fail(
      `slug: "${slug}" gives the URL /${slug}/, which the site's own pages or files take — write --slug with another name`,
    );
  }
  const at = pagePath(slug);
  const nav = `{ label: '${title.replaceAll("'", "\\'")}', href: '${decodeURI(at)}' }`;
  writeNew(
    path.join(root, PAGES_FOLDER, `${slug}.md`),
    { title, ...(lang && lang !== site.language ? { lang } : {}) },
    `the page at ${at} — to link it from the header, add ${nav} to nav in src/site.config.ts`,
  );
  process.exit(0);
}

const contentDir = path.join(root, 'content/blogs');
// The site's posts, read once for their categories and series.
const posts = existsSync(contentDir) ? postFieldsIn(contentDir) : [];
const categories = categoriesOf(posts);
const listed = [...categories].map(([name, posts]) => `${name} (${posts})`).join(', ');
const category = values.category?.trim();
if (!category) fail(`expected --category <name>, found none${listed && ` — the site's categories: ${listed}`}`);
const isNew = !categories.has(category);
if (isNew) refuseSlip('category', 'categories', category, categories.keys(), values['new-category'] === true);

const tags = (values.tags ?? '')
  .split(',')
  .map((tag) => tag.trim())
  .filter(Boolean);

// Its authors, kept only when they are not the site's author alone.
const author =
  namedAuthors(
    (values.author ?? '')
      .split(/[,，、]/u)
      .map((name) => name.trim())
      .filter(Boolean),
    site.author,
  ) ?? [];

// The series, if any, checked as the category is (its page is `/series/<name>/`).
const series = values.series?.trim() || undefined;
const partsBefore = series === undefined ? new Map<string, number>() : seriesOf(posts);
if (series !== undefined && !partsBefore.has(series)) {
  refuseSlip('series', 'series', series, partsBefore.keys(), values['new-series'] === true);
}

const lastPlace = series === undefined ? undefined : lastSeriesOrder(posts, series);

const now = process.env.INKSTONE_NOW ? new Date(process.env.INKSTONE_NOW) : new Date();
const frontmatter = {
  title,
  date: isoDayOfInstant(now, site.timeZone),
  category,
  ...(tags.length > 0 ? { tags } : {}),
  ...(author.length === 1 ? { author: author[0] } : author.length > 1 ? { author } : {}),
  ...(lang && lang !== site.language ? { lang } : {}),
  ...(series ? { series } : {}),
  // A series ordered by `seriesOrder` takes a place after its last part, as one ordered by date does by being newest.
  ...(lastPlace === undefined ? {} : { seriesOrder: Math.floor(lastPlace) + 1 }),
};
const notes = [
  ...(isNew ? [`a new category: ${category}`] : []),
  ...(series ? [`part ${(partsBefore.get(series) ?? 0) + 1} of the series ${series}`] : []),
];
writeNew(
  path.join(contentDir, `${slug}.md`),
  frontmatter,
  `the post at ${postPath(slug)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`,
);
