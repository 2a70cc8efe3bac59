import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { describeValue } from '../../schema/messages.ts';
import { parseYaml } from './frontmatter.ts';
import type { CheckedPost } from './index.ts';
import type { Problem } from './problems.ts';
import { closeCategory } from './slugs.ts';

/** The file, from the project root, where a site says what each series is about (optional). */
export const SERIES_FILE = 'content/series.yaml';

/** What the series file says, and what is wrong with it. */
export interface SeriesFileReading {
  /** Each series' description, by the series' name as posts write it. */
  descriptions: Map<string, string>;
  problems: Problem[];
}

const FIX = 'write it indented below the name: "  description: 从检索到评测，一步步搭起一个大模型应用"';

/**
 * Reads the series file (`SERIES_FILE`): a series' name as its posts write it (`series:`), and below it its
 * `description`, which its page shows under its name, and the page of every series beside it.
 *
 * @example
 * readSeriesFile('大模型应用工程:\n  description: 从检索到评测。\n');
 * // { descriptions: Map { '大模型应用工程' => '从检索到评测。' }, problems: [] }
 */
export function readSeriesFile(text: string, file = SERIES_FILE): SeriesFileReading {
  const descriptions = new Map<string, string>();
  const problems: Problem[] = [];
  const error = (line: number, field: string | undefined, message: string) =>
    problems.push({ file, line, ...(field !== undefined && { field }), message, severity: 'error' });
  const parsed = parseYaml(text.replace(/\r\n?/gu, '\n'), 0, 'series names, one per line, each with a description');
  if (!parsed.ok) {
    error(parsed.error.line, 'yaml', parsed.error.message);
    return { descriptions, problems };
  }
  const { data, lines } = parsed.frontmatter;
  // The lines of each series' own fields.
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const fieldLine = (name: string, field: string) => {
    const series = isMap(doc.contents) ? doc.contents.get(name, true) : undefined;
    const pair = isMap(series)
      ? series.items.find((item) => isScalar(item.key) && item.key.value === field)
      : undefined;
    const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    return offset === undefined ? lines.get(name)! : counter.linePos(offset).line;
  };
  for (const [name, value] of Object.entries(data)) {
    const line = lines.get(name)!;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      error(line, name, `expected a description below the name, found ${describeValue(value)} — ${FIX}`);
      continue;
    }
    const fields = value as Record<string, unknown>;
    for (const field of Object.keys(fields).filter((field) => field !== 'description')) {
      error(fieldLine(name, field), `${name}.${field}`, 'unknown field — a series has only a description');
    }
    const description = fields.description;
    if (typeof description === 'string' && description.trim() !== '') {
      descriptions.set(name, description.trim());
    } else if (description === undefined) {
      error(line, name, `expected a description below the name, found none — ${FIX}`);
    } else {
      const found = describeValue(description);
      error(fieldLine(name, 'description'), `${name}.description`, `expected text, found ${found} — ${FIX}`);
    }
  }
  return { descriptions, problems };
}

/**
 * The series file's problems (`readSeriesFile`), and a warning for each series it describes that no post is in, draft
 * or published (`series` holds the posts' series names): a slip in the name, most likely, whose series' page would
 * show no description.
 */
export function checkSeriesFile(text: string, series: ReadonlySet<string>, file = SERIES_FILE): Problem[] {
  const { descriptions, problems } = readSeriesFile(text, file);
  const lines = parseYaml(text.replace(/\r\n?/gu, '\n'), 0);
  for (const name of descriptions.keys()) {
    if (series.has(name)) continue;
    const close = closeCategory(name, series);
    problems.push({
      file,
      line: lines.ok ? (lines.frontmatter.lines.get(name) ?? 1) : 1,
      field: name,
      message: `no post is in the series "${name}", so no page shows this description — ${close ? `write the name as the posts do: ${close}` : "write the name as the posts' series: field does, or remove it"}`,
      severity: 'warning',
    });
  }
  return problems;
}

/** `checkSeriesFile` of the project's series file, against its posts' series; nothing when it has none. */
export function checkProjectSeriesFile(root: string, posts: readonly CheckedPost[]): Problem[] {
  const absolute = path.join(root, SERIES_FILE);
  if (!existsSync(absolute)) return [];
  const series = new Set(posts.flatMap((post) => (post.data.series === undefined ? [] : [post.data.series])));
  return checkSeriesFile(readFileSync(absolute, 'utf8'), series);
}
