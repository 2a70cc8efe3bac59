import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import { type CollectionEntry, getCollection } from 'astro:content';
import { globSync } from 'tinyglobby';
import { PAGES_FOLDER } from '../lib/slugs';
import { publishing } from './posts';

/** A page of its own (`content/pages/about.md`), at `/<id>/`. */
export type Page = CollectionEntry<'pages'>;

/**
 * The pages of their own the site publishes (drafts only in the dev server, as posts), by address. A site without
 * any is not asked for the collection, of which Astro would warn on every build that it is empty.
 */
export async function getPages(): Promise<Page[]> {
  const folder = path.join(fileURLToPath(root), PAGES_FOLDER);
  if (globSync('**/*.{md,mdx}', { cwd: folder, expandDirectories: false }).length === 0) return [];
  const pages = await getCollection('pages', ({ data }) => publishing.drafts || !data.draft);
  return pages.sort((a, b) => a.id.localeCompare(b.id));
}
