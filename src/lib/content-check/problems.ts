/** How much a problem matters: errors stop the build, the rest are printed. */
export type Severity = 'error' | 'warning' | 'ignored';

/** One thing wrong (or worth knowing) about one content file. */
export interface Problem {
  /** Path relative to the project, with `/`: `content/blogs/a.md`. */
  file: string;
  /** 1-based line in the file; 1 when the problem is about the whole file. */
  line: number;
  /** The frontmatter field or the kind of thing at fault: `title`, `slug`, `link`. */
  field?: string;
  /** What was expected, what was found and the fix, e.g. `unknown field — did you mean "category"?`. */
  message: string;
  severity: Severity;
}

/** `content/blogs/bad.md:3  categroy: unknown field — did you mean "category"?` */
export function formatProblem(problem: Problem): string {
  const field = problem.field ? `${problem.field}: ` : '';
  return `${problem.file}:${problem.line}  ${field}${problem.message}`;
}

/** By file, then line, then text: the same problems always print in the same order. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const key = (p: Problem) => formatProblem(p);
  return [...problems].sort((a, b) =>
    a.file === b.file ? a.line - b.line || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) : a.file < b.file ? -1 : 1,
  );
}

export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** `1 problem`, `3 problems`. */
export const problemCount = (count: number) => (count === 1 ? '1 problem' : `${count} problems`);

/** The error report of a failed check: a count, then one line per problem. */
export function formatErrorReport(problems: readonly Problem[], what: string): string {
  const errors = sortProblems(errorsOf(problems));
  return [`${problemCount(errors.length)} ${what}:`, ...errors.map((p) => `  ${formatProblem(p)}`)].join('\n');
}
