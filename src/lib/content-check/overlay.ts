import path from 'node:path';
import { errorsOf, formatProblem, type Problem, problemCount, sortProblems } from './problems.ts';

/**
 * The error Vite's client shows over the page (Astro's overlay, which shows the file around `loc` too): what
 * `server.hot.send({ type: 'error', err })` takes.
 */
export interface OverlayError {
  name: string;
  title: string;
  /** Text: Astro's dev server escapes it for the overlay (and renders `code` and [links](…) as Markdown would). */
  message: string;
  hint: string;
  /** The first error's file (absolute), for the overlay's "Open in editor". */
  loc: { file: string; line: number; column: number };
  stack: string;
}

/**
 * The errors among `problems`, as the dev server shows them over the page after a save, so an author watching the
 * browser sees what the build would refuse; nothing when there are none. The lines are the terminal's.
 *
 * @example
 * problemsOverlay([{ file: 'content/blogs/a.md', line: 3, field: 'date', message: 'expected …', severity: 'error' }], '/site');
 * // → { title: '1 problem in the content', message: 'content/blogs/a.md:3  date: expected …', loc: { file: '/site/content/blogs/a.md', line: 3, column: 1 }, … }
 */
export function problemsOverlay(problems: readonly Problem[], root: string): OverlayError | undefined {
  const errors = sortProblems(errorsOf(problems));
  const first = errors[0];
  if (!first) return undefined;
  return {
    name: 'ContentError',
    title: `${problemCount(errors.length)} in the content`,
    message: errors.map(formatProblem).join('\n'),
    hint: 'A build would stop on this. Fix the file and save it.',
    loc: { file: path.join(root, first.file), line: first.line, column: 1 },
    stack: '',
  };
}
