import { z } from 'zod';
import { createPageSchema, type PageData } from '../../schema/page.ts';
import { createPostSchema, type PostData } from '../../schema/post.ts';
import { FIELD_ALIASES, suggestField, UNLISTING_FIELDS, UNPUBLISHING_FIELDS } from './fields.ts';
import type { Frontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** What the check found in one post's frontmatter. */
export interface FrontmatterCheck {
  /** The validated fields (`cover` as the path written); absent when any field is invalid. */
  data?: PostData;
  problems: Problem[];
}

/**
 * `create(timeZone)`, made once per time zone: building a Zod schema costs more than using it.
 *
 * @example
 * const postSchema = perTimeZone((timeZone) => createPostSchema(z.string(), timeZone));
 */
function perTimeZone<S>(create: (timeZone: string) => S): (timeZone: string) => S {
  const made = new Map<string, S>();
  return (timeZone) => {
    const schema = made.get(timeZone) ?? create(timeZone);
    made.set(timeZone, schema);
    return schema;
  };
}

const postSchema = perTimeZone((timeZone) => createPostSchema(z.string(), timeZone));
const pageSchema = perTimeZone(createPageSchema);

/** Every field the post schema reads. */
export const KNOWN_FIELDS = Object.keys(createPostSchema(z.string()).shape);

/** Every field the page schema reads. */
const PAGE_FIELDS = Object.keys(createPageSchema().shape);

/**
 * The fields validated with `schema`, whose fields are `known`; the unknown ones that look like typos of them are
 * errors, the others ignored (said so).
 */
function validate<T>(
  file: string,
  frontmatter: Frontmatter,
  schema: z.ZodType<T>,
  known: readonly string[],
): { data?: T; problems: Problem[] } {
  const unknown = unknownFields(file, frontmatter, known);
  const problems = unknown.map(({ problem }) => problem);
  // A missing field is already explained by the typo standing for it.
  const misspelt = new Set(unknown.map(({ suggestion }) => suggestion));
  const result = schema.safeParse(frontmatter.data);
  if (result.success) return { data: result.data, problems };
  return { problems: [...problems, ...issueProblems(file, frontmatter, result.error.issues, misspelt)] };
}

/** Validates the fields with the site's schema and flags unknown fields that look like typos. */
export function checkFrontmatter(file: string, frontmatter: Frontmatter, timeZone: string): FrontmatterCheck {
  const checked = validate(file, frontmatter, postSchema(timeZone), KNOWN_FIELDS);
  if (checked.data?.unlisted && checked.data.series !== undefined) {
    const message = 'an unlisted post is in no list, but its series lists its parts — remove series, or unlisted';
    const line = frontmatter.lineOf(['unlisted']);
    return { problems: [...checked.problems, { file, line, field: 'unlisted', message, severity: 'error' }] };
  }
  return checked;
}

/**
 * `checkFrontmatter` for a page of its own (`content/pages/about.md`): its fields are validated with the page schema,
 * and a post's field that a page has not (`date`, `category`, `tags`) is ignored, as other tools' fields are.
 */
export function checkPageFrontmatter(
  file: string,
  frontmatter: Frontmatter,
  timeZone: string,
): { data?: PageData; problems: Problem[] } {
  return validate(file, frontmatter, pageSchema(timeZone), PAGE_FIELDS);
}

/** Each of the schema's issues at its field's line, but a missing field that a misspelt one stands for. */
function issueProblems(
  file: string,
  frontmatter: Frontmatter,
  issues: readonly z.core.$ZodIssue[],
  misspelt: ReadonlySet<string | undefined>,
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const field = String(issue.path[0]);
    if (issue.input === undefined && misspelt.has(field)) return [];
    return [
      {
        file,
        line: frontmatter.lineOf(issue.path),
        field: issue.path.map(String).join('.'),
        message: issue.message + aliasHint(frontmatter, field, issue.input),
        severity: 'error',
      },
    ];
  });
}

/** `date` is missing but `pubDate` is there: say so. */
function aliasHint(frontmatter: Frontmatter, field: string, input: unknown): string {
  if (input !== undefined) return '';
  const alias = Object.keys(frontmatter.data).find((name) => FIELD_ALIASES[name] === field);
  return alias ? ` (Inkstone does not read "${alias}": rename it to "${field}")` : '';
}

/** The fields not in `known`: a typo of one of them is an error, another tool's field is ignored (said so). */
function unknownFields(
  file: string,
  frontmatter: Frontmatter,
  known: readonly string[],
): { problem: Problem; suggestion?: string }[] {
  return [...frontmatter.lines]
    .filter(([name]) => !known.includes(name))
    .map(([name, line]) => {
      if (KNOWN_FIELDS.includes(name)) {
        const message = "a post's field, which a page has not: ignored";
        return { problem: { file, line, field: name, message, severity: 'ignored' } };
      }
      const suggestion = suggestField(name, known);
      if (suggestion) {
        const message = `unknown field — did you mean "${suggestion}"?`;
        return { problem: { file, line, field: name, message, severity: 'error' }, suggestion };
      }
      const tool = UNPUBLISHING_FIELDS[name];
      if (tool && frontmatter.data[name] === false) {
        const message = `false keeps a post unpublished in ${tool}, but Inkstone does not read "${name}" and would publish it — write draft: true instead`;
        return { problem: { file, line, field: name, message, severity: 'error' } };
      }
      const lister = UNLISTING_FIELDS[name];
      // A page is in no list already.
      if (lister && frontmatter.data[name] === true && known.includes('unlisted')) {
        const message = `true keeps a post out of the lists in ${lister}, but Inkstone does not read "${name}" and would list it — write unlisted: true instead`;
        return { problem: { file, line, field: name, message, severity: 'error' } };
      }
      const alias = FIELD_ALIASES[name];
      const message = `not an Inkstone field, ignored${alias ? ` (Inkstone reads "${alias}")` : ''}`;
      return { problem: { file, line, field: name, message, severity: 'ignored' } };
    });
}
