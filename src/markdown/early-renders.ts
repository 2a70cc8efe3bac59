/**
 * Where posts rendered before Astro's content sync (`renderEarly`) wait for the posts loader. Kept apart from
 * `render-early.ts`, so the loader's module graph, which Vite transforms at the start of every build, does not take in
 * the content check and the syntax plugins with it.
 */
import type { Rendered } from './render-pool.ts';

/** A post rendered before Astro's content sync, and the warnings its rendering printed. */
export interface EarlyRender {
  /** The body it was rendered from, as Astro's glob loader reads it. */
  body: string;
  result: Rendered;
  lines: string[];
}

/**
 * The posts rendered early, by file, until the loader takes them. The content guard (loaded with `astro.config.ts`)
 * and the loader (loaded with `src/content.config.ts`) get separate copies of this module, so the map hangs off the
 * process.
 */
const WAITING = Symbol.for('inkstone.earlyRenders');
export function waitingRenders(): Map<string, Promise<EarlyRender | undefined>> {
  const holder = globalThis as { [WAITING]?: Map<string, Promise<EarlyRender | undefined>> };
  holder[WAITING] ??= new Map();
  return holder[WAITING];
}

/**
 * The post rendered early from `filePath`, once its rendering is done, if it was rendered from this very `body`; it is
 * handed out once. Anything else (another body, a post that failed, a build that did not render early) is for the
 * caller to render.
 */
export async function takeEarlyRender(filePath: string, body: string): Promise<EarlyRender | undefined> {
  const pending = waitingRenders().get(filePath);
  if (!pending) return undefined;
  const early = await pending;
  if (!early || early.body !== body) return undefined;
  waitingRenders().delete(filePath);
  return early;
}

/**
 * Forgets the posts rendered early that the loader did not take, once it has loaded the posts, so they do not stay in
 * memory for the rest of the build or dev server: a post that failed (the loader renders it again to report it), or
 * one whose entry Astro kept from the last build when the check's cache of facts was deleted. Returns how many there
 * were.
 */
export function dropEarlyRenders(): number {
  const left = waitingRenders().size;
  waitingRenders().clear();
  return left;
}
