import type { Problem } from './problems.ts';

/** A post's series and place in it as written, for `findSeriesOrderProblems`. */
export interface SeriesOrderSource {
  /** `content/blogs/a.md` */
  file: string;
  series?: string;
  seriesOrder?: number;
  /** Line of the `series` field. */
  seriesLine: number;
  /** Line of the `seriesOrder` field. */
  seriesOrderLine: number;
}

const LIST = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * The `seriesOrder`s that leave a series' order other than the author meant, as errors: one on a post in no series
 * (it orders nothing); none on a part of a series whose other parts have one (where would it go?); and one number on
 * two parts of a series. Drafts count, as they will be parts once published.
 *
 * @example
 * findSeriesOrderProblems([
 *   { file: 'content/blogs/a.md', series: '实战', seriesOrder: 1, seriesLine: 5, seriesOrderLine: 6 },
 *   { file: 'content/blogs/b.md', series: '实战', seriesLine: 5, seriesOrderLine: 1 },
 * ]); // b.md:5, seriesOrder: "missing, while the other part of …"
 */
export function findSeriesOrderProblems(sources: readonly SeriesOrderSource[]): Problem[] {
  const problems: Problem[] = [];
  const bySeries = new Map<string, SeriesOrderSource[]>();
  for (const source of sources) {
    if (source.series !== undefined) {
      bySeries.set(source.series, [...(bySeries.get(source.series) ?? []), source]);
    } else if (source.seriesOrder !== undefined) {
      const message = `${source.seriesOrder} places the post in a series, but it is in none — add a line such as series: 大模型应用工程, or remove this one`;
      problems.push(error(source.file, source.seriesOrderLine, message));
    }
  }
  for (const [series, parts] of bySeries) {
    const ordered = parts.filter((part) => part.seriesOrder !== undefined);
    if (ordered.length === 0) continue;
    const last = ordered.reduce((a, b) => (b.seriesOrder! > a.seriesOrder! ? b : a));
    const after = Math.floor(last.seriesOrder!) + 1;
    for (const part of parts) {
      if (part.seriesOrder === undefined) {
        const others = ordered.length === 1 ? 'the other part' : `${ordered.length} other parts`;
        const message = `missing, while ${others} of the series "${series}" ${ordered.length === 1 ? 'has' : 'have'} one — add a line such as seriesOrder: ${after} (after the last, ${last.file}: ${last.seriesOrder}), or remove seriesOrder from every part to order them by date`;
        problems.push(error(part.file, part.seriesLine, message));
        continue;
      }
      const sharing = ordered.filter((other) => other !== part && other.seriesOrder === part.seriesOrder);
      if (sharing.length > 0) {
        const files = LIST.format(sharing.map((other) => other.file));
        const message = `${part.seriesOrder} is also the place of ${files} in the series "${series}" — give each part its own number (1.5 goes between 1 and 2)`;
        problems.push(error(part.file, part.seriesOrderLine, message));
      }
    }
  }
  return problems;
}

const error = (file: string, line: number, message: string): Problem => ({
  file,
  line,
  field: 'seriesOrder',
  message,
  severity: 'error',
});
