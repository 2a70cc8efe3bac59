import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { globSync } from 'tinyglobby';

/** A `<source>` of a `<picture>`: the one kind with a `srcset`. */
const PICTURE_SOURCE = /<source\b[^>]*\ssrcset="[^"]*"[^>]*>/gu;
/** Attributes an `<img>` takes but a picture's `<source>` must not have. */
const IMG_ONLY = /\s(?:src|loading|decoding|fetchpriority)="[^"]*"/gu;

/** `html` without the attributes HTML forbids on a picture's sources. */
export function tidyPictureSources(html: string): string {
  return html.replace(PICTURE_SOURCE, (tag) => tag.replace(IMG_ONLY, ''));
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
        for (const page of globSync('**/*.html', { cwd: outDir })) {
          const file = path.join(outDir, page);
          const html = readFileSync(file, 'utf8');
          const tidy = tidyPictureSources(html);
          if (tidy !== html) writeFileSync(file, tidy);
        }
      },
    },
  };
}
