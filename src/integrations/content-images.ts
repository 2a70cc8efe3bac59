import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { globSync } from 'tinyglobby';
import type { Plugin } from 'vite';
import { resolveImagePath } from '../lib/image-paths.ts';

export interface ContentImagesOptions {
  /** Folder of the posts and their images, relative to the project root. Default: `content/blogs`. */
  contentDir?: string;
  /** URL prefix that folder is served under. Default: `/blogs/`. */
  urlPrefix?: string;
}

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.tiff': 'image/tiff',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.apng': 'image/apng',
  '.ico': 'image/x-icon',
};

/** The image file of the content folder a URL path names, if there is one. */
function imageFile(urlPath: string, contentDir: string, urlPrefix: string): string | undefined {
  const target = resolveImagePath(urlPath, { postFile: path.join(contentDir, 'index.md'), contentDir, urlPrefix });
  if (target.kind !== 'local' || !TYPES[path.extname(target.file).toLowerCase()]) return undefined;
  if (path.relative(contentDir, target.file).startsWith('..')) return undefined;
  return existsSync(target.file) && statSync(target.file).isFile() ? target.file : undefined;
}

/** The dev server answers `/blogs/images/…` from the content folder. */
function serveInDev(contentDir: string, urlPrefix: string): Plugin {
  return {
    name: 'inkstone:content-images',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const file = request.url?.startsWith(urlPrefix) ? imageFile(request.url, contentDir, urlPrefix) : undefined;
        if (!file) return next();
        response.setHeader('Content-Type', TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
        createReadStream(file).pipe(response);
      });
    },
  };
}

/** Every `/blogs/…` URL in `src` or `href` attributes of the built pages. */
function referencedUrls(outDir: string, urlPrefix: string): Set<string> {
  const pattern = new RegExp(`\\s(?:src|href)="(${urlPrefix.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}[^"#?]+)"`, 'gu');
  const urls = new Set<string>();
  for (const page of globSync('**/*.html', { cwd: outDir })) {
    for (const match of readFileSync(path.join(outDir, page), 'utf8').matchAll(pattern)) urls.add(match[1] as string);
  }
  return urls;
}

/**
 * Serves post images as they are at the URL authors write, `/blogs/images/x.png`:
 * the full-size originals that optimized images link to, and the formats the
 * image service does not transform (GIF, SVG, APNG, ICO). A build copies only
 * the files its pages reference; the dev server reads them from the folder.
 */
export function contentImages(options: ContentImagesOptions = {}): AstroIntegration {
  const urlPrefix = options.urlPrefix ?? '/blogs/';
  let contentDir = '';
  return {
    name: 'inkstone:content-images',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        contentDir = path.join(fileURLToPath(config.root), options.contentDir ?? 'content/blogs');
        updateConfig({ vite: { plugins: [serveInDev(contentDir, urlPrefix)] } });
      },
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const url of [...referencedUrls(outDir, urlPrefix)].sort()) {
          const file = imageFile(url, contentDir, urlPrefix);
          if (!file) continue;
          const target = path.join(outDir, decodeURIComponent(url));
          mkdirSync(path.dirname(target), { recursive: true });
          copyFileSync(file, target);
        }
      },
    },
  };
}
