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
  const unpublished = new Map(posts.filter((p) => !p.published).map((p) => [p.slug, p.file]));
  // Their other names too (`[[旧名]]`), whose pages this build leaves out with them.
  const unpublishedAliases = new Map(
    posts.filter((p) => !p.published).flatMap((p) => aliasPaths(p.data.aliases).map((path) => [path, p.file] as const)),
  );
  const problems: Problem[] = [];
  for (const post of published.values()) {
    for (const { url, line } of post.markdown.links) {
      const broken = checkRef(url, 'link', postPath(post.slug), site);
      if (!broken) continue;
      const slug = POST_PAGE.exec(resolveInternal(url, postPath(post.slug))?.path ?? '')?.[1];
      const draft = slug === undefined ? undefined : unpublished.get(slug);
      const draftAliased = slug === undefined ? undefined : unpublishedAliases.get(`/blogs/${slug}/`);
      const note = draft
        ? ` (${draft} is a draft or scheduled for later, so this build leaves it out)`
        : draftAliased
          ? ` (another name of ${draftAliased}, which is a draft or scheduled for later, so this build leaves it out)`
          : '';
      problems.push({ file: post.file, line, field: 'link', message: broken.reason + note, severity: 'error' });
    }
  }
  return problems;
}
