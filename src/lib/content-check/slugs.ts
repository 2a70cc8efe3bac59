import { distance } from 'fastest-levenshtein';
import { aliasPath } from '../aliases.ts';
import { categoryPath, categorySegment, postPath, seriesPath } from '../slugs.ts';
import type { Problem } from './problems.ts';

/** A post's URL slug and where it comes from. */
export interface SlugSource {
  file: string;
  slug: string;
  /** Line of the `slug` field, or 1 when the slug comes from the file name. */
  line: number;
  fromField: boolean;
}

/**
 * Posts that would be written to the same URL: Astro only warns and keeps
 * one of them, so each is an error naming the others. So are URLs that differ
 * only in case (`/blogs/Hello/`, `/blogs/hello/`): macOS and Windows fold case
 * in file names, so a build there writes both pages to one file.
 */
export function findSlugCollisions(sources: readonly SlugSource[], pathOf = postPath): Problem[] {
  const bySlug = new Map<string, SlugSource[]>();
  for (const source of sources) {
    const key = source.slug.toLowerCase();
    bySlug.set(key, [...(bySlug.get(key) ?? []), source]);
  }
  const problems: Problem[] = [];
  for (const group of bySlug.values()) {
    for (const source of group) {
      const same = group.filter((other) => other !== source && other.slug === source.slug);
      const folded = group.filter((other) => other.slug !== source.slug);
      const { slug } = source;
      const origin = source.fromField ? `"${slug}"` : `"${slug}" (from the file name)`;
      const fix = 'give one of them another slug or file name';
      if (same.length > 0) {
        const others = same.map((other) => other.file).join(', ');
        const message = `${origin} gives the same URL ${pathOf(slug)} as ${others} — ${fix}`;
        problems.push({ file: source.file, line: source.line, field: 'slug', message, severity: 'error' });
      } else if (folded[0]) {
        const other = folded[0];
        const message = `${origin} gives the URL ${pathOf(slug)}, which differs only in case from ${pathOf(other.slug)} of ${other.file}: macOS and Windows would write both pages to one file — ${fix}`;
        problems.push({ file: source.file, line: source.line, field: 'slug', message, severity: 'error' });
      }
    }
  }
  return problems;
}

/** A post's category and the line it is on. */
export interface CategorySource {
  file: string;
  category: string;
  line: number;
}

/** Where a category's page is written: its URL segment, in lower case, as macOS and Windows compare file names. */
export const categoryPageKey = (category: string) => categorySegment(category).toLowerCase();

/**
 * Differently written categories that share one URL (`C/C++` and `C-C++`): one page would hide the other. And
 * categories that differ only in case (`markdown` beside `Markdown`): macOS and Windows write their two pages to one
 * file, and nowhere are they meant as two categories. Those are reported for the posts that do not write the spelling
 * most posts use, with that spelling as the fix. With `field: 'series'`, the same of series names (`category` holding
 * the series), whose pages are `/series/<name>/`.
 */
export function findCategoryCollisions(
  sources: readonly CategorySource[],
  field: 'category' | 'series' = 'category',
): Problem[] {
  const pathOf = field === 'category' ? categoryPath : seriesPath;
  const byPage = new Map<string, CategorySource[]>();
  for (const source of sources) {
    const key = categoryPageKey(source.category);
    const group = byPage.get(key);
    if (group) group.push(source);
    else byPage.set(key, [source]);
  }
  return [...byPage.values()].flatMap((group) => {
    // Almost every page has one spelling: nothing to compare (and comparing all its posts in pairs is slow).
    if (group.every((o) => o.category === group[0]!.category)) return [];
    const uses = (category: string) => group.filter((o) => o.category === category).length;
    return group.flatMap((source): Problem[] => {
      const at = { file: source.file, line: source.line, field, severity: 'error' as const };
      const url = pathOf(source.category);
      const sameUrl = group.find(
        (o) => o.category !== source.category && categorySegment(o.category) === categorySegment(source.category),
      );
      if (sameUrl) {
        const message = `"${source.category}" gives the same URL ${url} as "${sameUrl.category}" in ${sameUrl.file} — write the ${field} the same way in both`;
        return [{ ...at, message }];
      }
      // The spelling most posts use among those that differ in case; this post's is reported unless it is used more.
      const [main] = group
        .filter((o) => categorySegment(o.category) !== categorySegment(source.category))
        .sort((a, b) => uses(b.category) - uses(a.category));
      if (!main || uses(source.category) > uses(main.category)) return [];
      const count = uses(main.category);
      const message = `"${source.category}" differs only in case from "${main.category}" of ${count} post${count === 1 ? '' : 's'} (${main.file}${count > 1 ? ' and others' : ''}): their pages ${url} and ${pathOf(main.category)} would be one file on macOS and Windows — write ${field}: ${main.category}`;
      return [{ ...at, message }];
    });
  });
}

/**
 * The existing category that `category`, one no post has yet, is most likely a slip for: one whose page is the same
 * (`C/C++` for `C-C++`, `Markdown` for `markdown`), or one with a single character replaced (`人工智能` for
 * `人工只能`), though not among names of one or two characters, where one character is too much of the name (`前端` and
 * `后端`). `undefined` when none is that close.
 *
 * @example
 * closeCategory('人工只能', ['人工智能', '前端工程']); // → '人工智能'
 */
export function closeCategory(category: string, existing: Iterable<string>): string | undefined {
  const length = (text: string) => [...text].length;
  for (const other of existing) {
    if (categoryPageKey(other) === categoryPageKey(category)) return other;
    // One character swapped for another, as a typo or a homophone gives (`前段` for `前端`); not one added, which
    // real names often differ by (`React`, `Preact`; `Vue`, `Vuex`).
    if (length(category) === length(other) && length(other) >= 3 && distance(category, other) === 1) return other;
  }
  return undefined;
}

/**
 * A category that one post has alone while another, one character away, has more posts (`人工只能` beside `人工智能`):
 * most likely a slip, which would give the post a category page of its own. A warning, as it may be meant. With
 * `field: 'series'`, the same of series names (`category` holding the series), where a slip starts a series of one
 * post. Spellings of one page are `findCategoryCollisions`' errors.
 */
export function findCategorySlips(
  sources: readonly CategorySource[],
  field: 'category' | 'series' = 'category',
): Problem[] {
  const counts = new Map<string, number>();
  for (const { category } of sources) counts.set(category, (counts.get(category) ?? 0) + 1);
  return sources.flatMap((source) => {
    if (counts.get(source.category) !== 1) return [];
    // Spellings of one page are `findCategoryCollisions`' errors.
    const others = [...counts.keys()].filter(
      (other) =>
        counts.get(other)! > 1 &&
        other !== source.category &&
        categoryPageKey(other) !== categoryPageKey(source.category),
    );
    const close = closeCategory(source.category, others);
    if (!close) return [];
    return [
      {
        file: source.file,
        line: source.line,
        field,
        message: `"${source.category}" is this post's alone, one character from "${close}" of ${counts.get(close)} posts — write ${field}: ${close} if that is meant`,
        severity: 'warning' as const,
      },
    ];
  });
}

const LIST = new Intl.ListFormat('en', { type: 'conjunction' });

/** A post's aliases (`aliases:`), for `findAliasCollisions`. */
export interface AliasSource {
  file: string;
  slug: string;
  aliases: readonly string[];
  /** Line of the `aliases` field. */
  line: number;
}

/**
 * Aliases of published posts that lead to an address already taken: a post's page (the post's own included), a page
 * of its own (`others`: `/about/` and its file), or an alias of another post. Addresses that differ only in case are
 * one, as macOS and Windows fold case in file names. Each is an error at the `aliases` line naming the other post.
 */
export function findAliasCollisions(
  sources: readonly AliasSource[],
  others: readonly { path: string; file: string }[] = [],
): Problem[] {
  const pages = new Map<string, { file: string }>([
    ...sources.map((source) => [decodeURIComponent(postPath(source.slug)).toLowerCase(), source] as const),
    ...others.map((page) => [decodeURIComponent(page.path).toLowerCase(), page] as const),
  ]);
  const claims = new Map<string, AliasSource[]>();
  const places = sources.flatMap((source) =>
    [...new Set(source.aliases)].flatMap((alias) => {
      const place = aliasPath(alias);
      return place.ok ? [{ source, alias, key: place.path.toLowerCase(), path: place.path }] : [];
    }),
  );
  for (const { source, key } of places) claims.set(key, [...(claims.get(key) ?? []), source]);
  return places.flatMap(({ source, alias, key, path }): Problem[] => {
    const at = { file: source.file, line: source.line, field: 'aliases', severity: 'error' as const };
    const page = pages.get(key);
    if (page) {
      const whose = page === source ? "this post's own page" : `the page of ${page.file}`;
      return [{ ...at, message: `"${alias}" leads to ${path}, ${whose} — remove the alias` }];
    }
    const others = (claims.get(key) ?? []).filter((other) => other !== source).map((other) => other.file);
    if (others.length === 0) return [];
    const message = `"${alias}" leads to ${path}, an alias of ${LIST.format(others)} too — keep it in one post`;
    return [{ ...at, message }];
  });
}
