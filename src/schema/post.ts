import { z } from 'zod';
import { aliasPath } from '../lib/aliases.ts';
import { isCalendarDateString, isDateTimeString, parsePostDate } from '../lib/dates.ts';
import { canonicalLanguageTag } from '../lib/language-tag.ts';
import { READ_TIME_PATTERN } from '../lib/reading-time.ts';
import { categorySegment, tagSegment } from '../lib/slugs.ts';
import { expected } from './messages.ts';

const A_DATE = 'a date such as 2025-02-08 or 2025-02-08T09:30:00+08:00';
const A_LANGUAGE = 'a language tag such as en or zh-CN';
const A_SERIES = 'the name of one series';
const SERIES_FIX = 'write series: 大模型应用工程 (a post is a part of one series at most)';

function dateError(field: string, input: unknown): string {
  const fix =
    input === undefined || input === null
      ? `add a line such as ${field}: 2025-02-08`
      : 'write a real calendar date as YYYY-MM-DD, optionally with a time';
  return expected(A_DATE, input, fix);
}

/**
 * A date from YAML (already a `Date`) or an ISO date / date-time string; a
 * date-time without an offset is read in `timeZone`.
 */
export const createPostDateSchema = (timeZone: string, field = 'date') =>
  z.union([z.date(), z.string()], { error: (issue) => dateError(field, issue.input) }).transform((value, ctx) => {
    if (value instanceof Date) {
      if (!Number.isNaN(value.getTime())) return value;
    } else if (isCalendarDateString(value.trim()) || isDateTimeString(value.trim())) {
      return parsePostDate(value.trim(), timeZone);
    }
    ctx.issues.push({ code: 'custom', input: value, message: dateError(field, value) });
    return z.NEVER;
  });

/** Required text: a missing, empty or non-text value says how to write it. */
const requiredText = (field: string, example: string) =>
  z
    .string({
      error: (issue) =>
        expected(
          'text',
          issue.input,
          issue.input == null ? `add a line such as ${field}: ${example}` : 'put it in quotes',
        ),
    })
    .trim()
    .min(1, { error: (issue) => expected('text', issue.input, `write the ${field} after "${field}:"`) });

/** A URL segment of dots alone (`.`, `..`): the browser reads it as this folder or the one above, not as a page. */
const DOTS_ONLY = /^\.+$/u;

/** `text`, a category's, tag's or series' name, refused when its URL segment (`segment`) would not name a page of its own. */
const namingAPage = (text: z.ZodString, what: string, segment: (name: string) => string) =>
  text.refine((name) => !DOTS_ONLY.test(segment(name)), {
    error: (issue) =>
      expected(
        'a name with a letter or digit',
        issue.input,
        `a ${what} of dots alone would lead to another address; write a word`,
      ),
  });

/** A post's `slug`, a URL segment: the post lives at `/blogs/<slug>/`. `npm run new` checks its `--slug` with it too. */
export const slugSchema = z
  .string({ error: (issue) => expected('text', issue.input, 'put the slug in quotes') })
  .trim()
  .regex(/^[^\s/?#]+$/u, {
    error: (issue) =>
      expected('a URL segment without spaces, "/", "?" or "#"', issue.input, 'use letters, digits and "-"'),
  })
  .refine((slug) => !DOTS_ONLY.test(slug), {
    error: (issue) =>
      expected(
        'a URL segment with a letter or digit',
        issue.input,
        'a slug of dots alone would lead to another address; use letters, digits and "-"',
      ),
  });

/** One alias: an old address from the site root or another name of the post, checked by `aliasPath`. */
const aliasSchema = z
  .string({ error: (issue) => expected('text', issue.input, 'put the alias in quotes') })
  .trim()
  .superRefine((alias, ctx) => {
    const place = aliasPath(alias);
    if (!place.ok)
      ctx.addIssue({
        code: 'custom',
        input: alias,
        message: `expected an old address such as /posts/old-title/ or another name of the post, found ${place.found} — ${place.fix}`,
      });
  });

const optionalText = (field: string) =>
  z.string({ error: (issue) => expected('text', issue.input, `put the ${field} in quotes`) }).trim();

/** A field that is `true` or `false`, with its `fix` when it is anything else. */
export const flag = (field: string, fix = `write ${field}: true or ${field}: false`) =>
  z.boolean({ error: (issue) => expected('true or false', issue.input, fix) });

/** An `http:` or `https:` address: a link readers follow (`javascript:` and the like are refused). */
const webAddress = (what: string, fix: string) =>
  z.url({
    protocol: /^https?$/u,
    error: (issue) => expected(`${what} starting with https://`, issue.input, fix),
  });

const AUTHOR_FIX = 'write author: 张三, or author: [张三, 李四]';

const A_LICENSE = 'a license such as CC BY 4.0';
const licenseName = (issue: { input: unknown }) =>
  expected("the license's name", issue.input, 'write e.g. name: CC BY 4.0');
const LICENSE_FIX =
  'write license: CC BY 4.0, license: { name: CC BY 4.0, url: https://… }, or license: false for no notice';

/** The post's own terms: a license's name, `{ name, url }`, or `false` for no notice under the post. */
const licenseSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { name: value } : value),
  z.union(
    [
      z.literal(false),
      z
        .object(
          {
            name: z.string({ error: licenseName }).trim().min(1, { error: licenseName }),
            url: webAddress('an address', "write the license's full address, or leave url out").optional(),
          },
          {
            error: (issue) =>
              issue.code === 'unrecognized_keys'
                ? expected('name and url', issue.keys.join(', '), 'a license has a name and a url only')
                : expected(A_LICENSE, issue.input, LICENSE_FIX),
          },
        )
        .strict(),
    ],
    { error: (issue) => expected(A_LICENSE, issue.input, LICENSE_FIX) },
  ),
);

const A_SOURCE = 'the address of the original';
const SOURCE_FIX = 'write source: https://example.com/original, or source: { url: …, author: …, title: … }';

/** Where a reposted or translated post was first published: its address, or `{ url, author, title }`. */
const sourceSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { url: value } : value),
  z
    .object(
      {
        url: webAddress(A_SOURCE, "write the original's full address"),
        author: optionalText("original's author")
          .min(1, { error: (issue) => expected('text', issue.input, "write the original's author, or leave it out") })
          .optional(),
        title: optionalText("original's title")
          .min(1, { error: (issue) => expected('text', issue.input, "write the original's title, or leave it out") })
          .optional(),
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? expected('url, author and title', issue.keys.join(', '), 'a source has a url, an author and a title only')
            : expected(A_SOURCE, issue.input, SOURCE_FIX),
      },
    )
    .strict(),
);

/** A `series` as written: Hugo's list of one name is that name; anything else is left for the schema to judge. */
export const seriesName = (value: unknown): unknown => (Array.isArray(value) && value.length === 1 ? value[0] : value);

/**
 * The frontmatter of one post. `image` is Astro's image helper for `cover`;
 * tests pass a plain string schema instead.
 */
export function createPostSchema<Image extends z.ZodType>(image: Image, timeZone = 'UTC') {
  return z.object({
    /** Title of the post, shown as its `h1` and in lists. */
    title: requiredText('title', '"My first post"'),
    /** Publication date: a YAML date or an ISO date / date-time. */
    date: createPostDateSchema(timeZone),
    /** Reading time like `3 min read` or `3 分钟`; computed when absent. */
    readTime: z
      .string({ error: (issue) => expected('text like "3 min read"', issue.input, 'write readTime: 3 min read') })
      .trim()
      .regex(READ_TIME_PATTERN, {
        error: (issue) =>
          expected(
            '"N min read" or "N 分钟"',
            issue.input,
            'write e.g. readTime: 3 min read, or remove the line to have it computed',
          ),
      })
      .optional(),
    /** The one category the post belongs to, e.g. `人工智能`. */
    category: namingAPage(requiredText('category', '人工智能'), 'category', categorySegment),
    /**
     * The series the post is a part of, e.g. `大模型应用工程`: its page lists the series' posts in reading order (oldest
     * first). A list of one name, as Hugo's `series` taxonomy writes it, is read as that name.
     */
    series: z
      .preprocess(
        seriesName,
        // Its page is `/series/<name>/`, named as a category's.
        namingAPage(
          z
            .string({ error: (issue) => expected(A_SERIES, issue.input, SERIES_FIX) })
            .trim()
            .min(1, { error: (issue) => expected(A_SERIES, issue.input, SERIES_FIX) }),
          'series',
          categorySegment,
        ),
      )
      .optional(),
    /**
     * The post's place in its series, a number such as `2` or `1.5`: the parts are read in its order, not by date.
     * Every part of a series has one or none has (the content check says so).
     */
    seriesOrder: z
      .number({
        error: (issue) =>
          expected(
            'a number such as 2',
            issue.input,
            typeof issue.input === 'string' && Number.isFinite(Number(issue.input)) && issue.input.trim() !== ''
              ? `write seriesOrder: ${issue.input.trim()}, without quotes`
              : 'write seriesOrder: 2 (its place in the series: the parts are read from the lowest number up)',
          ),
      })
      .optional(),
    /** Summary for lists, feeds and search engines; an excerpt is used when absent. */
    description: optionalText('description').optional(),
    /** Free-form tags. */
    tags: z
      .array(
        namingAPage(
          z
            .string({ error: (issue) => expected('text', issue.input, 'put the tag in quotes') })
            .trim()
            .min(1),
          'tag',
          tagSegment,
        ),
        {
          error: (issue) => expected('a list such as [ai, llm]', issue.input, 'write tags: [a, b]'),
        },
      )
      .default([]),
    /** Date of the last significant update. */
    updated: createPostDateSchema(timeZone, 'updated').optional(),
    /** Drafts show in `npm run dev` only. */
    draft: flag('draft').default(false),
    /**
     * Unlisted posts are published at their address but in no list, feed, sitemap or search: for whoever has the link
     * (a page to share for review, an announcement linked from elsewhere). Not with `series`, which lists its parts.
     */
    unlisted: flag('unlisted').default(false),
    /** `false` turns comments off under this post, where the site has them (`comments` in the site config). */
    comments: flag('comments', 'write comments: false to turn them off').default(true),
    /** `false` leaves out the codes readers may tip the author by, where the site has them (`reward` in its config). */
    reward: flag('reward', 'write reward: false to leave them out').default(true),
    /** Pinned posts head the home page, newest first, marked 置顶, before the others. */
    pinned: flag('pinned').default(false),
    /** URL slug overriding the file name: the post lives at `/blogs/<slug>/`. */
    slug: slugSchema.optional(),
    /**
     * Language of the post when it is not the site's, as a BCP 47 tag such as `en`: its article says so, for screen
     * readers, hyphenation and fonts. Written back in its canonical form (`zh-cn` → `zh-CN`).
     */
    lang: z
      .string({ error: (issue) => expected(A_LANGUAGE, issue.input, 'put the tag in quotes') })
      .trim()
      .transform((value, ctx) => {
        const tag = canonicalLanguageTag(value);
        if (tag) return tag;
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: expected(A_LANGUAGE, value, 'write a BCP 47 language tag, e.g. lang: en'),
        });
        return z.NEVER;
      })
      .optional(),
    /**
     * Old addresses of the post (`/posts/old-title/`, Hugo's and Hexo's) or other names of it (`旧名`, Obsidian's),
     * each served a page that sends readers on to the post (`aliasPath`). One alias may be written alone.
     */
    aliases: z
      .preprocess(
        (value) => (typeof value === 'string' ? [value] : value),
        z.array(aliasSchema, {
          error: (issue) => expected('a list such as [/posts/old-title/]', issue.input, 'write aliases: [/a/, /b/]'),
        }),
      )
      .default([]),
    /**
     * Who wrote the post when not the site's author (`author` in the site config): a name, or a list of names for a
     * post written together. Shown under its title, in its notice and in its JSON-LD and feed entries. Empty, it is
     * the site's author.
     */
    author: z
      .preprocess(
        // Left empty, as templates leave it (`author: ""`), it is the site's author.
        (value) =>
          value === null || (typeof value === 'string' && value.trim() === '')
            ? undefined
            : typeof value === 'string'
              ? [value]
              : value,
        z
          .array(
            z
              .string({ error: (issue) => expected('a name', issue.input, 'put the name in quotes') })
              .trim()
              .min(1, { error: (issue) => expected('a name', issue.input, 'write the name, or remove the line') }),
            { error: (issue) => expected('a name or a list of names', issue.input, AUTHOR_FIX) },
          )
          .min(1, { error: (issue) => expected('a name or a list of names', issue.input, AUTHOR_FIX) })
          .optional(),
      )
      .optional(),
    /**
     * The terms the post may be shared on when they are not the site's (`license` in the site config): a license's
     * name (`CC BY 4.0`), `{ name, url }`, or `false` for no notice under the post.
     */
    license: licenseSchema.optional(),
    /**
     * Where the post was first published, for a reposted or translated article: its address, or `{ url, author,
     * title }`. The notice under the post names the original and its author instead of the site's author, and the
     * site's license does not apply to it (a `license` of its own still does).
     */
    source: sourceSchema.optional(),
    /** Cover image, relative to the post; used for social cards. */
    cover: image.optional(),
  });
}

/** The fields but `cover`, one schema per time zone (see `postEntrySchema`). */
const fieldsByZone = new Map<string, ReturnType<typeof postFields>>();
const postFields = (timeZone: string) => createPostSchema(z.never(), timeZone).omit({ cover: true });

/**
 * The post schema as Astro's collection uses it (`src/content.config.ts`): `createPostSchema`'s. Astro calls the
 * collection's schema function for every entry, each time with an `image` helper of its own, and building the post
 * schema costs far more than extending one (1000 posts: about 0.3 s against 0.1 s), so the fields but `cover` are
 * built once per time zone and extended with each entry's `cover`.
 */
export function postEntrySchema<Image extends z.ZodType>(image: Image, timeZone = 'UTC') {
  let fields = fieldsByZone.get(timeZone);
  if (!fields) fieldsByZone.set(timeZone, (fields = postFields(timeZone)));
  return fields.extend({ cover: image.optional() });
}

export type PostData = z.infer<ReturnType<typeof createPostSchema<z.ZodString>>>;
