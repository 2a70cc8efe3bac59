import { readSeriesFile } from '../lib/content-check/series-file.ts';

// The series file, if the site has one, as text: Vite reloads the pages that show it when it changes.
const files = import.meta.glob<string>('/content/series.yaml', { query: '?raw', import: 'default', eager: true });

/**
 * What `content/series.yaml` says each series is about, by the series' name as its posts write it. The content check
 * has stopped the build (and warned in the dev server) for a file it cannot read.
 */
export const seriesDescriptions: ReadonlyMap<string, string> = new Map(
  Object.values(files).flatMap((text) => [...readSeriesFile(text).descriptions]),
);
