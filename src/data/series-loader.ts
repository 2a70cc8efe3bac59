import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readSeriesFile, SERIES_FILE } from '../lib/content-check/series-file.ts';

/**
 * The one entry of the collection: the descriptions of every series, by name. One entry even without a file, so
 * the collection always exists (Astro warns of an empty one on every page that reads it).
 */
export const SERIES_ENTRY = 'descriptions';

/** The dev servers' file watchers already listened to, as Astro loads a collection again on every sync. */
const watched = new WeakSet<object>();

/**
 * Loads the series file (`content/series.yaml`, optional) into a collection of one entry (`SERIES_ENTRY`) holding
 * each series' `description` by the series' name. The content check reports a file it cannot read (`readSeriesFile`'s
 * problems); the descriptions it can read are kept. The dev server loads the file again when it is added, changed or
 * deleted.
 *
 * @example
 * defineCollection({ loader: seriesFileLoader(), schema: z.object({ descriptions: z.record(z.string(), z.string()) }) });
 */
export function seriesFileLoader(file = SERIES_FILE): Loader {
  return {
    name: 'inkstone-series-file',
    load: async (context: LoaderContext) => {
      const { config, store, watcher } = context;
      const absolute = path.join(fileURLToPath(config.root), file);
      const sync = async () => {
        const text = existsSync(absolute) ? readFileSync(absolute, 'utf8') : '';
        const descriptions = Object.fromEntries(readSeriesFile(text, file).descriptions);
        const data = await context.parseData({ id: SERIES_ENTRY, data: { descriptions } });
        store.set({ id: SERIES_ENTRY, data, digest: context.generateDigest(data) });
      };
      await sync();
      if (!watcher || watched.has(watcher)) return;
      watched.add(watcher);
      watcher.on('all', (_event, changed) => {
        if (changed === absolute) void sync();
      });
    },
  };
}
