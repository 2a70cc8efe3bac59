/**
 * `npm run bench -- --posts N [--images K] [--runs R] [--profile] [--seed S] [--keep] [--skip-dev]`
 *
 * Builds N generated posts (K images each) in a throwaway copy of Inkstone and
 * in a stock Astro reference, all under one temporary folder (never `content/`),
 * and reports the median over R runs of: a clean build, a warm rebuild with
 * nothing changed, after editing one post, after adding one post, and the
 * reference's clean build; then how soon the dev server serves a post and shows a saved one (`dev-server.ts`). Prints
 * tables and writes `bench/results/<time>.json`.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { site as siteConfig } from '../../src/site.config.ts';
import { createFixtureSite, projectRoot, runAstro, type BuildResult, type RunOptions } from '../lib/fixture-site.ts';
import { summarizeCpuProfiles } from './cpu-profile.ts';
import { DEFAULT_SEED, generatePost, writeCorpus } from './generate-posts.ts';
import { hookTimes, writeHookTimerConfig } from './hook-timer.ts';
import { loadAstroConfig, profileMarkdown } from './markdown-profile.ts';
import { folderSize, watchProcessTree } from './measure.ts';
import { buildPhases, imageWork, median, medianPhases, routeTimes, type Phase } from './phases.ts';
import { postPath, slugFromPath } from '../../src/lib/slugs.ts';
import { measureDevServer, type DevServerTimes } from './dev-server.ts';
import { createReferenceSite } from './reference-site.ts';
import { shikiThemesOf } from './shiki-themes.ts';
import { writeStockModulesHook } from './stock-modules.ts';
import { printImages, printPhases, printResults, printRoutes, type Scenario, type ScenarioName } from './report.ts';

const { values: args } = parseArgs({
  options: {
    posts: { type: 'string', default: '1000' },
    images: { type: 'string', default: '0' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'skip-dev': { type: 'boolean', default: false },
  },
});
const posts = Number(args.posts);
const images = Number(args.images);
const runs = Number(args.runs);
const seed = Number(args.seed);

interface Measurement {
  ms: number;
  cpuMs: number;
  peakRssBytes: number;
  outputBytes: number;
  outputFiles: number;
  result: BuildResult;
}

/** Runs one build, watching its processes; fails loudly when the build fails. */
async function measure(label: string, build: (options: RunOptions) => Promise<BuildResult>, outDir: string) {
  let watcher: ReturnType<typeof watchProcessTree> | undefined;
  const result = await build({ onSpawn: (child) => (watcher = child.pid ? watchProcessTree(child.pid) : undefined) });
  const usage = (await watcher?.stop()) ?? { peakRssBytes: 0, cpuMs: 0 };
  if (result.code !== 0) throw new Error(`${label} failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  const output = await folderSize(outDir);
  const measurement: Measurement = {
    ms: result.ms,
    ...usage,
    outputBytes: output.bytes,
    outputFiles: output.files,
    result,
  };
  const [seconds, cpu, mb] = [result.ms / 1000, usage.cpuMs / 1000, usage.peakRssBytes / 2 ** 20];
  console.log(`  ${label}: ${seconds.toFixed(1)} s (CPU ${cpu.toFixed(1)} s), ${mb.toFixed(0)} MiB`);
  return measurement;
}

/** Removes everything a build leaves behind, so the next build starts cold. */
const clean = (root: string, outDir: string) =>
  Promise.all([outDir, '.cache', '.astro'].map((dir) => rm(path.resolve(root, dir), { recursive: true, force: true })));

const loadAtStart = os.loadavg();
if (loadAtStart[0]! > os.cpus().length) {
  console.log(
    `The machine is busy (load ${loadAtStart[0]!.toFixed(1)} on ${os.cpus().length} CPUs): wall times will be rough.`,
  );
}
const work = await mkdtemp(path.join(os.tmpdir(), 'inkstone-bench-'));
const corpusDir = path.join(work, 'corpus');
console.log(`Generating ${posts} posts with ${images} image(s) each in ${work}`);
const generateStarted = performance.now();
const corpus = await writeCorpus(corpusDir, { posts, images, seed });
const generateMs = performance.now() - generateStarted;

const site = await createFixtureSite({ dir: path.join(work, 'inkstone') });
await cp(corpusDir, path.join(site.root, 'content/blogs'), { recursive: true });
const inkstoneConfig = await loadAstroConfig(path.join(site.root, 'astro.config.ts'));
const shiki = await shikiThemesOf(inkstoneConfig, path.join(site.root, 'content/blogs', corpus[0]!.file));
const referenceRoot = path.join(work, 'reference');
await createReferenceSite(referenceRoot, corpusDir, shiki);
const referenceOut = path.join(referenceRoot, 'dist');
// The reference runs the packages as published, without Inkstone's patches (`scripts/patches/`).
const stockModules = await writeStockModulesHook(projectRoot, path.join(work, 'stock-modules.mjs'));
/** `NODE_OPTIONS` for a reference build: `more`, and the hook that undoes the patches. */
const referenceNodeOptions = (more = '') => [process.env.NODE_OPTIONS, more, stockModules].filter(Boolean).join(' ');

const edited = path.join(site.root, 'content/blogs', corpus[Math.floor(posts / 2)]!.file);
const editedOriginal = await readFile(edited, 'utf8');
const measurements: Record<ScenarioName, Measurement[]> = { clean: [], warm: [], edit: [], add: [], reference: [] };

for (let run = 1; run <= runs; run++) {
  console.log(`Run ${run} of ${runs}`);
  await clean(referenceRoot, referenceOut);
  measurements.reference.push(
    await measure(
      'reference, clean',
      (o) => runAstro(referenceRoot, ['build'], { NODE_OPTIONS: referenceNodeOptions() }, o),
      referenceOut,
    ),
  );
  await clean(site.root, site.outDir);
  await writeFile(edited, editedOriginal);
  measurements.clean.push(await measure('clean', (o) => site.run(['build'], {}, o), site.outDir));
  measurements.warm.push(await measure('warm, nothing changed', (o) => site.run(['build'], {}, o), site.outDir));
  await writeFile(edited, `${editedOriginal}\n第 ${run} 次运行时补充的一段话。\n`);
  measurements.edit.push(await measure('warm, one post edited', (o) => site.run(['build'], {}, o), site.outDir));
  const added = generatePost(posts + run - 1, { seed, images: 0 });
  await writeFile(path.join(site.root, 'content/blogs', added.file), added.markdown);
  measurements.add.push(await measure('warm, one post added', (o) => site.run(['build'], {}, o), site.outDir));
  await rm(path.join(site.root, 'content/blogs', added.file));
}

const pick = (list: Measurement[]) => ({
  ms: median(list.map((m) => m.ms)),
  cpuMs: median(list.map((m) => m.cpuMs)),
  peakRssBytes: median(list.map((m) => m.peakRssBytes)),
  outputBytes: median(list.map((m) => m.outputBytes)),
  outputFiles: median(list.map((m) => m.outputFiles)),
  runs: list.map(({ ms, cpuMs, peakRssBytes, outputBytes }) => ({ ms, cpuMs, peakRssBytes, outputBytes })),
});
const scenarios = Object.fromEntries(Object.entries(measurements).map(([name, list]) => [name, pick(list)])) as Record<
  ScenarioName,
  Scenario
>;
const phasesOf = (list: Measurement[]) => medianPhases(list.map((m) => buildPhases(m.result)));
const phases = {
  inkstone: phasesOf(measurements.clean),
  inkstoneEdit: phasesOf(measurements.edit),
  reference: phasesOf(measurements.reference),
  inkstoneRoutes: routeTimes(measurements.clean[0]!.result.lines),
  referenceRoutes: routeTimes(measurements.reference[0]!.result.lines),
  inkstoneImages: imageWork(measurements.clean[0]!.result.lines),
  inkstoneImagesWarm: imageWork(measurements.edit[0]!.result.lines),
};
printResults(scenarios, posts);
if (images > 0) printImages(phases.inkstoneImages, phases.inkstoneImagesWarm, phases.inkstone);
printPhases('Builds by phase (from the times Astro logged)', {
  'Inkstone clean': phases.inkstone,
  'one edit': phases.inkstoneEdit,
  reference: phases.reference,
});
printRoutes(
  'Inkstone',
  phases.inkstoneRoutes,
  'rough: four pages at a time, so times overlap and some print apart from their page',
);
printRoutes('Reference', phases.referenceRoutes);

let dev: DevServerTimes | undefined;
if (!args['skip-dev']) {
  // With the caches the builds left, as an author starts it after a build.
  await writeFile(edited, editedOriginal);
  dev = await measureDevServer(site, edited, postPath(slugFromPath(path.basename(edited))));
  const [first, ...rest] = dev.savesMs;
  console.log(
    `\nDev server (${posts} posts, after the builds): serving in ${(dev.readyMs / 1000).toFixed(1)} s; a saved post ` +
      `shows after ${median(dev.savesMs).toFixed(0)} ms (median of ${dev.savesMs.length} saves; the first after ` +
      `${first!.toFixed(0)} ms, then ${rest.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
  );
}

let profile: Record<string, Phase[]> | undefined;
if (args.profile) profile = await runProfile();

const results = {
  date: new Date().toISOString(),
  options: { posts, images, runs, seed },
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryBytes: os.totalmem(),
    /** 1, 5 and 15-minute load averages: above the number of CPUs, the figures are disturbed. */
    loadAverage: { start: loadAtStart, end: os.loadavg() },
    node: process.version,
  },
  commit: git(['rev-parse', 'HEAD']),
  dirty: git(['status', '--porcelain']) !== '',
  corpus: {
    posts,
    images: posts * images,
    markdownBytes: corpus.reduce((sum, post) => sum + Buffer.byteLength(post.markdown), 0),
    generateMs,
  },
  shiki,
  scenarios,
  ratios: {
    cleanVsReference: scenarios.clean.ms / scenarios.reference.ms,
    cleanCpuVsReference: scenarios.clean.cpuMs / scenarios.reference.cpuMs,
    memoryVsReference: scenarios.clean.peakRssBytes / scenarios.reference.peakRssBytes,
    outputVsReference: scenarios.clean.outputBytes / scenarios.reference.outputBytes,
    warmVsClean: scenarios.warm.ms / scenarios.clean.ms,
    editVsClean: scenarios.edit.ms / scenarios.clean.ms,
    addVsClean: scenarios.add.ms / scenarios.clean.ms,
  },
  phases,
  dev,
  profile,
};
const resultsFile = path.join(projectRoot, 'bench/results', `${results.date.replace(/[:.]/g, '-')}.json`);
await mkdir(path.dirname(resultsFile), { recursive: true });
await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${path.relative(projectRoot, resultsFile)}`);
if (args.keep) console.log(`Kept the sites in ${work}`);
else await rm(work, { recursive: true, force: true });

/**
 * The rehype plugins as the render workers run them (`render-worker.ts`): `rehypeKatexMemo` in place of rehype-katex,
 * `rehypeSetAside` last, and their store emptied before each post.
 */
function workerRehypePlugins(root: string) {
  const store = new Map<string, string>();
  const emptyStore = () => () => store.clear();
  return [emptyStore, ...markdownPipeline(siteConfig, { root, log: () => {}, setAside: store }).rehypePlugins];
}

/** `--profile`: the Markdown pipeline step by step, then one CPU-profiled clean build of each site. */
async function runProfile(): Promise<Record<string, Phase[]>> {
  console.log('\nProfiling the Markdown pipelines alone…');
  const files = corpus.map((post) => path.join(site.root, 'content/blogs', post.file));
  // As the render workers run it: each formula rendered once, KaTeX's output and code blocks set aside from rehype-raw.
  const markdownInkstone = await profileMarkdown(
    path.join(site.root, 'astro.config.ts'),
    files,
    workerRehypePlugins(`${site.root}/`),
  );
  const markdownReference = await profileMarkdown(path.join(referenceRoot, 'astro.config.mjs'), files);
  printPhases('Markdown pipeline alone, summed over all posts', {
    Inkstone: markdownInkstone,
    reference: markdownReference,
  });

  console.log('\nCPU-profiling one clean build of each (Inkstone with its integration hooks timed)…');
  /** `nodeOptions` adds to the profiler's options whatever else the build runs with. */
  const profileBuild = async (
    name: string,
    root: string,
    outDir: string,
    args: string[],
    nodeOptions = (profiling: string) => profiling,
  ) => {
    const profileDir = path.join(work, `cpu-${name}`);
    await clean(root, outDir);
    const env = { INKSTONE_OUT_DIR: outDir, NODE_OPTIONS: nodeOptions(`--cpu-prof --cpu-prof-dir=${profileDir}`) };
    const { result } = await measure(`${name}, clean, profiled`, (o) => runAstro(root, args, env, o), outDir);
    return { result, cpu: await summarizeCpuProfiles(profileDir, [site.root, referenceRoot]) };
  };
  const inkstone = await profileBuild('inkstone', site.root, site.outDir, await writeHookTimerConfig(site.root));
  const reference = await profileBuild('reference', referenceRoot, referenceOut, ['build'], referenceNodeOptions);
  const hooksInkstone = hookTimes(inkstone.result.lines);
  printPhases('Integration hooks, one clean build', { Inkstone: hooksInkstone });
  printPhases('JavaScript self time by package, one clean build', { Inkstone: inkstone.cpu, reference: reference.cpu });
  return {
    markdownInkstone,
    markdownReference,
    hooksInkstone,
    cpuInkstone: inkstone.cpu,
    cpuReference: reference.cpu,
  };
}

function git(gitArgs: string[]): string {
  return execFileSync('git', gitArgs, { cwd: projectRoot, encoding: 'utf8' }).trim();
}
