import { getEntry } from 'astro:content';
import { tagSegment } from '../lib/slugs.ts';
import { DESCRIPTIONS_ENTRY } from './descriptions-loader.ts';

/**
 * What `content/series.yaml` or `content/categories.yaml` says each series or category is about, by its name as posts
 * write it (`descriptionsLoader`). The content check has stopped the build (and warned in the dev server) for a file
 * it cannot read.
 */
export async function descriptionsOf(collection: 'series' | 'categories'): Promise<ReadonlyMap<string, string>> {
  return new Map(Object.entries((await getEntry(collection, DESCRIPTIONS_ENTRY))?.data.descriptions ?? {}));
}

/**
 * What `content/tags.yaml` says each tag is about, by the tag's URL segment (`tagSegment`), so that any spelling of
 * a tag finds it (`Code Review`, `code review`).
 */
export async function tagDescriptions(): Promise<ReadonlyMap<string, string>> {
  const descriptions = (await getEntry('tags', DESCRIPTIONS_ENTRY))?.data.descriptions ?? {};
  return new Map(Object.entries(descriptions).map(([name, description]) => [tagSegment(name), description]));
}
