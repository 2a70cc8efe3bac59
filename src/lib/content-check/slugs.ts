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
