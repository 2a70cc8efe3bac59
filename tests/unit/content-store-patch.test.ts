import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'inkstone-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

describe('the installed astro', () => {
  // `scripts/patches/astro+7.3.5.patch`, applied by `postinstall`: without it, Astro waits 500 ms after a change to the
  // content before writing its store, which the dev server's pages read, so a saved post showed 0.6 s later.
  it('writes its content store 50 ms after a change', async () => {
    const store = await MutableDataStore.fromFile(pathToFileURL(path.join(root, 'data-store.json')));
    vi.useFakeTimers();
    const written = vi.spyOn(store, 'writeToDisk').mockResolvedValue(undefined);
    store.set('blogs', 'a', { id: 'a', data: {} });
    vi.advanceTimersByTime(49);
    expect(written).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(written).toHaveBeenCalledTimes(1);
  });
});
