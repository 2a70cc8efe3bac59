import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { globSync } from 'tinyglobby';
import { lookup } from 'mrmime';
import type { Plugin } from 'vite';
import { contentFileUrl, isAttachment, servedFileAt, type SiteFolders } from '../lib/file-urls.ts';
import { fromBase } from '../lib/urls.ts';

export interface ContentFilesOptions {
  /** Folder that root-relative URLs (`/X`) name files in, relative to the project root. Default: `content`. */
  contentRoot?: string;
}

const IMAGES = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.tiff', '.gif', '.svg', '.apng', '.ico']);

/**
 * The file of the project served at a URL, if there is one: an image from anywhere in the project, any other file
 * from the content root only (`isAttachment`). Files of `public/` are Astro's to serve.
 */
function servedFile(url: string, folders: SiteFolders): string | undefined {
  const file = servedFileAt(url, folders);
  if (!file) return undefined;
  return IMAGES.has(path.extname(file).toLowerCase()) || isAttachment(file, folders) ? file : undefined;
}

/** The dev server answers a file's URL from the project, as the build serves it, under the site's base. */
function serveInDev(folders: SiteFolders, base: string): Plugin {
  return {
    name: 'inkstone:content-files',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        // A query (`?import`, `?url`) is Vite's own request for a module.
        const url = request.url && !request.url.includes('?') ? request.url : undefined;
        const file = url ? servedFile(fromBase(base, url) ?? url, folders) : undefined;
        if (!file) return next();
        response.setHeader('Content-Type', lookup(file) ?? 'application/octet-stream');
        createReadStream(file).pipe(response);
      });
    },
  };
}

/** A root-relative URL in a `src` or `href` attribute, without its query and hash. Spaces are HTML's (ASCII). */
const REFERENCE = /[\t\n\f\r ](?:src|href)="(\/(?!\/)[^"#?]*)/gu;

/**
 * Every root-relative URL in `src` or `href` attributes of the built pages, without its query and hash, from the
 * site's root: the pages have them under the site's `base` (`/blog/blogs/a.png` → `/blogs/a.png`; those outside it
 * are left out).
 */
export function referencedUrls(outDir: string, base = '/'): Set<string> {
  const urls = new Set<string>();
  for (const page of globSync('**/*.html', { cwd: outDir })) {
    // Read as Latin-1 (a character per byte, four times faster than decoding UTF-8): the pattern is ASCII, and a URL
    // it finds is turned back into the UTF-8 text it was.
    const html = readFileSync(path.join(outDir, page), 'latin1');
    for (const match of html.matchAll(REFERENCE)) {
      const url = fromBase(base, Buffer.from(match[1]!, 'latin1').toString('utf8'));
      if (url !== undefined) urls.add(url);
    }
  }
  return urls;
}

/**
 * Serves post images and the files posts link to as they are at their clean
 * URL (`content/img/a.svg` at `/img/a.svg`, `assets/b.jpg` at `/assets/b.jpg`,
 * `content/blogs/files/slides.pdf` at `/blogs/files/slides.pdf`): the full-size
 * originals that optimized images link to, the formats the image service does
 * not transform (GIF, SVG, APNG, ICO), and attachments (`isAttachment`: files
 * of the content root other than posts, which `remarkPostFiles` links). A build
 * copies only the files its pages reference, never over a file the build wrote
 * (such as one of `public/`); the dev server reads them from the project.
 */
export function contentFiles(options: ContentFilesOptions = {}): AstroIntegration {
  let folders: SiteFolders = { contentRoot: '', projectRoot: '' };
  let base = '/';
  return {
    name: 'inkstone:content-files',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const projectRoot = fileURLToPath(config.root);
        const contentRoot = path.join(projectRoot, options.contentRoot ?? 'content');
        folders = { contentRoot, projectRoot, publicDir: fileURLToPath(config.publicDir) };
        base = config.base;
        updateConfig({ vite: { plugins: [serveInDev(folders, base)] } });
      },
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const url of [...referencedUrls(outDir, base)].sort()) {
          const file = servedFile(url, folders);
          if (!file) continue;
          const target = path.join(outDir, decodeURIComponent(contentFileUrl(file, folders)));
          if (existsSync(target)) continue;
          mkdirSync(path.dirname(target), { recursive: true });
          copyFileSync(file, target);
        }
      },
    },
  };
}
