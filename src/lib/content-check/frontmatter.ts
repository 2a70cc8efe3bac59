import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';

/** The frontmatter block of a post, parsed with line numbers. */
export interface Frontmatter {
  /** The fields, as plain values (dates stay strings: the schema checks them as written). */
  data: Record<string, unknown>;
  /** File line of each top-level field's key. */
  lines: Map<string, number>;
  /** File line of a field or of one item of a list field (`tags.1`); the `---` line when unknown. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** A problem that stops the frontmatter from being read at all. */
export interface FrontmatterError {
  line: number;
  message: string;
}

export type FrontmatterResult =
  { ok: true; frontmatter: Frontmatter; body: string } | { ok: false; error: FrontmatterError };

/** `---` on the first line (after blank lines, as Astro allows), then YAML, then `---`. */
const OPENING = /^(?:[ \t]*\n)*---[ \t]*\n/u;
const CLOSING = /^---[ \t]*$/mu;

/** A post's frontmatter block, not yet parsed, and its body with the block's lines blanked. */
export type FrontmatterSplit =
  { ok: true; yaml: string; openingLine: number; body: string } | { ok: false; error: FrontmatterError };

/**
 * Finds the frontmatter block of a post (already normalised to `\n`). The body
 * keeps the block's lines as blank lines, so positions in it are positions in
 * the file.
 */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const opening = OPENING.exec(text);
  if (!opening) {
    return {
      ok: false,
      error: { line: 1, message: 'no frontmatter — start the file with a --- block holding title, date and category' },
    };
  }
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  const openingLine = opening[0].split('\n').length - 1;
  if (!closing) {
    return {
      ok: false,
      error: { line: openingLine, message: 'the --- block is never closed — add a line with --- after the last field' },
    };
  }
  const end = opening[0].length + closing.index + closing[0].length;
  const body = text.slice(0, end).replace(/[^\n]/gu, ' ') + text.slice(end);
  return { ok: true, yaml: rest.slice(0, closing.index), openingLine, body };
}

/** Splits a post (already normalised to `\n`) into its frontmatter, parsed, and its body (see `splitFrontmatter`). */
export function readFrontmatter(text: string): FrontmatterResult {
  const split = splitFrontmatter(text);
  if (!split.ok) return split;
  const parsed = parseYaml(split.yaml, split.openingLine);
  return parsed.ok ? { ok: true, frontmatter: parsed.frontmatter, body: split.body } : parsed;
}

/**
 * Parses YAML fields, `source` starting at file line `openingLine` (the `---` line of frontmatter, or 0 for a YAML file
 * of its own), with each field's line; `expected` names what the fields are, for a file of one single value.
 */
export function parseYaml(
  source: string,
  openingLine: number,
  expected = 'fields such as "title: …", one per line',
): { ok: true; frontmatter: Frontmatter } | { ok: false; error: FrontmatterError } {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + openingLine;
  const [first] = doc.errors;
  if (first) {
    const { offset, message } = explainYamlError(first, source);
    return { ok: false, error: { line: lineAt(offset), message } };
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    return {
      ok: false,
      error: { line: Math.max(openingLine, 1), message: `expected ${expected}, found a single value` },
    };
  }
  return { ok: true, frontmatter: toFrontmatter(doc, lineAt, openingLine) };
}

function toFrontmatter(doc: Document, lineAt: (offset: number) => number, openingLine: number): Frontmatter {
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const nodes = new Map<string, { key: Node; value: unknown }>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key)) nodes.set(String(pair.key.value), { key: pair.key, value: pair.value });
    }
  }
  const lines = new Map([...nodes].map(([name, { key }]) => [name, lineAt(key.range![0])]));
  const lineOf = (path: readonly PropertyKey[]) => {
    const node = nodes.get(String(path[0]));
    if (!node) return openingLine;
    const item = isSeq(node.value) && typeof path[1] === 'number' ? node.value.items[path[1]] : undefined;
    const range = (item as Node | undefined)?.range ?? node.key.range;
    return lineAt(range![0]);
  };
  return { data, lines, lineOf };
}

/** Where a YAML error starts and how to fix it; the common ones get their own words. */
function explainYamlError(error: YAMLError, source: string): { offset: number; message: string } {
  const offset = error.pos[0];
  const quote = /closing (["'])quote/u.exec(error.message)?.[1];
  if (quote) {
    // The parser notices at the end of the block; the quote was opened on the last line holding one.
    const opened = source.lastIndexOf(quote, offset - 1);
    return {
      offset: opened === -1 ? offset : opened,
      message: `invalid YAML: the value quoted with ${quote} on this line is never closed — add the closing ${quote}`,
    };
  }
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/u.exec(source.slice(offset))![0].trim();
    return { offset, message: `invalid YAML: "${key}" appears twice — keep one of them` };
  }
  const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '');
  return { offset, message: `invalid YAML: ${reason} — check the quotes, colons and indentation on this line` };
}
