import { aliasPaths } from '../aliases.ts';
import { postPath } from '../slugs.ts';
import type { CheckedPost } from './index.ts';
import { checkRef, resolveInternal, type SiteIndex } from './links.ts';
import type { Problem } from './problems.ts';

const POST_PAGE = /^\/blogs\/([^/]+)\/?$/u;

/** Whether a decoded path is a post's page (`/blogs/<slug>/`), whose links from posts `checkPostLinks` checks. */
export const isPostPage = (path: string) => POST_PAGE.test(path);

/**
 * Links from published posts to `/blogs/<slug>/` pages, checked before the
 * build: a slug no published post has is broken. Other internal URLs are left
 * to the check of the built site, which knows every page and id.
 */
export function checkPostLinks(posts: readonly CheckedPost[], options: { anchors: boolean }): Problem[] {
  const published = new Map(posts.filter((p) => p.published).map((p) => [p.slug, p]));
  // The pages of aliases (`[[旧名]]` leads to `/blogs/旧名/`), which send readers on to their post, anchor and all.
  const aliased = new Map(
    [...published.values()].flatMap((post) => aliasPaths(post.data.aliases).map((path) => [path, post] as const)),
  );
  const postAt = (path: string) => {
    const slug = POST_PAGE.exec(path)?.[1];
    return slug === undefined ? undefined : (published.get(slug) ?? aliased.get(`/blogs/${slug}/`));
  };
  const site: SiteIndex = {
    exists: (path) => !POST_PAGE.test(path) || postAt(path) !== undefined,
    idsOf: (path) => {
      const post = postAt(path);
      return options.anchors && post ? new Set(post.markdown.headingIds) : undefined;
    },
  };
  const noteOf = unpublishedNote(posts);
  const problems: Problem[] = [];
  for (const post of published.values()) {
    for (const { url, line } of post.markdown.links) {
      const broken = checkRef(url, 'link', postPath(post.slug), site);
      if (!broken) continue;
      const note = noteOf(resolveInternal(url, postPath(post.slug))?.path ?? '');
      problems.push({ file: post.file, line, field: 'link', message: broken.reason + note, severity: 'error' });
    }
  }
  return problems;
}

/**
 * For a broken link, why the page it leads to is missing when the build left it out with a post that is not published
 * (a draft, or one scheduled for later): the post's own page, or the page of one of its aliases (`[[草稿旧名]]`'s
 * `/blogs/草稿旧名/`, an old address such as `/posts/old/`). '' for any other decoded path.
 *
 * @example
 * unpublishedNote(posts)('/blogs/draft/'); // ' (content/blogs/draft.md is a draft or scheduled for later, so …)'
 */
export function unpublishedNote(posts: readonly CheckedPost[]): (path: string) => string {
  const notes = new Map<string, string>();
  const unpublished = posts.filter((post) => !post.published);
  for (const { file, data } of unpublished) {
    for (const alias of aliasPaths(data.aliases)) {
      notes.set(
        alias,
        ` (another name of ${file}, which is a draft or scheduled for later, so this build leaves it out)`,
      );
    }
  }
  // A post's own page before another's alias (which the content check refuses anyway).
  for (const { file, slug } of unpublished) {
    notes.set(`/blogs/${slug}/`, ` (${file} is a draft or scheduled for later, so this build leaves it out)`);
  }
  return (path) => notes.get(path) ?? (path.endsWith('/') ? undefined : notes.get(`${path}/`)) ?? '';
}
