/**
 * Astro loads `astro.config.ts` with Node, as it loads a `.js` config, where Node strips TypeScript's types itself
 * (`scripts/patches/astro+7.3.5.patch`): not through a Vite server of its own, which took 0.75 s of every build, check
 * and dev server start. Node imports only what it can find by its own rules, so every import of the config and of what
 * it imports names its file whole (`./src/site.config.ts`); Vite still loads a config Node cannot. The config is typed
 * with `satisfies AstroUserConfig`, not `astro/config`'s `defineConfig`: that module imports SVGO, 0.3 to 0.5 s of
 * every command, for an optimizer the site does not use.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';

const loader = pathToFileURL(path.join(projectRoot, 'node_modules/astro/dist/core/config/vite-load.js')).href;

/**
 * Loads the config at `root` as Astro does, in a Node process of its own: whether Node imported it (its loader read the
 * config file, which Vite's module runner reads without, and Astro did not fall back to Vite), the names of the
 * config's integrations, and whether SVGO was loaded with it.
 */
function loadConfig(root: string): { byNode: boolean; integrations: string[]; svgo: boolean } {
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
    }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

describe('the site config', () => {
  it('is loaded by Node, with every integration, and without SVGO', () => {
    const { byNode, integrations, svgo } = loadConfig(projectRoot);
    expect(byNode).toBe(true);
    expect(integrations).toEqual(expect.arrayContaining(['inkstone:content-guard', 'inkstone:pagefind']));
    expect(svgo).toBe(false);
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
      expect(loadConfig(root)).toEqual({ byNode: false, integrations: ['other'], svgo: false });
    });
  });
});
