/**
 * Keeps the stock reference stock: Inkstone's `postinstall` patches installed packages for speed
 * (`scripts/patches/`), and the reference site shares Inkstone's `node_modules`. This writes a Node module hook that
 * serves the reference each patched file as it was published, undoing the patches in memory, never on disk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyPatch, parsePatch, reversePatch } from 'diff';

/**
 * The published source of every file the patches in `patchDir` change, by file URL, from the patched files under
 * `root`. Fails, naming the patch and file, where a patch does not undo cleanly (a package updated, say).
 */
export function stockSources(root: string, patchDir: string): Map<string, string> {
  const sources = new Map<string, string>();
  const patches = readdirSync(patchDir).filter((name) => name.endsWith('.patch'));
  for (const name of patches) {
    for (const filePatch of parsePatch(readFileSync(path.join(patchDir, name), 'utf8'))) {
      const file = path.join(root, (filePatch.newFileName ?? '').replace(/^b\//u, ''));
      const stock = applyPatch(readFileSync(file, 'utf8'), reversePatch(filePatch));
      if (stock === false) throw new Error(`${name} does not undo cleanly on ${path.relative(root, file)}`);
      sources.set(pathToFileURL(file).href, stock);
    }
  }
  return sources;
}

/**
 * Writes `hookFile`, a module for `node --import` that loads the published source of each file the project's patches
 * change, and returns the `NODE_OPTIONS` that load it; none when nothing is patched.
 */
export async function writeStockModulesHook(root: string, hookFile: string): Promise<string | undefined> {
  const sources = stockSources(root, path.join(root, 'scripts/patches'));
  if (sources.size === 0) return undefined;
  await writeFile(
    hookFile,
    `import { registerHooks } from 'node:module';
const stock = new Map(${JSON.stringify([...sources])});
registerHooks({
  load(url, context, nextLoad) {
    const loaded = nextLoad(url, context);
    return stock.has(url) ? { ...loaded, source: stock.get(url) } : loaded;
  },
});
`,
  );
  return `--import=${pathToFileURL(hookFile).href}`;
}
