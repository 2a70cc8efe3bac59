import { z } from 'zod';
import { isCalendarDateString, isDateTimeString, parsePostDate } from '../lib/dates.ts';
import { READ_TIME_PATTERN } from '../lib/reading-time.ts';

const DATE_HINT = 'expected a date such as 2025-02-08 or 2025-02-08T09:30:00+08:00';

/**
 * A date from YAML (already a `Date`) or an ISO date / date-time string; a
 * date-time without an offset is read in `timeZone`.
 */
export const createPostDateSchema = (timeZone: string) =>
  z
    .union([z.date(), z.string()], { error: (issue) => `${DATE_HINT}, found ${describe(issue.input)}` })
    .transform((value, ctx) => {
      if (value instanceof Date) {
        if (!Number.isNaN(value.getTime())) return value;
      } else if (isCalendarDateString(value.trim()) || isDateTimeString(value.trim())) {
        return parsePostDate(value.trim(), timeZone);
      }
      ctx.issues.push({ code: 'custom', input: value, message: `${DATE_HINT}, found ${describe(value)}` });
      return z.NEVER;
    });

function describe(input: unknown): string {
  if (typeof input === 'string') return `"${input}"`;
  if (input instanceof Date) return 'an invalid date';
  return input === undefined ? 'nothing' : typeof input;
}

const nonEmpty = (field: string) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} must not be empty` });

/**
 * The frontmatter of one post. `image` is Astro's image helper for `cover`;
 * tests pass a plain string schema instead.
 */
export function createPostSchema<Image extends z.ZodType>(image: Image, timeZone = 'UTC') {
  const PostDateSchema = createPostDateSchema(timeZone);
  return z.object({
    /** Title of the post, shown as its `h1` and in lists. */
    title: nonEmpty('title'),
    /** Publication date: a YAML date or an ISO date / date-time. */
    date: PostDateSchema,
    /** Reading time like `3 min read` or `3 分钟`; computed when absent. */
    readTime: z
      .string({ error: 'readTime must be text like "3 min read"' })
      .trim()
      .regex(READ_TIME_PATTERN, { error: 'readTime must look like "3 min read" or "3 分钟"' })
      .optional(),
    /** The one category the post belongs to, e.g. `人工智能`. */
    category: nonEmpty('category'),
    /** Summary for lists, feeds and search engines; an excerpt is used when absent. */
    description: z.string().trim().optional(),
    /** Free-form tags. */
    tags: z.array(z.string().trim().min(1)).default([]),
    /** Date of the last significant update. */
    updated: PostDateSchema.optional(),
    /** Drafts show in `npm run dev` only. */
    draft: z.boolean().default(false),
    /** URL slug overriding the file name: the post lives at `/blogs/<slug>/`. */
    slug: z
      .string()
      .trim()
      .regex(/^[^\s/?#]+$/u, { error: 'slug must not contain spaces, "/", "?" or "#"' })
      .optional(),
    /** Cover image, relative to the post; used for social cards. */
    cover: image.optional(),
  });
}

export type PostData = z.infer<ReturnType<typeof createPostSchema<z.ZodString>>>;
