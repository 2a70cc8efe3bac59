import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { globSync } from 'tinyglobby';

/**
 * The project's files that `astro.config.ts` imports, and those they import, from the project's root: the site config,
 * the integrations, and the Markdown pipeline with the code it shares with the pages. `tests/unit/config-load.test.ts`
 * fails when the config imports one these do not match.
 */
export const CONFIG_FILES = [
  'src/site.config.ts',
  'src/integrations/**/*.ts',
  'src/markdown/**/*.ts',
  'src/lib/**/*.ts',
  'src/schema/**/*.ts',
  'src/data/markdown.ts',
  'src/data/i18n.ts',
];

export interface ConfigFilesOptions {
  /** Globs of the files to watch, from the project's root. Default: `CONFIG_FILES`. */
  files?: readonly string[];
}

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
export function configFiles(options: ConfigFilesOptions = {}): AstroIntegration {
  return {
    name: 'inkstone:config-files',
    hooks: {
      'astro:config:setup': ({ command, config, addWatchFile }) => {
        if (command !== 'dev') return;
        const root = fileURLToPath(config.root);
        for (const file of globSync([...(options.files ?? CONFIG_FILES)], { cwd: root, absolute: true })) {
          addWatchFile(file);
        }
      },
    },
  };
}
