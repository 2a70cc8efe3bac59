import { z } from 'zod';
import { createPostSchema } from './post.ts';

/**
 * The fields of a page of its own (`content/pages/about.md` → `/about/`): a post's `title`, `description`, `updated`,
 * `draft`, `lang` and `slug`, with the same rules and messages; none of those that place a post among the others
 * (date, category, tags, series), since a page is in no list.
 */
export const createPageSchema = (timeZone = 'UTC') =>
  createPostSchema(z.never(), timeZone).pick({
    title: true,
    description: true,
    updated: true,
    draft: true,
    lang: true,
    slug: true,
  });

export type PageData = z.infer<ReturnType<typeof createPageSchema>>;
