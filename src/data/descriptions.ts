import { getEntry } from 'astro:content';
import { type AuthorProfile, type Described, sameName } from '../lib/content-check/descriptions-file.ts';
import { DESCRIPTIONS_ENTRY } from './descriptions-loader.ts';

/** The collection of each descriptions file (`content.config.ts`). */
const COLLECTIONS = {
  series: 'series',
  category: 'categories',
  tag: 'tags',
  author: 'authors',
} as const satisfies Record<Described, string>;

/**
 * What `content/series.yaml`, `content/categories.yaml`, `content/tags.yaml` or `content/authors.yaml` says each
 * series, category, tag or author is about (`descriptionsLoader`), looked up by its name as posts write it: a tag or an
 * author by any of its spellings (`sameName`: `rag:` describes the tag written `RAG`). The content check has stopped
 * the build (and warned in the dev server) for a file it cannot read.
 */
export async function descriptionsOf(what: Described): Promise<{ get(name: string): string | undefined }> {
  const described = (await getEntry(COLLECTIONS[what], DESCRIPTIONS_ENTRY))?.data.descriptions ?? {};
  const byName = new Map(Object.entries(described).map(([name, text]) => [sameName(what, name), text]));
  return { get: (name) => byName.get(sameName(what, name)) };
}

type Profiles = { get(name: string): AuthorProfile | undefined };

async function loadProfiles(): Promise<Profiles> {
  const profiles = (await getEntry(COLLECTIONS.author, DESCRIPTIONS_ENTRY))?.data.profiles ?? {};
  const byName = new Map(Object.entries(profiles).map(([name, profile]) => [sameName('author', name), profile]));
  return { get: (name) => byName.get(sameName('author', name)) };
}

let profilesLoaded: Promise<Profiles> | undefined;

/**
 * Each author's own page and picture, where `content/authors.yaml` gives them, looked up by the name as posts write it
 * (any spelling, as `descriptionsOf`). Every post page asks (its JSON-LD): a build reads the file's entry once, the dev
 * server at each page, to show a change to the file.
 */
export function authorProfiles(): Promise<Profiles> {
  if (import.meta.env.DEV) return loadProfiles();
  return (profilesLoaded ??= loadProfiles());
}
