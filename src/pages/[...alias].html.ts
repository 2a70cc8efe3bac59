import type { APIRoute, GetStaticPaths } from 'astro';
import { aliasPage, aliasPages, getAllPosts, type Post } from '../data/posts';

// The aliases that are files' addresses, as Hexo's and Jekyll's permalinks often are (`/p/3a2b.html`).
export const getStaticPaths = (async () =>
  aliasPages(await getAllPosts())
    .filter(({ path }) => path.endsWith('.html'))
    .map(({ path, post }) => ({
      params: { alias: path.slice(1, -'.html'.length) },
      props: { post },
    }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => aliasPage((props as { post: Post }).post);
