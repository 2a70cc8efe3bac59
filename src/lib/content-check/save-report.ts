import { formatProblem, type Problem } from './problems.ts';

/** What the dev server prints after a save, from the problems printed before it and those found now. */
export interface SaveReport {
  /** Every problem of the saved files, and the problems of other files that were not printed before. */
  print: Problem[];
  /** Files, saved or not, that had problems before and have none now. */
  cleared: string[];
  /** Problems of other files, printed before and still there, not printed again. */
  unchanged: number;
}

const shown = (problem: Problem) => problem.severity !== 'ignored';
const keyOf = (problem: Problem) => `${problem.severity} ${formatProblem(problem)}`;

/**
 * Decides what to print after posts are saved, so that a save shows what is wrong with the post being written
 * without printing every other post's warnings again. Problems of other files still print when they are new: a
 * renamed post breaks the links to it in others, and a changed slug can collide with another post's.
 *
 * @example
 * const report = reportAfterSave(printedBefore, check().problems, new Set(['content/blogs/a.md']));
 * for (const problem of report.print) logger.warn(formatProblem(problem));
 */
export function reportAfterSave(
  before: readonly Problem[],
  after: readonly Problem[],
  saved: ReadonlySet<string>,
): SaveReport {
  const printedBefore = new Set(before.filter(shown).map(keyOf));
  const now = after.filter(shown);
  const print = now.filter((problem) => saved.has(problem.file) || !printedBefore.has(keyOf(problem)));
  const withProblems = new Set(now.map((problem) => problem.file));
  const cleared = [...new Set(before.filter(shown).map((problem) => problem.file))].filter(
    (file) => !withProblems.has(file),
  );
  return { print, cleared: cleared.sort(), unchanged: now.length - print.length };
}
