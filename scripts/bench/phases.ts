/**
 * Splits a build into phases from the moments Astro's log lines arrived
 * (`BuildResult.lines`). A phase ends at the line that marks its end, so its
 * time is the gap since the previous phase ended. Integrations log when they
 * finish, so an `[integration]` line ends that integration's phase.
 */
import type { BuildResult } from '../lib/fixture-site.ts';

export interface Phase {
  name: string;
  ms: number;
}

/** Tags Astro itself (and the bench's hook timer) logs under; any other `[tag]` is an integration. */
const ASTRO_TAGS = new Set(['build', 'vite', 'content', 'types', 'config', 'WARN', 'ERROR', 'check', 'bench-hook']);

/** Which phase a line ends, or undefined when it ends none. `inSection` is the open route/image section. */
function phaseEndedBy(text: string, inSection: string | undefined): string | undefined {
  // The content guard's first line comes after Node, Astro and the config have started, and after it rendered the new
  // and changed posts (`renderEarly`) or, with few of them, while they render in the background.
  if (/\[inkstone:content-guard\] rendered \d+ and checked/.test(text)) return 'start, content check + Markdown render';
  if (/\[inkstone:content-guard\] checked \d+ posts in/.test(text)) return 'start + content check';
  if (/\[inkstone:content-guard\] checked the links/.test(text)) return 'link check of the built site';
  if (/\[content\] Syncing content/.test(text)) return 'startup (config, setup hooks, Vite server)';
  if (/\[content\] Synced content/.test(text)) return 'content sync + Markdown render';
  if (/Building static entrypoints/.test(text)) return 'types, build info';
  if (/generating static routes/.test(text)) return 'Vite bundle (server + client)';
  if (/generating optimized images/.test(text)) return 'between routes and images';
  if (inSection && /✓ Completed in/.test(text)) return inSection;
  const tag = /\[([^\]\s]+)\]/.exec(text)?.[1];
  if (tag && !ASTRO_TAGS.has(tag)) return `integration ${tag}`;
  return undefined;
}

/** Phases of one build in order; the last one runs to the end of the process. */
export function buildPhases(result: Pick<BuildResult, 'lines' | 'ms'>): Phase[] {
  const phases: Phase[] = [];
  let since = 0;
  let section: string | undefined;
  const end = (name: string, ms: number) => {
    const last = phases.at(-1);
    if (last?.name === name) last.ms += ms - since;
    else phases.push({ name, ms: ms - since });
    since = ms;
  };
  for (const { text, ms } of result.lines) {
    const name = phaseEndedBy(text, section);
    if (name) end(name, ms);
    if (/generating static routes/.test(text)) section = 'page generation';
    else if (/generating optimized images/.test(text)) section = 'images';
    else if (name === section) section = undefined;
  }
  end('finishing (silent build:done hooks, exit)', result.ms);
  return phases.filter((phase) => phase.ms >= 1 || phase.name.startsWith('integration'));
}

export type RouteGroup = Phase & { routes: number };

/**
 * Route render times Astro prints as `├─ /path/index.html (+12ms)` (`└─` for the
 * last of a route), summed for post pages, other pages and other files (feeds,
 * robots.txt). They leave out `getStaticPaths()`, which runs for every route
 * before the first is rendered. Where pages are generated several at a time
 * (`build.concurrency`), each time includes the waits for the others, so the
 * sums overlap and exceed the phase.
 */
export function routeTimes(lines: BuildResult['lines']): RouteGroup[] {
  const groups = ['post pages', 'other pages', 'other files'].map((name) => ({ name, ms: 0, routes: 0 }));
  for (const { text } of lines) {
    const match = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(m?s)\)/.exec(text);
    if (!match) continue;
    const route = match[1]!;
    const group = groups[!route.endsWith('.html') ? 2 : route.startsWith('/blogs/') ? 0 : 1]!;
    group.ms += Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    group.routes += 1;
  }
  return groups;
}

export interface ImageWork {
  /** Renditions encoded in this build, and the time each took summed (they run concurrently). */
  encoded: number;
  encodeMs: number;
  /** Renditions taken from Astro's asset cache. */
  reused: number;
}

/** Image renditions Astro logged as `▶ /_astro/x.webp (before: 32kB, after: 29kB) (+118ms)` or `(reused cache entry)`. */
export function imageWork(lines: BuildResult['lines']): ImageWork {
  const work: ImageWork = { encoded: 0, encodeMs: 0, reused: 0 };
  for (const { text } of lines) {
    if (!text.includes('▶ ')) continue;
    if (/\((reused|revalidated) cache entry\)/.test(text)) work.reused += 1;
    const encoded = /\(before: .*\) \(\+(\d+(?:\.\d+)?)(m?s)\)/.exec(text);
    if (!encoded) continue;
    work.encoded += 1;
    work.encodeMs += Number(encoded[1]) * (encoded[2] === 's' ? 1000 : 1);
  }
  return work;
}

/** Per-phase medians over several builds of the same kind (phases missing from a build count as 0). */
export function medianPhases(builds: Phase[][]): Phase[] {
  const names = [...new Set(builds.flat().map((phase) => phase.name))];
  return names.map((name) => ({
    name,
    ms: median(builds.map((phases) => phases.find((phase) => phase.name === name)?.ms ?? 0)),
  }));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
