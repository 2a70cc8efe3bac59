/** What this needs of a Rolldown log. */
export interface BundlerLog {
  code?: string;
  message: string;
}

/**
 * Whether a bundler log is Rolldown's warning that the directive `"use astro:head-inject"` "may not be preserved when
 * bundling". Astro 7.3 writes that directive into the `?astroPropagatedAssets` module of every MDX post, and nothing
 * reads it, so the warning tells an author nothing, on every build (withastro/astro#18087; Astro's fix drops the
 * directive). Any other directive, and any other log, is not this warning.
 *
 * @example
 * isAstroHeadInjectWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "content/blogs/a.mdx?astroPropagatedAssets" may not be preserved when bundling.' }); // true
 * isAstroHeadInjectWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "src/a.ts" may not be preserved when bundling.' }); // false
 */
export function isAstroHeadInjectWarning(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}
