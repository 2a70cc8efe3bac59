import { existsSync } from 'node:fs';
import path from 'node:path';
import { contentFileUrl, resolveFileUrl, type SiteFolders } from '../file-urls.ts';
import { projectPath } from '../project-path.ts';
import type { SourceRef } from './markdown.ts';
import type { Problem } from './problems.ts';

/** Where images resolve; reported paths are relative to the project root. */
export type ImageCheckOptions = SiteFolders;

/** Why an image URL of a post cannot be served, or undefined when it can. */
function imageProblem(url: string, postFile: string, options: ImageCheckOptions): string | undefined {
  const shown = (file: string) => projectPath(options.projectRoot, file);
  const target = resolveFileUrl(url, { ...options, postFile });
  if (target.kind === 'missing') {
    const lookedFor = `looked for ${target.lookedFor.map(shown).join(' or ')}`;
    if (target.named) {
      return `${url} not found (${lookedFor}; files of that name: ${target.named.map(shown).join(', ')}) — write the path of the one meant`;
    }
    return `${url} not found (${lookedFor}) — fix the path or add the file`;
  }
  if (target.kind === 'outside') {
    return `${url} leads to ${shown(target.file)}, outside the project — move the image into the project and fix the path`;
  }
  if (target.kind !== 'local') return undefined;
  // The site serves `public/` itself: a file there at the same URL would shadow this one.
  const publicDir = options.publicDir ?? path.join(options.projectRoot, 'public');
  const served = contentFileUrl(target.file, options);
  const shadow = path.join(publicDir, decodeURIComponent(served));
  if (!existsSync(shadow)) return undefined;
  return `${url} is served at ${served}, as ${shown(shadow)} is too — rename or move one of them`;
}

/** A problem for each local image (Markdown, HTML or `cover`) that the site cannot serve. */
export function checkImages(
  file: string,
  postFile: string,
  images: readonly (SourceRef & { field?: string })[],
  options: ImageCheckOptions,
): Problem[] {
  const problems: Problem[] = [];
  for (const { url, line, field = 'image' } of images) {
    const message = imageProblem(url, postFile, options);
    if (message) problems.push({ file, line, field, message, severity: 'error' });
  }
  return problems;
}
