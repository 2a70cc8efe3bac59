import { distance } from 'fastest-levenshtein';
import { categoryPath, categorySegment, postPath } from '../slugs.ts';
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
 * one of them, so each is an error naming the others.
 */
export function findSlugCollisions(sources: readonly SlugSource[]): Problem[] {
  const bySlug = new Map<string, SlugSource[]>();
  for (const source of sources) bySlug.set(source.slug, [...(bySlug.get(source.slug) ?? []), source]);
  const problems: Problem[] = [];
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    for (const source of group) {
      const others = group
        .filter((other) => other !== source)
        .map((other) => other.file)
        .join(', ');
      const origin = source.fromField ? `"${slug}"` : `"${slug}" (from the file name)`;
      problems.push({
        file: source.file,
        line: source.line,
        field: 'slug',
        message: `${origin} gives the same URL ${postPath(slug)} as ${others} — give one of them another slug or file name`,
        severity: 'error',
      });
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

/** Differently written categories that share one URL (`C/C++` and `C-C++`): one page would hide the other. */
export function findCategoryCollisions(sources: readonly CategorySource[]): Problem[] {
  const bySegment = new Map<string, CategorySource[]>();
  for (const source of sources) {
    const key = categorySegment(source.category);
    bySegment.set(key, [...(bySegment.get(key) ?? []), source]);
  }
  return [...bySegment.values()].flatMap((group) =>
    group.flatMap((source) => {
      const other = group.find((o) => o.category !== source.category);
      if (!other) return [];
      const url = categoryPath(source.category);
      return [
        {
          file: source.file,
          line: source.line,
          field: 'category',
          message: `"${source.category}" gives the same URL ${url} as "${other.category}" in ${other.file} — write the category the same way in both`,
          severity: 'error' as const,
        },
      ];
    }),
  );
}

/**
 * The existing category that `category`, one no post has yet, is most likely a slip for: one that gives the same URL
 * (`C/C++` for `C-C++`), or one a single character away (`人工智能` for `人工只能`), though not among names of one or two
 * characters, where one character is too much of the name (`前端` and `后端`). `undefined` when none is that close.
 *
 * @example
 * closeCategory('人工只能', ['人工智能', '前端工程']); // → '人工智能'
 */
export function closeCategory(category: string, existing: Iterable<string>): string | undefined {
  const length = (text: string) => [...text].length;
  for (const other of existing) {
    if (categorySegment(other) === categorySegment(category)) return other;
    if (Math.min(length(category), length(other)) >= 3 && distance(category, other) <= 1) return other;
  }
  return undefined;
}

/**
 * A category that one post has alone while another, one character away, has more posts (`人工只能` beside `人工智能`):
 * most likely a slip, which would give the post a category page of its own. A warning, as it may be meant.
 */
export function findCategorySlips(sources: readonly CategorySource[]): Problem[] {
  const counts = new Map<string, number>();
  for (const { category } of sources) counts.set(category, (counts.get(category) ?? 0) + 1);
  return sources.flatMap((source) => {
    if (counts.get(source.category) !== 1) return [];
    // Spellings of one URL are `findCategoryCollisions`' errors.
    const others = [...counts.keys()].filter(
      (other) => counts.get(other)! > 1 && categorySegment(other) !== categorySegment(source.category),
    );
    const close = closeCategory(source.category, others);
    if (!close) return [];
    return [
      {
        file: source.file,
        line: source.line,
        field: 'category',
        message: `"${source.category}" is this post's alone, one character from "${close}" of ${counts.get(close)} posts — write category: ${close} if that is meant`,
        severity: 'warning' as const,
      },
    ];
  });
}
