import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { DESCRIPTIONS_FILES, readDescriptionsFile, type Described } from '../lib/content-check/descriptions-file.ts';
import { listenAgain } from '../lib/watcher-listeners.ts';

/**
 * The one entry of a descriptions collection: every description, by name. One entry even without a file, so the
 * collection always exists (Astro warns of an empty one on every page that reads it).
 */
export const DESCRIPTIONS_ENTRY = 'descriptions';

/** How long after the last event of a descriptions file the dev server reads it again. */
const SETTLE_MS = 100;

/**
 * Loads a descriptions file (`content/series.yaml`, `content/categories.yaml`, `content/tags.yaml`,
 * `content/authors.yaml`, each optional) into a collection of one entry (`DESCRIPTIONS_ENTRY`) holding each description
 * by the name the file gives, and each author's page and picture (`profiles`). The content check reports a file it cannot read (`readDescriptionsFile`'s problems); the
 * descriptions it can read are kept. The dev server loads the file again when it is added, changed or deleted.
 *
 * @example
 * defineCollection({ loader: descriptionsLoader('series'), schema: z.object({ descriptions: …, profiles: … }) });
 */
export function descriptionsLoader(what: Described): Loader {
  const file = DESCRIPTIONS_FILES[what];
  return {
    name: 'inkstone-descriptions',
    load: async (context: LoaderContext) => {
      const { config, store, watcher } = context;
      const absolute = path.join(fileURLToPath(config.root), file);
      const sync = async () => {
        const text = existsSync(absolute) ? readFileSync(absolute, 'utf8') : '';
        const reading = readDescriptionsFile(text, what);
        const descriptions = Object.fromEntries(reading.descriptions);
        const profiles = Object.fromEntries(reading.profiles);
        const data = await context.parseData({ id: DESCRIPTIONS_ENTRY, data: { descriptions, profiles } });
        store.set({ id: DESCRIPTIONS_ENTRY, data, digest: context.generateDigest(data) });
      };
      await sync();
      if (!watcher) return;
      // Read once the file is written: a save can come as two events, the first while the file is still empty.
      let timer: NodeJS.Timeout | undefined;
      const onFile = (changed: string) => {
        if (changed !== absolute) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          // As the glob loader says of a post it loads again.
          void sync().then(() => context.logger.info(`Reloaded descriptions from ${file}`));
        }, SETTLE_MS);
      };
      listenAgain(watcher, file, { add: onFile, change: onFile, unlink: onFile });
    },
  };
}
