import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generatePost } from '../../scripts/bench/generate-posts.ts';
import { hookTimes } from '../../scripts/bench/hook-timer.ts';
import { buildPhases, imageWork, routeTimes } from '../../scripts/bench/phases.ts';
import { themesInHtml } from '../../scripts/bench/shiki-themes.ts';
import { stockSources, writeStockModulesHook } from '../../scripts/bench/stock-modules.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';
import { createPostSchema } from '../../src/schema/post.ts';

const withoutImages = (markdown: string) => markdown.replace(/\n\n!\[[^\]]*\]\([^)]*\)/g, '');

describe('the benchmark corpus', () => {
  const corpus = Array.from({ length: 40 }, (_, i) => generatePost(i).markdown).join('\n');

  it('gives the same post for the same seed and index, and another for another seed', () => {
    expect(generatePost(7).markdown).toBe(generatePost(7).markdown);
    expect(generatePost(7, { seed: 2 }).markdown).not.toBe(generatePost(7).markdown);
  });

  it('keeps the text of a post whatever the number of images', () => {
    const post = generatePost(7, { images: 2 });
    expect(post.images).toEqual(['bench-0007-1.png', 'bench-0007-2.png']);
    expect(post.markdown).toContain('](/blogs/images/bench-0007-2.png)');
    expect(withoutImages(post.markdown)).toBe(generatePost(7).markdown);
  });

  it('uses every construct the pipeline has to render', () => {
    for (const construct of [
      '\n## ',
      '\n### ',
      '\n* ',
      '\n1. **',
      '\n> ',
      '\n> [!',
      '| --- |',
      '```python',
      '$$\n',
      '`',
    ])
      expect(corpus).toContain(construct);
    expect(corpus).toMatch(/[^$]\$[^$\n]+\$/);
  });

  it('writes frontmatter that passes the post schema', () => {
    const schema = createPostSchema(z.string());
    for (let i = 0; i < 40; i++) {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(generatePost(i).markdown)?.[1];
      expect(schema.safeParse(parse(frontmatter ?? '')).success).toBe(true);
    }
  });
});

describe('build phases from Astro log lines', () => {
  const lines = [
    [1500, '[content] Syncing content'],
    [9500, '[content] Synced content'],
    [9600, '[build] Building static entrypoints...'],
    [11000, ' generating static routes '],
    [11100, '  ├─ /blogs/a/index.html (+40ms) '],
    [11200, '  ├─ /index.html (+1.5s) '],
    [11300, '  └─ /rss.xml (+320ms) '],
    [11400, '[bench-hook] inkstone:content-guard astro:config:setup 12'],
    [14000, '✓ Completed in 3.00s.'],
    [14100, '[@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
    [15000, '[build] Waiting for integration "inkstone:pagefind", hook "astro:build:done"...'],
    [18100, '[inkstone:pagefind] indexed 231 pages'],
    [18200, '[build] Complete!'],
  ].map(([ms, text]) => ({ ms: ms as number, text: text as string }));

  it('names the phases of the content guard by what it did: rendering new posts, only checking, the link check', () => {
    const guard = (text: string) => [{ ms: 4000, text: `[inkstone:content-guard] ${text}` }];
    expect(buildPhases({ lines: guard('rendered 999 and checked 1000 posts in 3990 ms'), ms: 4000 })).toEqual([
      { name: 'start, content check + Markdown render', ms: 4000 },
    ]);
    expect(
      buildPhases({ lines: guard('checked 1000 posts in 590 ms, rendering 1 new or changed meanwhile'), ms: 4000 }),
    ).toEqual([{ name: 'start + content check', ms: 4000 }]);
    expect(buildPhases({ lines: guard('checked the links of the built site in 285 ms'), ms: 4000 })).toEqual([
      { name: 'link check of the built site', ms: 4000 },
    ]);
  });

  it('times each phase from the end of the one before', () => {
    expect(buildPhases({ lines, ms: 18500 })).toEqual([
      { name: 'startup (config, setup hooks, Vite server)', ms: 1500 },
      { name: 'content sync + Markdown render', ms: 8000 },
      { name: 'types, build info', ms: 100 },
      { name: 'Vite bundle (server + client)', ms: 1400 },
      { name: 'page generation', ms: 3000 },
      { name: 'integration @astrojs/sitemap', ms: 100 },
      { name: 'integration inkstone:pagefind', ms: 4000 },
      { name: 'finishing (silent build:done hooks, exit)', ms: 400 },
    ]);
  });

  it('sums the logged render times of post pages, other pages and other files', () => {
    expect(routeTimes(lines)).toEqual([
      { name: 'post pages', ms: 40, routes: 1 },
      { name: 'other pages', ms: 1500, routes: 1 },
      { name: 'other files', ms: 320, routes: 1 },
    ]);
  });

  it('lists the integration hooks the timing config printed, slowest first, without the instant ones', () => {
    const hooks = [
      '[bench-hook] inkstone:content-guard astro:config:setup 9120',
      '[bench-hook] @astrojs/sitemap astro:config:setup 1',
      '[bench-hook] inkstone:content-guard astro:build:done 6400',
      '[bench-hook] inkstone:pagefind astro:build:done 11000',
    ].map((text) => ({ ms: 0, text }));
    expect(hookTimes(hooks).map((hook) => `${hook.name} ${hook.ms}`)).toEqual([
      'inkstone:pagefind astro:build:done 11000',
      'inkstone:content-guard astro:config:setup 9120',
      'inkstone:content-guard astro:build:done 6400',
    ]);
  });

  it('counts encoded and reused image renditions', () => {
    const images = [
      '  ▶ /_astro/a.Dg_fwK9e.webp (before: 32kB, after: 29kB) (+118ms) (1/3)',
      '  ▶ /_astro/b.Dg_Z1uGXm2.webp (before: 60kB, after: 62kB) (+1.2s) (2/3)',
      '  ▶ /_astro/c.Vt_Z13Di6p.webp (reused cache entry) (+2ms) (3/3)',
    ].map((text) => ({ ms: 0, text }));
    expect(imageWork(images)).toEqual({ encoded: 2, encodeMs: 1318, reused: 1 });
  });
});

describe('the Shiki themes a pipeline rendered with', () => {
  it("reads one theme from Astro's output and two, in order, from a dual-theme <pre>", () => {
    expect(themesInHtml('<pre class="astro-code github-dark" tabindex="0">')).toEqual(['github-dark']);
    expect(
      themesInHtml('<pre class="shiki shiki-themes github-light-high-contrast github-dark-default" style="">'),
    ).toEqual(['github-light-high-contrast', 'github-dark-default']);
    expect(themesInHtml('<p class="github-dark">no code</p>')).toEqual([]);
  });
});

describe('the stock packages of the reference site', () => {
  it('undoes each patch of scripts/patches on the installed file, in memory', () => {
    const sources = stockSources(projectRoot, path.join(projectRoot, 'scripts/patches'));
    const file = fileURLToPath(
      [...sources.keys()].find((url) => url.endsWith('/unist-util-visit-parents/lib/index.js'))!,
    );
    const naming = "Object.defineProperty(visit, 'name', {";
    expect(readFileSync(file, 'utf8')).not.toContain(naming);
    expect(sources.get(pathToFileURL(file).href)).toContain(naming);
  });

  it('gives a process started with the hook the published package, and one without it the patched one', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'inkstone-stock-'));
    try {
      const nodeOptions = await writeStockModulesHook(projectRoot, path.join(dir, 'stock.mjs'));
      // A visitor's stack trace: the published package names each node's function, `node (text)`.
      const probe = `import { visitParents } from 'unist-util-visit-parents';
visitParents({ type: 'root', children: [{ type: 'text', value: 'a' }] }, 'text', () => {
  process.stdout.write(new Error('here').stack);
});`;
      const run = (env: NodeJS.ProcessEnv) =>
        execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
          cwd: projectRoot,
          env: { ...process.env, NO_COLOR: '1', ...env },
          encoding: 'utf8',
        });
      expect(run({ NODE_OPTIONS: nodeOptions })).toContain('at node (');
      expect(run({ NODE_OPTIONS: '' })).not.toContain('at node (');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the stock reference', () => {
  it("renders as the issue's stock site, which listed remark-gfm beside unified()'s own: GFM runs once", () => {
    // `unified()` of @astrojs/markdown-remark uses remark-gfm itself, and the stock site's plugins use it again: the
    // same module, which unified keeps once.
    const fromAstro = createRequire(path.join(projectRoot, 'node_modules/@astrojs/markdown-remark/package.json'));
    expect(fromAstro.resolve('remark-gfm')).toBe(createRequire(import.meta.url).resolve('remark-gfm'));
    const once = unified().use(remarkParse).use(remarkGfm).freeze();
    const twice = unified().use(remarkParse).use(remarkGfm).use(remarkGfm).freeze();
    // GFM's syntax, once in the parser.
    expect(once.data('micromarkExtensions')).toHaveLength(1);
    expect(twice.data('micromarkExtensions')).toHaveLength(1);
  });
});
