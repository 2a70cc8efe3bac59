import { z } from 'zod';
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

const schemas = new Map<string, ReturnType<typeof createPostSchema<z.ZodString>>>();

/** The schema for one time zone, made once: building a Zod schema costs more than using it. */
function schemaFor(timeZone: string) {
  const schema = schemas.get(timeZone) ?? createPostSchema(z.string(), timeZone);
  schemas.set(timeZone, schema);
  return schema;
}

/** Every field the post schema reads. */
export const KNOWN_FIELDS = Object.keys(createPostSchema(z.string()).shape);

/** Validates the fields with the site's schema and flags unknown fields that look like typos. */
export function checkFrontmatter(file: string, frontmatter: Frontmatter, timeZone: string): FrontmatterCheck {
  const unknown = unknownFields(file, frontmatter);
  const problems = unknown.map(({ problem }) => problem);
  // A missing field is already explained by the typo standing for it.
  const misspelt = new Set(unknown.map(({ suggestion }) => suggestion));
  const result = schemaFor(timeZone).safeParse(frontmatter.data);
  if (result.success && result.data.unlisted && result.data.series !== undefined) {
    const message = 'an unlisted post is in no list, but its series lists its parts — remove series, or unlisted';
    problems.push({ file, line: frontmatter.lineOf(['unlisted']), field: 'unlisted', message, severity: 'error' });
    return { problems };
  }
  if (result.success) return { data: result.data, problems };
  for (const issue of result.error.issues) {
    const field = String(issue.path[0]);
    if (issue.input === undefined && misspelt.has(field)) continue;
    problems.push({
      file,
      line: frontmatter.lineOf(issue.path),
      field: issue.path.map(String).join('.'),
      message: issue.message + aliasHint(frontmatter, field, issue.input),
      severity: 'error',
    });
  }
  return { problems };
}

/** `date` is missing but `pubDate` is there: say so. */
function aliasHint(frontmatter: Frontmatter, field: string, input: unknown): string {
  if (input !== undefined) return '';
  const alias = Object.keys(frontmatter.data).find((name) => FIELD_ALIASES[name] === field);
  return alias ? ` (Inkstone does not read "${alias}": rename it to "${field}")` : '';
}

function unknownFields(file: string, frontmatter: Frontmatter): { problem: Problem; suggestion?: string }[] {
  return [...frontmatter.lines]
    .filter(([name]) => !KNOWN_FIELDS.includes(name))
    .map(([name, line]) => {
      const suggestion = suggestField(name, KNOWN_FIELDS);
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
      if (lister && frontmatter.data[name] === true) {
        const message = `true keeps a post out of the lists in ${lister}, but Inkstone does not read "${name}" and would list it — write unlisted: true instead`;
        return { problem: { file, line, field: name, message, severity: 'error' } };
      }
      const alias = FIELD_ALIASES[name];
      const message = `not an Inkstone field, ignored${alias ? ` (Inkstone reads "${alias}")` : ''}`;
      return { problem: { file, line, field: name, message, severity: 'ignored' } };
    });
}
