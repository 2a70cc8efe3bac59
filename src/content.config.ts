import { defineCollection } from 'astro:content';
import { postSlug } from './lib/slugs.ts';
import { postsLoader } from './markdown/posts-loader.ts';
import { postEntrySchema } from './schema/post.ts';
import { site } from './site.config.ts';

/** Every post under `content/blogs/`, keyed by its URL slug; Markdown is rendered on every core. */
const blogs = defineCollection({
  loader: postsLoader({
    base: './content/blogs',
    pattern: '**/*.{md,mdx}',
    // Pages use the rendered HTML; the source would only make the stored content (bundled into the build) larger.
    retainBody: false,
    generateId: ({ entry, data }) => postSlug(entry, data.slug).slug,
  }),
  schema: ({ image }) => postEntrySchema(image(), site.timeZone),
});

export const collections = { blogs };
