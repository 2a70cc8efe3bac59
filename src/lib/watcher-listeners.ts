/** A dev server's file watcher as content loaders get it (`LoaderContext['watcher']`, chokidar's, wrapped by Astro). */
export interface FileWatcher {
  on(event: string, listener: (file: string) => void): unknown;
  off(event: string, listener: (file: string) => void): unknown;
}

/** What each watcher was given under each key, to be taken back when the key listens again. */
const given = new WeakMap<FileWatcher, Map<string, [string, (file: string) => void][]>>();

/**
 * Makes `listeners` (by event: `add`, `change`, `unlink`) what `key` listens to the watcher with, in place of
 * what it listened with before. Astro calls a loader's `load` on every content sync: after a full one (the content
 * config changed) it has removed the listeners loaders gave it, which must be given again; after a sync of one
 * collection it has not, and giving them again would run each twice.
 *
 * @example
 * listenAgain(context.watcher, 'content/series.yaml', { add: reload, change: reload, unlink: reload });
 */
export function listenAgain(
  watcher: FileWatcher,
  key: string,
  listeners: Readonly<Record<string, (file: string) => void>>,
): void {
  const byKey = given.get(watcher) ?? new Map<string, [string, (file: string) => void][]>();
  given.set(watcher, byKey);
  for (const [event, listener] of byKey.get(key) ?? []) watcher.off(event, listener);
  const entries = Object.entries(listeners);
  for (const [event, listener] of entries) watcher.on(event, listener);
  byKey.set(key, entries);
}
