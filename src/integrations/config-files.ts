import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { globSync } from 'tinyglobby';
import { PIPELINE_FILES } from '../markdown/posts-loader.ts';

/**
 * The project's files that `astro.config.ts` imports, and those they import, from the project's root: the Markdown
 * pipeline's source files (the site config and the code it shares with the pages among them), the integrations and the
 * schemas. `tests/unit/config-load.test.ts` fails when the config imports a file these do not match.
 */
export const CONFIG_FILES = [
  ...PIPELINE_FILES.filter((glob) => glob.startsWith('src/')),
  'src/integrations/**',
  'src/schema/**',
];

/**
 * Restarts the dev server when a file `astro.config.ts` imports changes, as a change to the config itself does. Astro
 * watches the config file alone: a new `language` in `src/site.config.ts` reached the pages, which import it through
 * Vite, but not the Markdown pipeline, the integrations' options or the render workers, which kept the config they
 * started with. A restart loads the config and what it imports afresh (through Vite: `scripts/patches/README.md`), and
 * the posts loader renders the posts again when the pipeline's files have changed.
 *
 * @example
 * // astro.config.ts
 * integrations: [configFiles()]
 */
export function configFiles(): AstroIntegration {
  return {
    name: 'inkstone:config-files',
    hooks: {
      'astro:config:setup': ({ command, config, addWatchFile }) => {
        if (command !== 'dev') return;
        for (const file of globSync(CONFIG_FILES, { cwd: fileURLToPath(config.root), absolute: true })) {
          addWatchFile(file);
        }
      },
    },
  };
}
