interface ImportMetaEnv {
  /** The service that keeps the comments (`comments` in the site config), or `''` for none: see `astro.config.ts`. */
  readonly INKSTONE_COMMENTS: '' | 'giscus' | 'waline' | 'twikoo';
  /** Whether post pages show how often they were read, counted by Waline (`pageview`): see `astro.config.ts`. */
  readonly INKSTONE_PAGEVIEWS: boolean;
  /** Whether the lists of posts show each post's count of comments (`commentCount`): see `astro.config.ts`. */
  readonly INKSTONE_COMMENT_COUNTS: boolean;
}
