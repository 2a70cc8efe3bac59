import { toCalendarDate } from './dates.ts';
import { tagSegment } from './slugs.ts';

/** What list pages need to know of a post. */
export interface PostSummary {
  slug: string;
  title: string;
  date: Date;
  category: string;
}

/** By slug, in code-unit order: the tie-break that keeps every order independent of the input's. */
const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** Newest first; ties broken by slug so the order never depends on input order. */
export function sortPosts<T extends PostSummary>(posts: readonly T[]): T[] {
  return [...posts].sort((a, b) => b.date.getTime() - a.date.getTime() || bySlug(a, b));
}

/**
 * The authors a post names for itself: none when it names none, or the site's author alone (who writes the site's
 * posts without saying so).
 *
 * @example
 * namedAuthors(['Inkstone'], 'Inkstone'); // undefined
 * namedAuthors(['张三', 'Inkstone'], 'Inkstone'); // ['张三', 'Inkstone']
 */
export function namedAuthors(names: readonly string[] | undefined, siteAuthor: string): string[] | undefined {
  if (!names || names.length === 0 || (names.length === 1 && names[0] === siteAuthor)) return undefined;
  return [...names];
}

/**
 * The home page's order: the pinned posts (`pinned: true`) first, then the others, each in the order given (newest
 * first, from `sortPosts`).
 *
 * @example
 * pinnedFirst([{ slug: 'new' }, { slug: 'guide', pinned: true }]); // guide, new
 */
export function pinnedFirst<T extends { pinned?: boolean }>(posts: readonly T[]): T[] {
  return [...posts.filter((post) => post.pinned), ...posts.filter((post) => !post.pinned)];
}

/** One page of a list. Pages are numbered from 1. */
export interface Page<T> {
  items: T[];
  number: number;
  total: number;
}

/** Split `items` into pages of `size`; an empty list still has one page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    total,
  }));
}

/** `/` for page 1, `/page/N/` after. */
export function pagePath(number: number): string {
  return number === 1 ? '/' : `/page/${number}/`;
}

export interface CategoryCount {
  name: string;
  count: number;
}

/** Every category with its number of posts, most posts first, then by name. */
export function countCategories(posts: readonly Pick<PostSummary, 'category'>[]): CategoryCount[] {
  const counts = new Map<string, number>();
  for (const post of posts) counts.set(post.category, (counts.get(post.category) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
}

/** A tag or an author with its posts. */
export interface TagGroup<T> {
  /** The spelling most of its posts use (`Markdown` where one post writes `markdown`). */
  name: string;
  /** Its URL segment (`tagSegment`), which every spelling of it gives. */
  segment: string;
  /** Its posts, in the order given. */
  posts: T[];
}

/**
 * Every name given by `namesOf` (a post's tags, its authors) with its posts, most posts first, then by name. Spellings
 * that give one URL segment (`Markdown`, `markdown`) are one name, spelt as most posts spell it (the first met, on a
 * tie).
 *
 * @example
 * groupNames([{ tags: ['RAG'] }, { tags: ['rag', 'LLM'] }, { tags: ['RAG'] }], (post) => post.tags);
 * // → [{ name: 'RAG', segment: 'rag', posts: [p1, p2, p3] }, { name: 'LLM', segment: 'llm', posts: [p2] }]
 */
export function groupNames<T>(posts: readonly T[], namesOf: (post: T) => readonly string[]): TagGroup<T>[] {
  const groups = new Map<string, { posts: T[]; spellings: Map<string, number> }>();
  for (const post of posts) {
    for (const name of new Set(namesOf(post))) {
      const segment = tagSegment(name);
      const group = groups.get(segment) ?? { posts: [], spellings: new Map<string, number>() };
      if (group.posts.at(-1) !== post) group.posts.push(post);
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      groups.set(segment, group);
    }
  }
  return [...groups]
    .map(([segment, { posts: named, spellings }]) => {
      const [name] = [...spellings].reduce((best, next) => (next[1] > best[1] ? next : best));
      return { name, segment, posts: named };
    })
    .sort((a, b) => b.posts.length - a.posts.length || a.name.localeCompare(b.name, 'zh-CN'));
}

/** Every tag with its posts (`groupNames`): `Markdown` and `markdown` are one tag. */
export function groupTags<T extends { tags: readonly string[] }>(posts: readonly T[]): TagGroup<T>[] {
  return groupNames(posts, (post) => post.tags);
}

export interface MonthGroup<T> {
  month: number;
  posts: T[];
}

export interface YearGroup<T> {
  year: number;
  count: number;
  months: MonthGroup<T>[];
}

/** The timeline: years, then months, newest first, by calendar date in `timeZone`. */
export function groupByYearMonth<T extends PostSummary>(posts: readonly T[], timeZone: string): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const post of sortPosts(posts)) {
    const { year, month } = toCalendarDate(post.date, timeZone);
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== year) years.push((yearGroup = { year, count: 0, months: [] }));
    let monthGroup = yearGroup.months.at(-1);
    if (monthGroup?.month !== month) yearGroup.months.push((monthGroup = { month, posts: [] }));
    monthGroup.posts.push(post);
    yearGroup.count += 1;
  }
  return years;
}

/** The posts before and after `slug` in newest-first order. */
export function neighbours<T extends PostSummary>(sorted: readonly T[], slug: string): { newer?: T; older?: T } {
  const index = sorted.findIndex((post) => post.slug === slug);
  if (index === -1) return {};
  return { newer: sorted[index - 1], older: sorted[index + 1] };
}

/** The first `limit` of `items` in `order`, without sorting them all. */
function firstOf<T>(items: Iterable<T>, limit: number, order: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === limit && order(item, kept[limit - 1]!) >= 0) continue;
    const at = kept.findIndex((other) => order(item, other) < 0);
    kept.splice(at === -1 ? kept.length : at, 0, item);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

/**
 * A finder of the posts most like a post, for the end of its page, over `posts` (newest first): those sharing the most
 * tags (spellings that share a tag page count as one tag), then those of the same category; among equals, the nearest
 * in date, then by slug, so a new post changes the lists of the few posts written around its time. Posts sharing
 * neither are left out. Only posts sharing a tag are scored one by one; the rest of the category is walked outwards
 * from the post.
 *
 * Posts the page lists already (`shown`: its series) are left out.
 *
 * @example
 * const related = relatedPosts(posts);
 * related(post, 3); // up to three posts, most alike first
 * related(post, 3, new Set(seriesParts(posts)(post))); // none of its series
 */
export function relatedPosts<T extends PostSummary & { tags: readonly string[] }>(
  posts: readonly T[],
): (post: T, limit: number, shown?: ReadonlySet<T>) => T[] {
  type Scored = { other: T; score: number; distance: number };
  const order = (a: Scored, b: Scored) => b.score - a.score || a.distance - b.distance || bySlug(a.other, b.other);
  const tagsOf = new Map(posts.map((post) => [post, [...new Set(post.tags.map(tagSegment))]]));
  const byTag = new Map<string, T[]>();
  const byCategory = new Map<string, T[]>();
  /** Adds `post` to the list of `key`, and gives its place there. */
  const add = (lists: Map<string, T[]>, key: string, post: T) => {
    const list = lists.get(key) ?? [];
    lists.set(key, list);
    return list.push(post) - 1;
  };
  const place = new Map<T, number>();
  for (const post of posts) {
    for (const tag of tagsOf.get(post)!) add(byTag, tag, post);
    place.set(post, add(byCategory, post.category, post));
  }
  return (post, limit, shown = new Set<T>()) => {
    const time = post.date.getTime();
    const distance = (other: T) => Math.abs(other.date.getTime() - time);
    const shared = new Map<T, number>();
    for (const tag of tagsOf.get(post) ?? []) {
      for (const other of byTag.get(tag) ?? []) {
        if (other !== post && !shown.has(other)) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const scored = [...shared].map(([other, tags]) => ({
      other,
      score: 2 * tags + (other.category === post.category ? 1 : 0),
      distance: distance(other),
    }));
    const chosen = firstOf(scored, limit, order).map(({ other }) => other);
    // The category's other posts all score 1, below any shared tag: the nearest in date come next. Its list is in date
    // order, so they are found walking out from the post, a distance at a time (then by slug).
    const category = byCategory.get(post.category) ?? [];
    let newer = (place.get(post) ?? category.length) - 1;
    let older = newer + 2;
    while (chosen.length < limit && (newer >= 0 || older < category.length)) {
      const nearest = Math.min(
        newer >= 0 ? distance(category[newer]!) : Infinity,
        older < category.length ? distance(category[older]!) : Infinity,
      );
      const tied: T[] = [];
      while (newer >= 0 && distance(category[newer]!) === nearest) tied.push(category[newer--]!);
      while (older < category.length && distance(category[older]!) === nearest) tied.push(category[older++]!);
      for (const other of tied.sort(bySlug)) {
        if (!shared.has(other) && !shown.has(other) && chosen.length < limit) chosen.push(other);
      }
    }
    return chosen;
  };
}

/** A part of a series: its name, and its place in it when the author gave one (`seriesOrder`). */
export interface SeriesPart extends PostSummary {
  series?: string;
  seriesOrder?: number;
}

/**
 * Reading order within a series: by `seriesOrder`, else oldest first; ties by slug. (Parts with a `seriesOrder` come
 * before parts without, which the content check refuses in one series.)
 */
const readingOrder = (a: SeriesPart, b: SeriesPart) =>
  (a.seriesOrder ?? Infinity) - (b.seriesOrder ?? Infinity) || a.date.getTime() - b.date.getTime() || bySlug(a, b);

/**
 * For each post, the published posts of its series in reading order (`seriesOrder`, else oldest first), the post included:
 * what its page lists. None when it is in no series or is its series' only post. The series are grouped once
 * (`groupSeries`), for every page of a build.
 *
 * @example
 * const partsOf = seriesParts([c, b, a]);
 * partsOf(b); // [a, b, c], when a, b and c have `series: 大模型应用工程` and a is the oldest
 */
export function seriesParts<T extends SeriesPart>(posts: readonly T[]): (post: T) => T[] {
  const bySeries = new Map(groupSeries(posts).map(({ name, posts: parts }) => [name, parts]));
  return (post) => {
    const parts = post.series === undefined ? [] : (bySeries.get(post.series) ?? []);
    return parts.length < 2 ? [] : [...parts];
  };
}

export interface SeriesGroup<T> {
  name: string;
  /** Its posts in reading order: by `seriesOrder`, else oldest first (ties by slug). */
  posts: T[];
}

/**
 * Every series with its posts in reading order, for the series pages: the series with the newest post first (ties by
 * name), so a series still being written comes before finished ones.
 *
 * @example
 * groupSeries([c, b, a, d]); // [{ name: '大模型应用工程', posts: [a, b, c] }], when d is in no series
 */
export function groupSeries<T extends SeriesPart>(posts: readonly T[]): SeriesGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const post of posts) {
    if (post.series === undefined) continue;
    const group = groups.get(post.series);
    if (group) group.push(post);
    else groups.set(post.series, [post]);
  }
  const newest = (parts: readonly T[]) => Math.max(...parts.map((part) => part.date.getTime()));
  return [...groups]
    .map(([name, parts]) => ({ name, posts: parts.sort(readingOrder) }))
    .sort((a, b) => newest(b.posts) - newest(a.posts) || a.name.localeCompare(b.name, 'zh-CN'));
}
