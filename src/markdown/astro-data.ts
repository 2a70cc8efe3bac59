import type { VFile } from 'vfile';

/**
 * The frontmatter object Astro reads back after rendering
 * (`remarkPluginFrontmatter`). Plugins add computed fields to it.
 */
export function astroFrontmatter(file: VFile): Record<string, unknown> {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return data.astro.frontmatter;
}
