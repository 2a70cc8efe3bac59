/**
 * Drafts and scheduled posts: visible (and marked) on the dev server, absent
 * from every production output; scheduled posts published by `--future`.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type BuildResult, type FixtureSite } from '../../scripts/lib/fixture-site.ts';
import { MERMAID_ENTRY, mermaidFolder } from '../../src/lib/diagrams.ts';
import { post, publishedPosts } from './helpers.ts';
import { checkInvariants } from './invariants.ts';

const NOW = '2026-01-01T00:00:00Z';
const MERMAID_VERSION = (JSON.parse(readFileSync('node_modules/mermaid/package.json', 'utf8')) as { version: string })
  .version;
const PORT = Number(process.env.E2E_PORT ?? 4403);

/** Readers counted by every service Inkstone offers: by the build's pages, not by the dev server's. */
const ANALYTICS = {
  umami: { src: 'https://stats.example.com/script.js', websiteId: '94db1cb1-74f4-4a40-ad6c-962362670409' },
  google: { measurementId: 'G-ABC123DEF4' },
  baidu: { id: '0123456789abcdef0123456789abcdef' },
  plausible: { src: 'https://plausible.io/js/pa-gYyxvZhkMzdzXBAtSeSNz.js' },
  '51la': { id: '3Q0xhijgV7mWFe4G' },
  cloudflare: { token: 'fedcba9876543210fedcba9876543210' },
};
const withAnalytics = (analytics: object) =>
  readFileSync('src/site.config.ts', 'utf8').replace(
    /\n {2}nav: \[/u,
    `\n  analytics: ${JSON.stringify(analytics)},\n  nav: [`,
  );
const siteConfig = withAnalytics(ANALYTICS);

const files = {
  'src/site.config.ts': siteConfig,
  'content/blogs/published.md': post('Published post', 'Text.'),
  'content/blogs/other.md': post('Other', 'Text.').replace('category: 测试', 'category: 其他'),
  'content/blogs/draft.md': post('Draft DRAFTMARK', 'Draft body.', 'draft: true\n'),
  // Its diagram is the site's only one: Mermaid ships with the site once the post is published.
  'content/blogs/future.md': post('Scheduled FUTUREMARK', 'Future body.\n\n```mermaid\ngraph LR; A-->B\n```').replace(
    '2025-01-15',
    '2026-06-01',
  ),
};

/** Every file of a build as text; Pagefind's gzipped index files decompressed. */
function everyFileText(dir: string): Map<string, string> {
  const files = globSync('**/*', { cwd: dir, dot: true, expandDirectories: false });
  return new Map(
    files.map((file) => {
      const bytes = readFileSync(path.join(dir, file));
      return [file, (file.startsWith('pagefind/') && bytes[0] === 0x1f ? gunzipSync(bytes) : bytes).toString('utf8')];
    }),
  );
}

const mentioning = (dir: string, needle: string) =>
  [...everyFileText(dir)].filter(([, text]) => text.includes(needle)).map(([file]) => file);

let site: FixtureSite;
let futureSite: FixtureSite;
let production: BuildResult;
let future: BuildResult;

beforeAll(async () => {
  // Two copies: builds running at once in one folder share Astro's caches.
  // The second counts its readers by Plausible on a server of the site's own, told the site's domain.
  const selfHosted = { plausible: { src: 'https://stats.example.com/js/script.js', domain: 'blog.example.com' } };
  [site, futureSite] = await Promise.all([
    createFixtureSite({ files }),
    createFixtureSite({ files: { ...files, 'src/site.config.ts': withAnalytics(selfHosted) } }),
  ]);
  [production, future] = await Promise.all([
    site.run(['build'], { INKSTONE_NOW: NOW }),
    futureSite.run(['build', '--future'], { INKSTONE_NOW: NOW }),
  ]);
});

afterAll(async () => {
  await Promise.all([site?.remove(), futureSite?.remove()]);
});

describe('a production build', () => {
  it('succeeds and keeps every invariant for the published posts only', async () => {
    expect(production.code, production.output.slice(-3000)).toBe(0);
    const report = await checkInvariants(site.outDir, publishedPosts(site.root, NOW));
    expect(report.failures).toEqual([]);
  });

  it('leaves drafts out of every page, feed, sitemap and search index', () => {
    expect(mentioning(site.outDir, 'DRAFTMARK')).toEqual([]);
    expect(mentioning(site.outDir, '/blogs/draft/')).toEqual([]);
  });

  it('leaves posts dated after the build time out too', () => {
    expect(mentioning(site.outDir, 'FUTUREMARK')).toEqual([]);
    expect(mentioning(site.outDir, '/blogs/future/')).toEqual([]);
  });

  it('counts readers by each service named in the site config, every page loading its script without waiting for it', () => {
    const scripts = [
      '<script defer src="https://stats.example.com/script.js" data-website-id="94db1cb1-74f4-4a40-ad6c-962362670409"></script>',
      '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123DEF4"></script>',
      '<script async src="https://hm.baidu.com/hm.js?0123456789abcdef0123456789abcdef"></script>',
      '<script async src="https://plausible.io/js/pa-gYyxvZhkMzdzXBAtSeSNz.js"></script>',
      `<script async charset="UTF-8" id="LA_COLLECT" src="https://sdk.51.la/js-sdk-pro.min.js" onload="LA.init({&quot;id&quot;:&quot;3Q0xhijgV7mWFe4G&quot;,&quot;ck&quot;:&quot;3Q0xhijgV7mWFe4G&quot;})"></script>`,
      `<script defer src="https://static.cloudflareinsights.com/beacon.min.js" data-cf-beacon="{&quot;token&quot;:&quot;fedcba9876543210fedcba9876543210&quot;}"></script>`,
    ];
    for (const page of ['index.html', 'blogs/published/index.html', 'categories/index.html', '404.html']) {
      const head = readFileSync(path.join(site.outDir, page), 'utf8').split('</head>')[0]!;
      for (const script of scripts) expect(head, page).toContain(script);
    }
    // Google's snippet queues the page view of the page, under the site's measurement id.
    const index = readFileSync(path.join(site.outDir, 'index.html'), 'utf8');
    const snippet = /<script>(window\.dataLayer=[^<]*)<\/script>/u.exec(index)![1]!;
    const context: { window?: unknown; dataLayer?: IArguments[] } = {};
    context.window = context;
    runInNewContext(snippet, context);
    expect(context.dataLayer!.map((entry) => Array.from(entry)[0])).toEqual(['js', 'config']);
    expect(Array.from(context.dataLayer![1]!)).toEqual(['config', 'G-ABC123DEF4']);
    // Plausible's snippet starts its script, which comes after, with the script's own settings.
    const plausible = /<script>(window\.plausible=[^<]*)<\/script>/u.exec(index)![1]!;
    const started: { window?: unknown; plausible?: { o?: unknown } } = {};
    started.window = started;
    runInNewContext(plausible, started);
    expect(started.plausible?.o).toEqual({});
    // 51.la starts once its script has come, with the site's id as both of its ids.
    const onload = /id="LA_COLLECT"[^>]* onload="([^"]*)"/u.exec(index)![1]!.replaceAll('&quot;', '"');
    const calls: unknown[] = [];
    runInNewContext(onload, { LA: { init: (options: unknown) => calls.push(options) } });
    expect(calls).toEqual([{ id: '3Q0xhijgV7mWFe4G', ck: '3Q0xhijgV7mWFe4G' }]);
  });

  it("counts readers by Plausible on a server of the site's own, its script told the site's domain", () => {
    const head = readFileSync(path.join(futureSite.outDir, 'index.html'), 'utf8').split('</head>')[0]!;
    expect(head).toContain(
      '<script defer data-domain="blog.example.com" src="https://stats.example.com/js/script.js"></script>',
    );
    expect(head).not.toContain('window.plausible');
  });

  it('ships no Mermaid, as no published post has a diagram', () => {
    expect(existsSync(path.join(site.outDir, '_inkstone'))).toBe(false);
  });
});

describe('a build with --future', () => {
  it('publishes the scheduled post everywhere, and still no draft', async () => {
    expect(future.code, future.output.slice(-3000)).toBe(0);
    const report = await checkInvariants(futureSite.outDir, publishedPosts(futureSite.root, NOW, true));
    expect(report.failures).toEqual([]);
    expect(mentioning(futureSite.outDir, 'FUTUREMARK')).toEqual(
      expect.arrayContaining(['blogs/future/index.html', 'index.html', 'rss.xml', 'timeline/index.html']),
    );
    expect(mentioning(futureSite.outDir, 'DRAFTMARK')).toEqual([]);
  });

  it("ships Mermaid for the diagram of the post it publishes, with every module Mermaid's entry imports", () => {
    const shipped = path.join(futureSite.outDir, mermaidFolder(MERMAID_VERSION));
    const modules = globSync('**/*', { cwd: shipped });
    expect(modules).toContain(MERMAID_ENTRY);
    const missing = modules.flatMap((file) =>
      [...readFileSync(path.join(shipped, file), 'utf8').matchAll(/(?:from|import\s*\(?)\s*["'](\.\.?\/[^"']+)["']/gu)]
        .map((match) => path.join(path.dirname(file), match[1]!))
        .filter((imported) => !modules.includes(imported)),
    );
    expect(missing).toEqual([]);
    expect(modules.filter((file) => !file.endsWith('.mjs'))).toEqual([]);
  });
});

// Each test waits up to 30 s for the dev server to show a change, some more than once.
describe('the dev server', { timeout: 120_000 }, () => {
  let server: ChildProcess | undefined;
  let log = '';
  devOutput = () => log;
  const url = (p: string) => `http://127.0.0.1:${PORT}${p}`;
  /** Waits until the dev server has printed nothing for `ms` (at most 30 s). */
  const quiet = async (ms: number) => {
    const deadline = Date.now() + 30_000;
    for (let seen = -1; seen !== log.length && Date.now() < deadline;) {
      seen = log.length;
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
  };
  const get = async (p: string) => {
    const response = await fetch(url(p), { signal: AbortSignal.timeout(15_000) });
    lastPage = { path: p, status: response.status, text: await response.text(), at: Date.now() };
    return lastPage;
  };

  beforeAll(async () => {
    const args = ['dev', '--port', String(PORT), '--host', '127.0.0.1'];
    let spawned: (child: ChildProcess) => void = () => {};
    const started = new Promise<ChildProcess>((resolve) => (spawned = resolve));
    const run = site.run(
      args,
      { INKSTONE_NOW: NOW, INKSTONE_CACHE_DIR: path.join(site.root, '.cache-dev') },
      { onSpawn: spawned },
    );
    server = await started;
    server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await waitFor(async () => (await get('/')).status === 200, 90_000).catch(async (error: Error) => {
      server?.kill('SIGTERM');
      throw new Error(`${error.message}; the dev server printed:\n${(await run).output}`);
    });
  });

  afterAll(() => {
    server?.kill('SIGTERM');
  });

  it('renders each post once as it starts: the content check renders, the posts loader takes the rendering', () => {
    expect(log).toMatch(/checked \d+ posts in \d+ ms, rendering ([1-9]\d*) new or changed meanwhile/u);
    const rendered = /rendering (\d+) new or changed meanwhile/u.exec(log)![1];
    expect(log).toContain(`took ${rendered} post(s) rendered by the content check`);
  });

  it("counts no reader: the author's previews load no service's script", async () => {
    const page = (await get('/blogs/published/')).text;
    const hosts = ['stats.example.com', 'googletagmanager', 'dataLayer', 'hm.baidu.com', 'plausible', '51.la'];
    for (const host of [...hosts, 'cloudflareinsights']) {
      expect(page).not.toContain(host);
    }
  });

  it('shows drafts, marked as drafts', async () => {
    const page = await get('/blogs/draft/');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<span class="badge"[^>]*>草稿<\/span>/u);
    expect((await get('/')).text).toContain('DRAFTMARK');
  });

  it("serves Mermaid's browser build where the posts' script loads it, and no other file of Mermaid's", async () => {
    const folder = `/${mermaidFolder(MERMAID_VERSION)}`;
    const response = await fetch(url(`${folder}${MERMAID_ENTRY}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe(readFileSync(`node_modules/mermaid/dist/${MERMAID_ENTRY}`, 'utf8'));
    for (const other of [`${MERMAID_ENTRY}.map`, 'mermaid.core.mjs', 'chunks/mermaid.esm/chunk-A.mjs']) {
      expect((await get(`${folder}${other}`)).status, other).toBe(404);
    }
  });

  /** What the dev server sends the browser through Vite's socket from now on, as the page's script receives it. */
  async function browserMessages() {
    const client = await (await fetch(url('/@vite/client'))).text();
    const token = /const wsToken = "([^"]*)"/u.exec(client)?.[1] ?? '';
    const socket = new WebSocket(`ws://127.0.0.1:${PORT}/?token=${token}`, 'vite-hmr');
    const messages: { type: string; err?: { title?: string; message?: string; loc?: { file?: string } } }[] = [];
    socket.addEventListener('message', (event) => messages.push(JSON.parse(String(event.data))));
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve);
      socket.addEventListener('error', reject);
    });
    return { messages, close: () => socket.close() };
  }

  it('says what is wrong with a post as soon as it is saved, and when it is fixed', async () => {
    const browser = await browserMessages();
    await site.write({ 'content/blogs/typo-later.md': post('Typo', 'Text.').replace('category:', 'categroy:') });
    const expected = 'content/blogs/typo-later.md:4  categroy: unknown field — did you mean "category"?';
    await waitFor(async () => log.includes(expected), 30_000);
    // Over the page too, in Astro's error overlay (which escapes the text).
    await waitFor(async () => browser.messages.some((message) => message.type === 'error'), 30_000);
    const overlay = browser.messages.find((message) => message.type === 'error')!.err!;
    expect(overlay.title).toBe('1 problem in the content');
    expect(overlay.message).toBe(expected.replaceAll('"', '&quot;'));
    expect(overlay.loc?.file).toBe(path.join(site.root, 'content/blogs/typo-later.md'));
    // And over a page opened after the save.
    const later = await browserMessages();
    await waitFor(async () => later.messages.some((message) => message.type === 'error'), 30_000);
    later.close();
    // Saving another post does not print that problem again.
    const other = log.length;
    await site.write({ 'content/blogs/other.md': files['content/blogs/other.md'].replace('Text.', 'Text again.') });
    await waitFor(
      async () => /\d+ unchanged problem\(s\) in other posts not printed again/u.test(log.slice(other)),
      30_000,
    );
    expect(log.slice(other)).not.toContain(expected);
    const fixed = log.length;
    await site.write({ 'content/blogs/typo-later.md': post('Typo', 'Text.') });
    await waitFor(async () => log.slice(fixed).includes('content/blogs/typo-later.md: no problems left'), 30_000);
    expect(log.slice(fixed)).not.toContain(expected);
    // The page reloads without the overlay, and a page opened now has none.
    await waitFor(async () => browser.messages.some((message) => message.type === 'full-reload'), 30_000);
    browser.close();
    const fresh = await browserMessages();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(fresh.messages.filter((message) => message.type === 'error')).toEqual([]);
    fresh.close();
  });

  it('says when a saved diagram cannot be read by Mermaid, and when it is fixed', async () => {
    const diagram = (source: string) => ({
      'content/blogs/diagram-later.md': post('Diagram', `Text.\n\n\`\`\`mermaid\n${source}\n\`\`\``),
    });
    const saved = log.length;
    await site.write(diagram('graph TD\nA-->B\nB-->C[x'));
    const expected = `content/blogs/diagram-later.md:12  diagram: Mermaid cannot read this diagram: Expecting 'SQE', 'DOUBLECIRCLEEND', 'PE', '-)', …, got the end of the diagram (line 3 of the diagram) — fix it, or its page shows the source and this reason instead of the drawing`;
    await waitFor(async () => log.slice(saved).includes(expected), 30_000);
    const fixed = log.length;
    await site.write(diagram('graph TD\nA-->B\nB-->C[x]'));
    await waitFor(async () => log.slice(fixed).includes('content/blogs/diagram-later.md: no problems left'), 30_000);
  });

  it("shows the series file's description of a series without a restart, and says what is wrong with it", async () => {
    const page = `/series/${encodeURIComponent('开发系列')}/`;
    const written = log.length;
    await site.write({
      'content/blogs/dev-part.md': post('Dev part', 'Text.', 'series: 开发系列\n'),
      'content/series.yaml': '开发系列:\n  description: 第一版说明。\n',
    });
    // The loader says when it has read the file again.
    await waitFor(async () => log.slice(written).includes('Reloaded descriptions from content/series.yaml'), 30_000);
    await waitFor(async () => (await get(page)).text.includes('第一版说明。'), 30_000);
    await site.write({ 'content/series.yaml': '开发系列:\n  description: 第二版说明。\n' });
    await waitFor(async () => (await get(page)).text.includes('第二版说明。'), 30_000);
    const saved = log.length;
    await site.write({ 'content/series.yaml': '开发系列: 写在名字后面\n' });
    await waitFor(
      async () =>
        log
          .slice(saved)
          .includes('content/series.yaml:1  开发系列: expected a description below the name, found "写在名字后面"'),
      30_000,
    );
  });

  const gif = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#336699' } })
      .gif()
      .toBuffer();

  it('shows a post whose image was missing once the image is added, without saving the post again', async () => {
    // An MDX post, which Vite compiles when its page is asked for, and a Markdown post, which the posts loader renders.
    for (const [file, image] of [
      ['content/blogs/image-later-mdx.mdx', 'late-mdx.gif'],
      ['content/blogs/image-later.md', 'late.gif'],
    ] as const) {
      const page = `/blogs/${path.basename(file).replace(/\.mdx?$/u, '')}/`;
      const saved = log.length;
      await site.write({ [file]: post('Image later', `![晚到的图](./images/${image})`) });
      // The post's page shows the problem (Astro's error page); the other pages still show, the post in their lists.
      await waitFor(async () => (await get(page)).status === 500, 30_000);
      // The loader says so after storing it, which the page may show first: what it prints later is not about this save.
      await waitFor(async () => log.slice(saved).includes(`Reloaded data from ${path.basename(file)}`), 30_000);
      expect(log).toContain(`Image not found: "./images/${image}"`);
      const home = await get('/');
      expect(home.status).toBe(200);
      expect(home.text).toContain(`href="${page}"`);
      expect((await get('/blogs/other/')).status).toBe(200);
      // A file the post does not name (an editor's, say) leaves it alone. The save may still be at work (the content
      // check's report of it can come after the loader's line, and another load with it): wait for the server to settle.
      await quiet(1000);
      const before = log.length;
      await site.write({ [`content/blogs/images/other-${image}`]: await gif(2, 2) });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(log.slice(before)).not.toContain(`Reloaded data from ${path.basename(file)}`);
      await site.write({ [`content/blogs/images/${image}`]: await gif(6, 3) });
      await waitFor(async () => (await get(page)).status === 200, 30_000);
      expect((await get(page)).text).toContain(`<img src="/blogs/images/${image}" alt="晚到的图" width="6" height="3"`);
    }
  });

  it('serves a file a post links to, and links to one added later, by its path or its name, without saving the post again', async () => {
    await site.write({ 'content/blogs/file-later.md': post('File later', '讲座的[幻灯片](files/later.pdf)。') });
    await waitFor(async () => (await get('/blogs/file-later/')).text.includes('href="files/later.pdf"'), 30_000);
    await site.write({ 'content/blogs/files/later.pdf': '%PDF-1.4\n' });
    await waitFor(async () => (await get('/blogs/file-later/')).text.includes('href="/blogs/files/later.pdf"'), 30_000);
    const response = await fetch(url('/blogs/files/later.pdf'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(await response.text()).toBe('%PDF-1.4\n');
    // A bare name is looked for in the whole content root, as Obsidian finds attachments: a file of it added anywhere.
    await site.write({ 'content/blogs/by-name-later.md': post('By name later', '讲座的[讲义](讲义.pdf)。') });
    await waitFor(
      async () => (await get('/blogs/by-name-later/')).text.includes('href="%E8%AE%B2%E4%B9%89.pdf"'),
      30_000,
    );
    await site.write({ 'content/attachments/讲义.pdf': '%PDF-1.4\n' });
    const linked = 'href="/attachments/%E8%AE%B2%E4%B9%89.pdf"';
    await waitFor(async () => (await get('/blogs/by-name-later/')).text.includes(linked), 30_000);
  });

  it('gives an image served as it is the size of its new file, without a restart', async () => {
    await site.write({
      'content/blogs/images/grows.gif': await gif(8, 8),
      'content/blogs/gif-later.md': post('GIF later', '![一张动图](./images/grows.gif)'),
      'content/blogs/gif-later-mdx.mdx': post('GIF later MDX', '![一张动图](./images/grows.gif)'),
    });
    const shows = (size: string) => async () =>
      (await get('/blogs/gif-later/')).text.includes(size) && (await get('/blogs/gif-later-mdx/')).text.includes(size);
    await waitFor(shows('width="8" height="8"'), 30_000);
    await site.write({ 'content/blogs/images/grows.gif': await gif(16, 4) });
    await waitFor(shows('width="16" height="4"'), 30_000);
  });

  it('shows a new post without a restart, its math and code rendered whole', async () => {
    const body = 'New text with $x^2$.\n\n```js\nconst a = 1;\n```';
    await site.write({ 'content/blogs/added-later.md': post('Added later', body) });
    await waitFor(async () => (await get('/blogs/added-later/')).status === 200, 30_000);
    const { text } = await get('/blogs/added-later/');
    expect(text).toContain('New text with');
    expect(text).toMatch(/<span class="katex">.*<annotation encoding="application\/x-tex">x\^2<\/annotation>/u);
    expect(text).toMatch(/<pre class="shiki[^"]*"[^>]*><code>.*const/u);
    // What the render workers set aside is back in the page.
    expect(text).not.toContain('data-inkstone-aside');
  });

  it("serves the pages of a post's aliases, which send readers on to it", async () => {
    const aliases = 'aliases: [/posts/moved/, /p/moved.html, 别名]\n';
    await site.write({ 'content/blogs/moved.md': post('Moved', 'Text.', aliases) });
    const refresh = '<meta http-equiv="refresh" content="0;url=/blogs/moved/">';
    await waitFor(async () => (await get('/posts/moved/')).text.includes(refresh), 30_000);
    for (const alias of ['/p/moved.html', `/blogs/${encodeURIComponent('别名')}/`]) {
      const page = await get(alias);
      expect(page.status, alias).toBe(200);
      expect(page.text, alias).toContain(refresh);
    }
    // A post's own page is still its own.
    expect((await get('/blogs/moved/')).text).toContain('Text.');
  });

  it('after the content config changes, still shows a new description, and a post once its missing image is added', async () => {
    const page = `/series/${encodeURIComponent('开发系列')}/`;
    await site.write({
      'content/blogs/dev-part.md': post('Dev part', 'Text.', 'series: 开发系列\n'),
      'content/blogs/image-after-config.md': post('Image after config', '![后来的图](./images/after-config.gif)'),
    });
    await waitFor(async () => (await get('/blogs/image-after-config/')).status === 500, 30_000);
    // Astro syncs every collection anew, and removes the listeners the loaders gave its file watcher.
    const changed = log.length;
    const config = readFileSync(path.join(site.root, 'src/content.config.ts'), 'utf8');
    await site.write({ 'src/content.config.ts': `${config}\n// Changed.\n` });
    await waitFor(async () => /Content config changed[\s\S]*Synced content/u.test(log.slice(changed)), 60_000);
    await site.write({ 'content/series.yaml': '开发系列:\n  description: 第三版说明。\n' });
    await waitFor(async () => (await get(page)).text.includes('第三版说明。'), 30_000);
    await site.write({ 'content/blogs/images/after-config.gif': await gif(5, 5) });
    await waitFor(async () => (await get('/blogs/image-after-config/')).status === 200, 30_000);
  });

  // Last: the site's language changes for every test after it.
  it('after src/site.config.ts changes, restarts and renders Markdown and MDX posts by the new config', async () => {
    const callout = '> [!NOTE]\n> 一条提示。';
    await site.write({
      'content/blogs/callout-later.md': post('Callout later', callout),
      'content/blogs/callout-later-mdx.mdx': post('Callout later MDX', callout),
    });
    // The callout's title, in the site's language: the Markdown pipeline's words, not the pages'.
    const titled = (word: string) => async () =>
      (await get('/blogs/callout-later/')).text.includes(`</span>${word}</p>`) &&
      (await get('/blogs/callout-later-mdx/')).text.includes(`</span>${word}</p>`);
    await waitFor(titled('注意'), 30_000);
    const config = readFileSync(path.join(site.root, 'src/site.config.ts'), 'utf8');
    expect(config).toContain("language: 'zh-CN'");
    const changed = log.length;
    await site.write({ 'src/site.config.ts': config.replace("language: 'zh-CN'", "language: 'en'") });
    await waitFor(async () => log.slice(changed).includes('Restarting'), 30_000);
    await waitFor(titled('Note'), 60_000);
    // And a post saved after the restart reaches its page, as one saved before it did.
    await site.write({
      'content/blogs/callout-later.md': post('Callout later', `${callout}\n\nSaved after the restart.`),
    });
    await waitFor(async () => (await get('/blogs/callout-later/')).text.includes('Saved after the restart.'), 30_000);
  });
});

/** The dev server's output so far, which a wait that gives up shows the end of (for a failure on CI). */
let devOutput = () => '';
/** The last page a test asked the dev server for, which a wait for it that gives up shows the start of. */
let lastPage: { path: string; status: number; text: string; at: number } | undefined;

/** The text of a page's `<main>` (else of the whole page), without markup, to say what a page showed. */
const pageText = (html: string) =>
  (/<main[\s\S]*?<\/main>/u.exec(html)?.[0] ?? html)
    .replace(/<(script|style)[\s\S]*?<\/\1>/gu, ' ')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

async function waitFor(condition: () => Promise<boolean>, timeout: number) {
  const started = Date.now();
  const deadline = started + timeout;
  for (;;) {
    try {
      if (await condition()) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      // The last lines, but the requests' (a wait asks for its page again and again).
      const lines = devOutput().split('\n');
      const output = lines
        .filter((line) => !/ \[\d{3}\] \//u.test(line))
        .slice(-40)
        .join('\n');
      const shown =
        lastPage &&
        lastPage.at >= started &&
        `\nthe last page asked for, ${lastPage.path}: ${lastPage.status}, ${pageText(lastPage.text).slice(0, 300)}`;
      throw new Error(
        `gave up waiting after ${timeout} ms${shown || ''}${output && `\nthe dev server's last output:\n${output}`}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
