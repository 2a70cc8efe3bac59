import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { slugFromPath } from './lib/slugs.ts';
import { createPostSchema } from './schema/post.ts';
import { site } from './site.config.ts';

/** Every post under `content/blogs/`, keyed by its URL slug. */
const blogs = defineCollection({
  loader: glob({
    base: './content/blogs',
    pattern: '**/*.{md,mdx}',
    generateId: ({ entry, data }) =>
      typeof data.slug === 'string' && data.slug.trim() !== '' ? data.slug.trim() : slugFromPath(entry),
  }),
  schema: ({ image }) => createPostSchema(image(), site.timeZone),
});

export const collections = { blogs };
