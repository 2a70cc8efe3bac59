import { existsSync } from 'node:fs';
import path from 'node:path';
import { resolveImagePath } from '../image-paths.ts';
import { safeDecode } from './links.ts';
import type { SourceRef } from './markdown.ts';
import type { Problem } from './problems.ts';

export interface ImageCheckOptions {
  /** Project root: reported paths are relative to it. */
  root: string;
  /** Absolute `content/blogs` folder. */
  contentDir: string;
  /** Absolute folders a root-relative URL such as `/favicon.ico` may be served from (`public/`). */
  siteDirs: readonly string[];
}

/** A problem for each local image (Markdown, HTML or `cover`) whose file does not exist. */
export function checkImages(
  file: string,
  postFile: string,
  images: readonly (SourceRef & { field?: string })[],
  options: ImageCheckOptions,
): Problem[] {
  const problems: Problem[] = [];
  for (const { url, line, field = 'image' } of images) {
    const target = resolveImagePath(url, { postFile, contentDir: options.contentDir });
    if (target.kind === 'remote') continue;
    const candidates =
      target.kind === 'local'
        ? [target.file]
        : options.siteDirs.map((dir) => path.join(dir, safeDecode(target.url.replace(/[?#].*$/su, ''))));
    if (candidates.some((candidate) => existsSync(candidate))) continue;
    const lookedFor = candidates.map((c) => path.relative(options.root, c).split(path.sep).join('/')).join(' or ');
    problems.push({
      file,
      line,
      field,
      message: `${url} not found (looked for ${lookedFor}) — fix the path or add the file`,
      severity: 'error',
    });
  }
  return problems;
}
