/**
 * `npm run bench:pages [-- --skip-build] [--skip-lighthouse]`
 *
 * What a reader downloads: builds the site into a temporary folder, serves it
 * as a static host would, loads one page of each type in Chromium and prints
 * its requests and their bytes (raw and gzip-compressed) by type, then runs
 * Lighthouse on the seed post and the home page, mobile and desktop, and
 * prints the four category scores with LCP, CLS and TBT.
 * Targets: 100 everywhere, CLS 0, post JS < 5 KB and CSS < 20 KB compressed.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import { chromium } from 'playwright';
import { projectRoot, runAstro } from './lib/fixture-site.ts';
import { serveDist } from './serve-dist.ts';

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
  },
});

const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const outDir = process.env.INKSTONE_OUT_DIR ?? path.join(os.tmpdir(), 'inkstone-bench-pages', 'dist');

const pages = [
  ['home', '/'],
  ['post', '/blogs/gpt-and-deepseek/'],
  ['category index', '/categories/'],
  ['category', `/categories/${encodeURIComponent('人工智能')}/`],
  ['timeline', '/timeline/'],
  ['search', `/search/?q=${encodeURIComponent('强化学习')}`],
  ['404', '/no/such/page/'],
] as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Transfer {
  type: string;
  raw: number;
  gzip: number;
}

/** Every response of one page load (scrolled to the end for lazy images), with its body size raw and gzipped. */
async function loadPage(page: import('playwright').Page, url: string): Promise<Transfer[]> {
  const pending: Promise<Transfer>[] = [];
  const onResponse = (response: import('playwright').Response) =>
    pending.push(
      response.body().then(
        (body) => ({ type: response.request().resourceType(), raw: body.length, gzip: gzipSync(body).length }),
        () => ({ type: response.request().resourceType(), raw: 0, gzip: 0 }),
      ),
    );
  page.on('response', onResponse);
  await page.goto(url);
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return Promise.all(pending);
}

function printTransfers(name: string, transfers: Transfer[]) {
  const byType = new Map<string, Transfer & { count: number }>();
  for (const t of transfers) {
    const row = byType.get(t.type) ?? { type: t.type, count: 0, raw: 0, gzip: 0 };
    byType.set(t.type, { ...row, count: row.count + 1, raw: row.raw + t.raw, gzip: row.gzip + t.gzip });
  }
  const total = transfers.reduce((sum, t) => ({ raw: sum.raw + t.raw, gzip: sum.gzip + t.gzip }), { raw: 0, gzip: 0 });
  console.log(`\n${name}: ${transfers.length} requests, ${kb(total.raw)} raw, ${kb(total.gzip)} gzip`);
  for (const row of [...byType.values()].sort((a, b) => b.gzip - a.gzip)) {
    console.log(
      `  ${row.type.padEnd(12)} ${String(row.count).padStart(3)}  ${kb(row.raw).padStart(10)}  ${kb(row.gzip).padStart(10)}`,
    );
  }
}

async function runLighthouse(url: string, formFactor: 'mobile' | 'desktop') {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error' };
    const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(3);
    const metric = (id: string) => audits[id]?.displayValue ?? '?';
    console.log(
      `  ${formFactor.padEnd(7)}  perf ${score('performance')}  a11y ${score('accessibility')}  ` +
        `best ${score('best-practices')}  seo ${score('seo')}  ` +
        `LCP ${metric('largest-contentful-paint')}  CLS ${metric('cumulative-layout-shift')}  TBT ${metric('total-blocking-time')}`,
    );
    const failing = Object.values(categories)
      .flatMap((category) => category.auditRefs)
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
    if (failing.length > 0) console.log(`           below 100: ${[...new Set(failing)].join(', ')}`);
  } finally {
    chrome.kill();
  }
}

if (!args['skip-build']) {
  console.log(`building into ${outDir} …`);
  const build = await runAstro(projectRoot, ['build'], {
    INKSTONE_OUT_DIR: outDir,
    INKSTONE_CACHE_DIR: path.join(path.dirname(outDir), 'cache'),
  });
  if (build.code !== 0) {
    console.error(build.output);
    process.exit(1);
  }
  console.log(`built in ${(build.ms / 1000).toFixed(1)} s`);
}

const server = await serveDist(outDir, 0);
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const page = await browser.newPage();
  for (const [name, pathname] of pages) printTransfers(name, await loadPage(page, origin + pathname));
  await browser.close();

  if (!args['skip-lighthouse']) {
    for (const [name, pathname] of [pages[1], pages[0]]) {
      console.log(`\nLighthouse, ${name} (${pathname})`);
      for (const formFactor of ['mobile', 'desktop'] as const) await runLighthouse(origin + pathname, formFactor);
    }
  }
} finally {
  server.close();
}
