import { promises as fs, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServer, type RunnableDevEnvironment, type ViteDevServer } from 'vite';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js';
import { attachDataStoreInvalidation } from '../../node_modules/astro/dist/content/vite-plugin-content-virtual-mod.js';

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

// `scripts/patches/astro+7.3.5.patch` again: the dev server read its content store again after a write only if no page
// was fetching the store at that moment; one that was had read the file before the write, and the dev server kept the
// old content until the next change (a description, a post), which happened when a page was asked for while the
// content synced (about 1 change in 10 after a content config change, pages asked for without pause).
describe("the dev server's content store written while a page fetches it", () => {
  const servers: ViteDevServer[] = [];
  afterAll(() => Promise.all(servers.map((server) => server.close())));

  it('is read again once the page has it', async () => {
    const dotAstroDir = pathToFileURL(`${path.join(root, 'dot-astro')}/`);
    let written: (file: string) => void = () => {};
    const store = {
      onFileWritten: (listener: (file: string) => void) => {
        written = listener;
        return () => {};
      },
    };
    const storeModule = { id: '\0astro:data-layer-content' };
    const invalidated: unknown[] = [];
    const events: unknown[] = [];
    let fetched: (module: { promise: Promise<void> }) => void = () => {};
    // A page's import of the store, fetching it from the server.
    const fetching = new Promise<{ promise: Promise<void> }>((resolve) => (fetched = resolve));
    // A dev server of Vite's, whose SSR environment's module runner is fetching the store.
    const server = await createServer({
      configFile: false,
      logLevel: 'silent',
      server: { middlewareMode: true, ws: false },
    });
    servers.push(server);
    const ssr = server.environments.ssr as RunnableDevEnvironment;
    const runner = {
      evaluatedModules: {
        getModuleById: () => storeModule,
        getModulesByFile: () => undefined,
        invalidateModule: (module: unknown) => invalidated.push(module),
      },
      concurrentModuleNodePromises: new Map([['/@id/__x00__astro:data-layer-content', fetching]]),
    };
    // In place of the runner Vite would start (`RunnableDevEnvironment#runner`).
    Object.defineProperty(ssr, '_runner', { value: runner });
    vi.spyOn(ssr.hot, 'send').mockImplementation((event: unknown) => void events.push(event));
    // Astro's types ask for its whole store and settings; it uses these parts of them.
    const attach = attachDataStoreInvalidation as (store: unknown, server: unknown, settings: unknown) => void;
    attach(store, server, { dotAstroDir, config: { experimental: {} } });

    written(fileURLToPath(new URL('data-store.json', dotAstroDir)));
    expect(invalidated).toEqual([storeModule]);
    // The page gets the store as the file was before the write, and evaluates it.
    runner.concurrentModuleNodePromises.clear();
    fetched({ promise: Promise.resolve() });
    await vi.waitFor(() => expect(invalidated).toEqual([storeModule, storeModule]));
    expect(events).toEqual(['astro:content-changed', 'astro:content-changed']);
  });

  // And the store a page reads its content from was kept once read, until the module keeping it was evaluated again,
  // which a page being rendered during the write could keep from happening: it is now read again on every change.
  it('reads the store again after the content changed', async () => {
    const server = await createServer({
      configFile: false,
      logLevel: 'silent',
      root,
      server: { middlewareMode: true, ws: false },
      ssr: { noExternal: ['astro'] },
    });
    servers.push(server);
    const ssr = server.environments.ssr as RunnableDevEnvironment;
    const file = path.join(import.meta.dirname, '../../node_modules/astro/dist/content/data-store.js');
    const { globalDataStore } = (await ssr.runner.import(file)) as {
      globalDataStore: { get(): Promise<unknown> };
    };
    const first = await globalDataStore.get();
    expect(await globalDataStore.get()).toBe(first);
    ssr.hot.send('astro:content-changed', {});
    await vi.waitFor(async () => expect(await globalDataStore.get()).not.toBe(first));
  });
});
