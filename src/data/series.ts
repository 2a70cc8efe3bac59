import { getEntry } from 'astro:content';
import { SERIES_ENTRY } from './series-loader.ts';

/**
 * What `content/series.yaml` says each series is about, by the series' name as its posts write it (`seriesFileLoader`).
 * The content check has stopped the build (and warned in the dev server) for a file it cannot read.
 */
export async function seriesDescriptions(): Promise<ReadonlyMap<string, string>> {
  return new Map(Object.entries((await getEntry('series', SERIES_ENTRY))?.data.descriptions ?? {}));
}
