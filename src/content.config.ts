// `astro:content`'s `defineCollection` refuses live collections and calls this one, whose types it has, but brings
// in Astro's whole content runtime: Vite transformed about a hundred of Astro's modules for it before every content
// sync, 0.6 to 1 s of every build and dev server start.
import { defineCollection } from 'astro/content/config';
import { z } from 'zod';
import { descriptionsLoader } from './data/descriptions-loader.ts';
import { pagesLoader } from './data/pages-loader.ts';
import { postSlug } from './lib/slugs.ts';
import { postsLoader } from './markdown/posts-loader.ts';
import { createPageSchema } from './schema/page.ts';
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

/** The pages of their own under `content/pages/` (`about.md` → `/about/`), keyed by slug as posts are. */
const pages = defineCollection({ loader: pagesLoader(), schema: createPageSchema(site.timeZone) });

/**
 * What `content/series.yaml`, `content/categories.yaml`, `content/tags.yaml` and `content/authors.yaml` say of each
 * series, category, tag and author, in one entry each.
 */
const descriptions = z.object({
  descriptions: z.record(z.string(), z.string()),
  /** Authors' own pages and pictures (`AuthorProfile`): none for the others. */
  profiles: z.record(z.string(), z.object({ url: z.string().optional(), avatar: z.string().optional() })),
});
const series = defineCollection({ loader: descriptionsLoader('series'), schema: descriptions });
const categories = defineCollection({ loader: descriptionsLoader('category'), schema: descriptions });
const tags = defineCollection({ loader: descriptionsLoader('tag'), schema: descriptions });
const authors = defineCollection({ loader: descriptionsLoader('author'), schema: descriptions });

export const collections = { blogs, pages, series, categories, tags, authors };
