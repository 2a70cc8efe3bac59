import { distance } from 'fastest-levenshtein';

/**
 * Fields other blog tools (Hexo, Hugo, Jekyll, VitePress, Docusaurus, Astro
 * themes, Obsidian) use for something Inkstone reads under another name. They are
 * ignored like any unknown field, and named when Inkstone's own is missing.
 */
export const FIELD_ALIASES: Readonly<Record<string, string>> = {
  pubDate: 'date',
  pubdate: 'date',
  published: 'date',
  publishDate: 'date',
  created: 'date',
  categories: 'category',
  tag: 'tags',
  keywords: 'tags',
  lastmod: 'updated',
  lastUpdated: 'updated',
  updatedDate: 'updated',
  modDate: 'updated',
  image: 'cover',
  heroImage: 'cover',
  thumbnail: 'cover',
  banner: 'cover',
  summary: 'description',
  excerpt: 'description',
  reading_time: 'readTime',
  readingTime: 'readTime',
  alias: 'aliases',
  redirect_from: 'aliases',
  authors: 'author',
  // Hexo's index generator (`sticky: 100`) and its pin-top plugin (`top: true`).
  sticky: 'pinned',
  top: 'pinned',
  hidden: 'unlisted',
  // Hexo's Butterfly theme: `copyright: false` hides a post's notice; a repost names its original.
  copyright: 'license',
  copyright_url: 'source',
  copyright_author: 'source',
  original_url: 'source',
};

/**
 * Fields with which other tools keep a post unpublished, `published: false` (Hexo, Jekyll) and `publish: false`
 * (Obsidian Publish), and where. Inkstone does not read them: ignored, they would publish the post.
 */
export const UNPUBLISHING_FIELDS: Readonly<Record<string, string>> = {
  published: 'Hexo and Jekyll',
  publish: 'Obsidian Publish',
};

/**
 * Fields with which other tools publish a post but keep it out of the lists, `hidden: true` (Hexo's hide-posts plugin,
 * Jekyll themes), and where. Inkstone does not read them: ignored, they would list the post.
 */
export const UNLISTING_FIELDS: Readonly<Record<string, string>> = {
  hidden: "Hexo's hide-posts plugin and Jekyll themes",
};

/** `read_time`, `Read-Time` → `readtime`: spellings that differ only in case or separators. */
const fold = (name: string) => name.toLowerCase().replace(/[-_\s]/gu, '');

/** `tgas` for `tags`: two neighbouring letters swapped, the commonest typo, counts as one edit. */
function swapsTwo(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/**
 * The known field an unknown one is probably a typo of: the same but for case
 * or separators, or within one edit of a short name (`tgas`, swapped letters
 * counting as one) or two of a longer one (`categroy`, `titel`). Names other tools use are never typos.
 */
export function suggestField(name: string, known: readonly string[]): string | undefined {
  if (name in FIELD_ALIASES) return undefined;
  let best: { field: string; edits: number } | undefined;
  for (const field of known) {
    const edits = fold(name) === fold(field) ? 0 : swapsTwo(name, field) ? 1 : distance(name, field);
    const allowed = field.length <= 4 ? 1 : 2;
    if (edits <= allowed && (!best || edits < best.edits)) best = { field, edits };
  }
  return best?.field;
}
