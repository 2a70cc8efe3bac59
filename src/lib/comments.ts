import type { SiteConfig } from '../schema/site.ts';

/**
 * The address of the comments' server that the lists of posts ask for each post's count of comments
 * (`commentCount: true`, for Waline or Twikoo), or undefined where they show none.
 *
 * @example
 * commentCountServer({ waline: { serverURL: 'https://comments.example.com', commentCount: true, … } });
 * // → 'https://comments.example.com'
 */
export function commentCountServer(comments: SiteConfig['comments']): string | undefined {
  if (comments?.waline?.commentCount) return comments.waline.serverURL;
  if (comments?.twikoo?.commentCount) return comments.twikoo.envId;
  return undefined;
}
