/**
 * The stock reference the benchmark compares Inkstone with: a minimal Astro
 * site that renders the same posts with `unified()` (GFM and SmartyPants on,
 * as shipped), remark-math, rehype-katex and Shiki with Inkstone's themes,
 * through a glob collection and one page per post that renders `<Content />`.
 * Nothing else: no layout, CSS, feeds, search, checks or image rewriting (root-
 * relative images are served from `public/` as they are). The stock
 * site also listed remark-gfm, which `unified()` uses already: unified keeps a
 * plugin used twice once, so that site renders as this one does.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../lib/fixture-site.ts';

/** The Shiki themes both sites highlight with: one theme, or a light and a dark one. */
export interface ShikiThemes {
  theme?: string;
  themes?: Record<string, string>;
}

const config = (shiki: ShikiThemes) => `import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';

export default defineConfig({
  outDir: './dist',
  cacheDir: './.cache',
  markdown: {
    shikiConfig: ${JSON.stringify(shiki)},
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }),
  },
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { blogs: defineCollection({ loader: glob({ base: './content/blogs', pattern: '**/*.md' }) }) };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const posts = await getCollection('blogs');
  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>{post.data.title}</title></head><body><Content /></body></html>
`;

/** Writes the reference site into `root` with the posts (and images) from `corpusDir`. */
export async function createReferenceSite(root: string, corpusDir: string, shiki: ShikiThemes): Promise<void> {
  await rm(root, { recursive: true, force: true });
  await mkdir(path.join(root, 'src/pages/blogs'), { recursive: true });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  await writeFile(path.join(root, 'package.json'), '{ "private": true, "type": "module" }\n');
  await writeFile(path.join(root, 'astro.config.mjs'), config(shiki));
  await writeFile(path.join(root, 'src/content.config.ts'), CONTENT_CONFIG);
  await writeFile(path.join(root, 'src/pages/blogs/[slug].astro'), PAGE);
  await cp(corpusDir, path.join(root, 'content/blogs'), {
    recursive: true,
    filter: (source) => path.basename(source) !== 'images',
  });
  if (existsSync(path.join(corpusDir, 'images'))) {
    await cp(path.join(corpusDir, 'images'), path.join(root, 'public/blogs/images'), { recursive: true });
  }
}
