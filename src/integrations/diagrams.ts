import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { globSync } from 'tinyglobby';
import { MERMAID_FILES, mermaidFileOf, mermaidFolder } from '../lib/diagrams.ts';

export interface DiagramsOptions {
  /** Whether a published post has a diagram, once the content check has read them: only then does a build ship Mermaid. */
  used: () => boolean;
}

/** Mermaid's `dist/` folder and version, as installed for the project in `root`. */
function installedMermaid(root: string): { dist: string; version: string } {
  const manifest = createRequire(path.join(root, 'package.json')).resolve('mermaid/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { dist: path.join(path.dirname(manifest), 'dist'), version };
}

/**
 * Serves Mermaid's browser build (`src/lib/diagrams.ts`) at `<base>_inkstone/mermaid-<version>/`, from which the
 * posts' script (`src/scripts/diagrams.ts`) loads it when a page has a diagram: the dev server from `node_modules`, and a
 * build by copying its files into the output when a published post has a diagram (5 MB in about 100 files, of which a
 * page fetches the entry and the chunks its diagrams need).
 */
export function diagrams(options: DiagramsOptions): AstroIntegration {
  let mermaid = { dist: '', version: '' };
  let base = '/';
  return {
    name: 'inkstone:diagrams',
    hooks: {
      'astro:config:done': ({ config }) => {
        mermaid = installedMermaid(fileURLToPath(config.root));
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const file = mermaidFileOf(new URL(request.url ?? '/', 'http://localhost').pathname, base, mermaid.version);
          if (!file) return next();
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(readFileSync(path.join(mermaid.dist, file)));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!options.used()) return;
        const target = path.join(fileURLToPath(dir), mermaidFolder(mermaid.version));
        // Copied, not linked: a file of the output changed after the build (compressed in place, say) would change the
        // installed package too.
        const files = globSync(MERMAID_FILES, { cwd: mermaid.dist });
        for (const file of files) {
          mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
          copyFileSync(path.join(mermaid.dist, file), path.join(target, file));
        }
        logger.info(`copied Mermaid ${mermaid.version} (${files.length} files) for the posts' diagrams`);
      },
    },
  };
}
