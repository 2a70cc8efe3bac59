/**
 * Astro loads `astro.config.ts` with Node, as it loads a `.js` config, where Node strips TypeScript's types itself
 * (`scripts/patches/astro+7.3.5.patch`): not through a Vite server of its own, which took 0.75 s of every build, check
 * and dev server start. Node imports only what it can find by its own rules, so every import of the config and of what
 * it imports names its file whole (`./src/site.config.ts`); Vite still loads a config Node cannot. The config is typed
 * with `satisfies AstroUserConfig`, not `astro/config`'s `defineConfig`: that module imports SVGO, 0.3 to 0.5 s of
 * every command, for an optimizer the site does not use. A build loads `src/content.config.ts` with Node too, where
 * Astro loaded it through the Vite server of its content sync (about 1 s of every build); the dev server keeps Vite's,
 * which loads it again when it changes. Either config goes to Vite where it reads `import.meta.env`, which Vite fills
 * in and Node leaves undefined.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { globSync } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { createFixtureSite, projectRoot } from '../../scripts/lib/fixture-site.ts';
import { CONFIG_FILES } from '../../src/integrations/config-files.ts';
import { post } from '../build/helpers.ts';

const loader = pathToFileURL(path.join(projectRoot, 'node_modules/astro/dist/core/config/vite-load.js')).href;
const contentUtils = pathToFileURL(path.join(projectRoot, 'node_modules/astro/dist/content/utils.js')).href;

/** Runs `script` as an ES module in a Node process of its own, in `cwd`: the JSON of the last line it prints. */
function runModule<T>(script: string, cwd: string): T {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as T;
}

type LoadedConfig = { byNode: boolean; integrations: string[]; svgo: boolean; files: string[] };

/**
 * Loads the config at `root` as Astro does, in a Node process of its own: whether Node imported it (its loader read the
 * config file, which Vite's module runner reads without, and Astro did not fall back to Vite), the names of the
 * config's integrations, whether SVGO was loaded with it, and the URLs of the files of `root` Node loaded with it.
 */
function loadConfig(root: string): LoadedConfig {
  const configPath = path.join(root, 'astro.config.ts');
  const script = `
    import { registerHooks } from 'node:module';
    import fs from 'node:fs';
    const loaded = [];
    registerHooks({ load: (url, context, next) => (loaded.push(url.split('?')[0]), next(url, context)) });
    const fellBack = [];
    // Where Astro's debug messages go (\`--verbose\`): "Failed to load config with Node" when it falls back to Vite.
    globalThis._astroGlobalDebug = (message) => fellBack.push(message);
    const { loadConfigWithVite } = await import(${JSON.stringify(loader)});
    const config = await loadConfigWithVite({ configPath: ${JSON.stringify(configPath)}, fs, root: ${JSON.stringify(root)} });
    console.log(JSON.stringify({
      byNode: loaded.includes(${JSON.stringify(pathToFileURL(configPath).href)}) && fellBack.length === 0,
      integrations: (config.integrations ?? []).map((integration) => integration.name),
      svgo: loaded.some((url) => url.includes('/node_modules/svgo/')),
      files: loaded.filter((url) => url.startsWith(${JSON.stringify(pathToFileURL(root + path.sep).href)}) && !url.includes('/node_modules/')),
    }));
  `;
  return runModule<LoadedConfig>(script, root);
}

type LoadedContentConfig = { byVite: boolean; collections: string[] };

/**
 * Loads the content config under `root` as Astro's content sync does, in a Node process of its own, for a build
 * (`build: true`) or the dev server: whether it asked Vite's module runner for it, and the collections it found (none
 * where it did).
 */
function loadContentConfig(root: string, build: boolean): LoadedContentConfig {
  const script = `
    import fs from 'node:fs';
    import { pathToFileURL } from 'node:url';
    const utils = await import(${JSON.stringify(contentUtils)});
    utils.importContentConfigWithNode(${JSON.stringify(build)});
    let byVite = false;
    // In place of Vite's module runner, which the sync's Vite server hands over: says it was asked, and hands back a
    // config without collections.
    const runner = { import: async () => ((byVite = true), { collections: {} }) };
    const rootUrl = pathToFileURL(${JSON.stringify(root + path.sep)});
    const settings = { config: { root: rootUrl, srcDir: new URL('src/', rootUrl), legacy: {} } };
    const logger = { error: (...args) => console.error(...args), warn() {}, info() {}, debug() {} };
    await utils.reloadContentConfigObserver({ fs, settings, environment: { runner }, logger });
    const state = utils.globalContentConfigObserver.get();
    if (state.status !== 'loaded') throw state.error ?? new Error(state.status);
    console.log(JSON.stringify({ byVite, collections: Object.keys(state.config.collections) }));
  `;
  return runModule<LoadedContentConfig>(script, root);
}

describe('the content config', () => {
  const collections = ['blogs', 'pages', 'series', 'categories', 'tags', 'authors'];

  it('is loaded by Node in a build, with every collection', () => {
    expect(loadContentConfig(projectRoot, true)).toEqual({ byVite: false, collections });
  });

  it('is loaded by Vite on the dev server, which loads it again when it changes', () => {
    expect(loadContentConfig(projectRoot, false)).toEqual({ byVite: true, collections: [] });
  });

  it('is loaded by Node in a real build', { timeout: 60_000 }, async () => {
    const site = await createFixtureSite({ files: { 'content/blogs/one.md': post('一', '正文。') } });
    try {
      // Node's loader sees every module Node imports; Vite's module runner reads and runs its modules itself.
      const hook = path.join(site.root, 'loaded.mjs');
      const list = path.join(site.root, 'loaded.json');
      writeFileSync(
        hook,
        `import { registerHooks } from 'node:module';
        import { writeFileSync } from 'node:fs';
        import { isMainThread } from 'node:worker_threads';
        const loaded = [];
        registerHooks({ load: (url, context, next) => (loaded.push(url), next(url, context)) });
        if (isMainThread) process.on('exit', () => writeFileSync(${JSON.stringify(list)}, JSON.stringify(loaded)));`,
      );
      const build = await site.run(['build'], { NODE_OPTIONS: `--import=${pathToFileURL(hook).href}` });
      expect(build.code, build.output.slice(-3000)).toBe(0);
      const loaded = JSON.parse(readFileSync(list, 'utf8')) as string[];
      expect(loaded).toContain(pathToFileURL(path.join(site.root, 'src/content.config.ts')).href);
    } finally {
      await site.remove();
    }
  });

  describe('that imports a file Node cannot find by its own rules', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'inkstone-content-config-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('is loaded by Vite in a build, as before', () => {
      mkdirSync(path.join(root, 'src'));
      writeFileSync(path.join(root, 'src/collections.ts'), 'export const collections = {};\n');
      writeFileSync(path.join(root, 'src/content.config.ts'), "export { collections } from './collections';\n");
      expect(loadContentConfig(root, true)).toEqual({ byVite: true, collections: [] });
    });
  });

  describe('that reads import.meta.env, which Vite fills in and Node leaves undefined', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'inkstone-content-config-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('is loaded by Vite in a build, as on the dev server', () => {
      mkdirSync(path.join(root, 'src'));
      // Node imports it without an error: only a loader's call later would find `import.meta.env` undefined.
      writeFileSync(
        path.join(root, 'src/content.config.ts'),
        'export const collections = {};\nexport const mode = () => import.meta.env.MODE;\n',
      );
      expect(loadContentConfig(root, true)).toEqual({ byVite: true, collections: [] });
    });
  });
});

describe('the site config', () => {
  it('is loaded by Node, with every integration, and without SVGO', () => {
    const { byNode, integrations, svgo } = loadConfig(projectRoot);
    expect(byNode).toBe(true);
    expect(integrations).toEqual(expect.arrayContaining(['inkstone:content-guard', 'inkstone:pagefind']));
    expect(svgo).toBe(false);
  });

  it('has the dev server watch every file of the project it imports, so that a change to one restarts it', () => {
    const watched = new Set(globSync(CONFIG_FILES, { cwd: projectRoot }));
    const imported = loadConfig(projectRoot)
      .files.map((url) => path.relative(projectRoot, fileURLToPath(url)).split(path.sep).join('/'))
      .filter((file) => file !== 'astro.config.ts');
    expect(imported).toContain('src/site.config.ts');
    expect(imported.filter((file) => !watched.has(file))).toEqual([]);
  });

  describe('that imports a file Node cannot find by its own rules', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'inkstone-config-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('is loaded by Vite, as before', () => {
      writeFileSync(path.join(root, 'integration.ts'), "export default { name: 'other', hooks: {} };\n");
      writeFileSync(
        path.join(root, 'astro.config.ts'),
        "import other from './integration';\nexport default { integrations: [other] };\n",
      );
      expect(loadConfig(root)).toMatchObject({ byNode: false, integrations: ['other'], svgo: false });
    });
  });

  describe('that reads import.meta.env, which Vite fills in and Node leaves undefined', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'inkstone-config-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('is loaded by Vite, as before', () => {
      // Node imports it without an error: only the hook's call later would find `import.meta.env` undefined.
      writeFileSync(
        path.join(root, 'astro.config.ts'),
        "export default { integrations: [{ name: 'env', hooks: { 'astro:config:done': () => import.meta.env.MODE } }] };\n",
      );
      expect(loadConfig(root)).toMatchObject({ byNode: false, integrations: ['env'], svgo: false });
    });
  });
});
