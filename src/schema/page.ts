import { z } from 'zod';
import { createPostSchema, flag } from './post.ts';

/**
 * The fields of a page of its own (`content/pages/about.md` → `/about/`): a post's `title`, `description`, `updated`,
 * `draft`, `lang` and `slug`, with the same rules and messages; none of those that place a post among the others
 * (date, category, tags, series), since a page is in no list. And `comments`, off unless it says so: a guestbook
 * (留言板) has them, an about page not.
 */
export const createPageSchema = (timeZone = 'UTC') =>
  createPostSchema(z.never(), timeZone)
    .pick({ title: true, description: true, updated: true, draft: true, lang: true, slug: true })
    .extend({ comments: flag('comments', 'write comments: true to have them').default(false) });

export type PageData = z.infer<ReturnType<typeof createPageSchema>>;
