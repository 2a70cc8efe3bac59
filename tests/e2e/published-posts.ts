import { readFile } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { parse } from 'yaml';
import { z } from 'zod';
import { isPublished } from '../../src/lib/publishing.ts';
import { postPath, slugFromPath } from '../../src/lib/slugs.ts';
import { createPostSchema } from '../../src/schema/post.ts';
import { site } from '../../src/site.config.ts';

/** A post the build should have published, read straight from `content/blogs/`, independently of the site's code paths. */
export interface ExpectedPost {
  /** Decoded path, e.g. `/blogs/浏览器渲染原理/`. */
  path: string;
  title: string;
  date: Date;
}

/** Every post in `content/blogs/` that is neither a draft nor dated in the future. */
export async function publishedPosts(): Promise<ExpectedPost[]> {
  const schema = createPostSchema(z.string(), site.timeZone);
  const files = await glob('content/blogs/**/*.{md,mdx}');
  const posts: ExpectedPost[] = [];
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(source)?.[1] ?? '';
    const data = schema.parse(parse(frontmatter));
    if (!isPublished(data, { now: new Date(), drafts: false, future: false })) continue;
    posts.push({ path: decodeURI(postPath(data.slug ?? slugFromPath(file))), title: data.title, date: data.date });
  }
  return posts;
}
