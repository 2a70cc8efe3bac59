interface ImportMetaEnv {
  /** The service that keeps the comments (`comments` in the site config), or `''` for none: see `astro.config.ts`. */
  readonly INKSTONE_COMMENTS: '' | 'giscus' | 'waline';
}
