import { existsSync, readFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import { projectPath } from '../lib/project-path.ts';
import { astroFrontmatter } from './astro-data.ts';

export interface RehypeReportOptions {
  /** Folder that file paths are shown relative to. Default: the working directory. */
  root?: string;
  /** Where each line goes. Default: `console.warn`. */
  log?: (line: string) => void;
}

/**
 * Astro renders a post's body without its frontmatter (and trimmed), so
 * positions count from the first line of the body. The number of lines before
 * it in the file on disk puts them back on the author's line numbers.
 */
function bodyLineOffset(file: VFile): number {
  if (!file.path || !existsSync(file.path)) return 0;
  const source = readFileSync(file.path, 'utf8');
  const start = source.indexOf(String(file));
  return start > 0 ? source.slice(0, start).split('\n').length - 1 : 0;
}

type VFileMessage = VFile['messages'][number];

/** `warning content/blogs/a.md:12:3 Could not render math with KaTeX: … [parseerror]` */
export function formatMessage(message: VFileMessage, where: string, lineOffset = 0): string {
  const line = message.line === undefined ? '' : `:${message.line + lineOffset}:${message.column ?? 1}`;
  const cause = message.cause as { rawMessage?: string; message?: string } | undefined;
  const detail = cause ? `: ${cause.rawMessage ?? cause.message}` : '';
  return `${message.fatal ? 'error' : 'warning'} ${where}${line} ${message.reason}${detail} [${message.ruleId ?? message.source ?? 'markdown'}]`;
}

/**
 * Prints every message the plugins left on the file (Astro drops them), with
 * the file, line and column, in the order of the file. Fatal ones are also
 * stored as `renderErrors` in the frontmatter handed back to pages, where the
 * post loader fails the build on them: Astro only logs errors thrown while
 * rendering Markdown collections. Goes last in the rehype plugins.
 *
 * @example
 *   `$\foo$` on line 12 of `content/blogs/a.md` → prints
 *   `warning content/blogs/a.md:12:1 Could not render math with KaTeX: Undefined control sequence: \foo [parseerror]`
 */
export function rehypeReport(options: RehypeReportOptions = {}) {
  const root = options.root ?? process.cwd();
  const log = options.log ?? ((line: string) => console.warn(line));
  return (_tree: unknown, file: VFile) => {
    if (file.messages.length === 0) return;
    const where = file.path ? projectPath(root, file.path) : '<markdown>';
    const offset = bodyLineOffset(file);
    // In the order of the file, whichever plugin found them.
    const messages = [...file.messages].sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    );
    for (const message of messages) log(formatMessage(message, where, offset));
    const errors = messages.filter((message) => message.fatal).map((message) => formatMessage(message, where, offset));
    if (errors.length > 0) astroFrontmatter(file).renderErrors = errors;
  };
}
