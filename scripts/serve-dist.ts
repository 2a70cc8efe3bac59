/**
 * Serves a built site as a plain static file server would (no Astro involved),
 * so tests see what a real host serves: `404.html` for unknown paths and
 * percent-encoded Chinese paths decoded to their folders.
 *
 * Usage: `node scripts/serve-dist.ts [dir] [port]` (defaults: `$INKSTONE_OUT_DIR` or `dist`, 4321), under the path of
 * the site config's `url` (`/blog/` for `https://me.github.io/blog/`).
 */
import { createServer, type Server } from 'node:http';
import handler from 'serve-handler';
import { basePath, fromBase } from '../src/lib/urls.ts';

/**
 * Starts the server; resolves once it listens. Port 0 picks a free port. With `base` (`/blog/`), the site is served
 * under that path, as a GitHub Pages project site is, and nothing outside it.
 */
export function serveDist(dir: string, port: number, base = '/'): Promise<Server> {
  const server = createServer((request, response) => {
    const url = fromBase(base, request.url ?? '/');
    if (url === undefined) {
      response.writeHead(404).end();
      return;
    }
    request.url = url;
    void handler(request, response, { public: dir, cleanUrls: true, trailingSlash: true, directoryListing: false });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.main) {
  const dir = process.argv[2] ?? process.env.INKSTONE_OUT_DIR ?? 'dist';
  const port = Number(process.argv[3] ?? 4321);
  // Under the path the site config's `url` has, as its host serves it.
  const base = basePath((await import('../src/site.config.ts')).site.url);
  await serveDist(dir, port, base);
  console.log(`serving ${dir} at http://127.0.0.1:${port}${base}`);
}
