/**
 * Where a site serves Mermaid, which draws the diagrams of its posts in the browser: its published browser build (an
 * entry module and the chunks it imports, each diagram type's loaded when a page has one), as files of their own, not
 * bundled by Vite, so a build spends no time on them and a site without diagrams ships none. The version is in the
 * folder's name, so the files can be cached for good.
 */

/** The entry module, in Mermaid's `dist/` folder. */
export const MERMAID_ENTRY = 'mermaid.esm.min.mjs';

/** The folder of the chunks the entry imports, in Mermaid's `dist/`. */
const CHUNKS = 'chunks/mermaid.esm.min/';

/** The entry and the chunks it imports, relative to Mermaid's `dist/`; the source maps stay out. */
export const MERMAID_FILES = [MERMAID_ENTRY, `${CHUNKS}*.mjs`];

/**
 * The folder of the site (under its base) that holds Mermaid's files.
 *
 * @example
 * mermaidFolder('12.3.0'); // '_inkstone/mermaid-12.3.0/'
 */
export function mermaidFolder(version: string): string {
  return `_inkstone/mermaid-${version}/`;
}

/**
 * The file of Mermaid's `dist/` a request for `pathname` asks for, or undefined if it asks for none of those shipped:
 * another folder, another file, or a path that climbs out.
 *
 * @example
 * mermaidFileOf('/_inkstone/mermaid-12.3.0/chunks/mermaid.esm.min/chunk-A.mjs', '/', '12.3.0');
 * // 'chunks/mermaid.esm.min/chunk-A.mjs'
 */
export function mermaidFileOf(pathname: string, base: string, version: string): string | undefined {
  const prefix = `${base.endsWith('/') ? base : `${base}/`}${mermaidFolder(version)}`;
  if (!pathname.startsWith(prefix)) return undefined;
  const file = pathname.slice(prefix.length);
  if (file === MERMAID_ENTRY) return file;
  // One of `MERMAID_FILES`' chunks: a file name, not a path.
  const chunk = file.startsWith(CHUNKS) ? file.slice(CHUNKS.length) : '';
  return /^[\w-][\w.-]*\.mjs$/u.test(chunk) && !chunk.includes('..') ? file : undefined;
}
