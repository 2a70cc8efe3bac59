/** What decides whether a post is published in this build. */
export interface PublishingOptions {
  /** The build's start time: posts dated after it are scheduled. */
  now: Date;
  /** Include drafts (the dev server does). */
  drafts: boolean;
  /** Include posts dated in the future. */
  future: boolean;
}

/** Whether a post with this frontmatter belongs in the site. */
export function isPublished(post: { draft: boolean; date: Date }, options: PublishingOptions): boolean {
  if (post.draft && !options.drafts) return false;
  if (post.date.getTime() > options.now.getTime() && !options.future) return false;
  return true;
}

/**
 * Reads `INKSTONE_NOW`, `INKSTONE_FUTURE` and `INKSTONE_DRAFTS` the way builds and tests set them.
 * `INKSTONE_COMMAND` (set by the content guard to Astro's command) overrides `dev`: Astro's
 * `import.meta.env.DEV` follows `NODE_ENV`, so a build run with `NODE_ENV=development` would publish drafts.
 */
export function publishingFromEnv(
  env: Record<string, string | undefined>,
  devServer: boolean,
  startedAt: Date,
): PublishingOptions {
  const dev = env.INKSTONE_COMMAND ? env.INKSTONE_COMMAND === 'dev' : devServer;
  const now = env.INKSTONE_NOW ? new Date(env.INKSTONE_NOW) : startedAt;
  if (Number.isNaN(now.getTime())) throw new Error(`INKSTONE_NOW must be an ISO date, found "${env.INKSTONE_NOW}"`);
  const flag = (value: string | undefined) => value === '1' || value === 'true';
  return { now, drafts: dev || flag(env.INKSTONE_DRAFTS), future: dev || flag(env.INKSTONE_FUTURE) };
}
