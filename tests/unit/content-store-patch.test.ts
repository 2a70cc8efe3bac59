import { promises as fs, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

  // The same patch: Astro kept the map of the MDX posts' modules (which the dev server renders them through) and of
  // images in files it writes 50 ms after a change, but an entry added while the file was being written was lost: the
  // write that followed either found nothing to do (the flag saying there was was cleared after the first write) or
  // wrote the first write's map again. The dev server then failed to render an MDX post after the content config
  // changed (about 1 run of its tests in 30).
  describe('keeps an MDX module added while the map of modules is being written', () => {
    let release: () => void = () => {};
    let started: () => void = () => {};
    let held = false;
    afterEach(() => vi.restoreAllMocks());

    /** An MDX post, as the glob loader stores it: rendered when its page asks, through the map of modules. */
    const addPost = (store: MutableDataStore, id: string) =>
      store
        .scopedStore('blogs')
        .set({ id, data: {}, filePath: `content/blogs/${id}.mdx`, digest: id, deferredRender: true });

    /** A store whose writes of its map of modules wait for `release()`, saying when one starts. */
    async function storeWithSlowWrites(file: string) {
      held = false;
      const store = new MutableDataStore();
      await store.writeModuleImports(file);
      const write = fs.writeFile.bind(fs);
      vi.spyOn(fs, 'writeFile').mockImplementation(async (target, data) => {
        // The first write only.
        if (String(target).startsWith(file) && !held) {
          held = true;
          started();
          await new Promise<void>((resolve) => (release = resolve));
        }
        return write(target, data);
      });
      return store;
    }

    for (const [name, wait] of [
      ['when its own write comes after the first', 0],
      ['when its own write comes while the first is still under way', 150],
    ] as const) {
      it(name, async () => {
        const file = path.join(root, `content-modules-${wait}.mjs`);
        const store = await storeWithSlowWrites(file);
        const writing = new Promise<void>((resolve) => (started = resolve));
        addPost(store, 'a');
        await writing;
        addPost(store, 'b');
        await new Promise((resolve) => setTimeout(resolve, wait));
        release();
        await new Promise((resolve) => setTimeout(resolve, 300));
        const written = readFileSync(file, 'utf8');
        expect(written).toContain('content/blogs/a.mdx');
        expect(written).toContain('content/blogs/b.mdx');
      });
    }
  });
});
